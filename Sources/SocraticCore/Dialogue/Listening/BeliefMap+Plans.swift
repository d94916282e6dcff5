extension BeliefMap {
  /// An answer's reading with its plan filed as what it is. "I could watch that on youtube for
  /// free", given as a reason, is what could be, and no plan. "I'll email the council about
  /// it lol" says what they mean to do: a plan, and no ground for the belief, so neither a
  /// reason nor a story told for one.
  static func withPlanFiled(_ answer: ReadAnswer) -> ReadAnswer {
    guard let plan = answer.plan else { return answer }
    var answer = answer
    let planWords = plainWords(plan)
    let tellsPlan = { (item: String) -> Bool in
      let words = plainWords(item)
      // The plan itself, maybe without a laugh after it; never the reason it gives ("… because
      // the fees are a scam"), inside it but not at its start.
      return !words.isEmpty && (planWords.starts(with: words) || has(planWords, in: words))
    }
    if saysIntention(plan) {
      answer.reasons.removeAll(where: tellsPlan)
      answer.examples.removeAll(where: tellsPlan)
    } else if answer.reasons.contains(where: tellsPlan) {
      answer.plan = nil
    }
    return answer
  }

  /// Keeps the plan told in an answer that takes its leave ("I'll ring the bank about it
  /// tomorrow. right, I'm off"): what they mean to do is where the talk got them, though the
  /// answer says goodbye. Leaving itself ("i better go") and the errand they leave for ("i
  /// need to pick the kids up") are no plan.
  mutating func keepPlan(of answer: ReadAnswer, saying text: String) {
    guard answer.has(.offTopic), let plan = answer.plan, Self.saysIntention(plan),
      !Self.leaves(by: plan, in: text), !Self.isErrandOnTheWayOut(plan, in: text),
      !notes.contains(where: { $0.text == plan })
    else { return }
    notes.append(Note(text: plan, category: .plan))
  }

  /// Whether a plan only takes their leave ("right, I'll go"): a going said as they give in
  /// or with a hedge ("fine. I'll go", "perhaps I will go") is going along, a plan.
  static func leaves(by plan: String, in text: String?) -> Bool {
    let planWords = plainWords(plan)
    guard endsTheTalk(plan), !goingAlongLeads.contains(planWords.first ?? "") else { return false }
    guard let text else { return true }
    let words = plainWords(text)
    guard !planWords.isEmpty,
      let start = words.indices.first(where: { words[$0...].starts(with: planWords) }),
      start > 0
    else { return true }
    return !goingAlongLeads.contains(words[start - 1])
  }

  /// Words said right before "I'll go" that make it going along, not leaving.
  private static let goingAlongLeads: Set<String> = [
    "fine", "perhaps", "maybe", "probably", "alright", "ugh", "suppose", "guess", "reckon",
  ]

  /// Whether a plan says what they will or must do, not what they could: a line they draw
  /// for themselves ("im not lending it again") says so too.
  private static func saysIntention(_ plan: String) -> Bool {
    !Set(plainWords(plan)).isDisjoint(with: intentionWords) || drawsALine(plan)
  }

  /// Whether words draw a line for the speaker (`AnswerCues.resolves`): "i'm never giving
  /// him the keys again", "i won't chase her, full stop". What they mean to do, not where
  /// they stand on the claim.
  static func drawsALine(_ text: String) -> Bool {
    let tokens = TokenPatternTokens(Shorthand.expanded(Tokenizer.tokenize(text)), tagged: true)
    return AnswerMoveReader.Patterns.resolves.contains { $0.occurs(in: tokens) }
  }

  /// Words that say what they mean or owe it to themselves to do: "im gonna sit down with
  /// her", "I'll email them", "i should ring him".
  private static let intentionWords: Set<String> = [
    "gonna", "going", "will", "ll", "ill", "plan", "planning", "want", "wanna", "intend",
    "should", "need", "must", "gotta",
  ]
}
