/// The persona's answers to two yes-or-no questions that test how it holds the belief: whether
/// it would still hold it at a price ("Would you still feel that way if it meant a draft?"),
/// and whether it has checked what it said ("Is that something you've looked into?"). The
/// first is a hypothetical, and gets a considered answer to it: what the price would take
/// away of its reasons and what would still stand. Only a price that takes away all it goes
/// on shakes it; having not checked what it said shakes it too.
extension PersonaVoice {
  /// The price or condition said back in its own words, then what it would do to the reasons
  /// it holds: never its belief restated as if the price did not matter, nor a gap it has not
  /// found.
  func conditionAnswer(_ question: PersonaQuestion, said: Set<String>) -> Reply {
    let asked = question.condition.map { "If \($0)? " } ?? ""
    let priced = question.condition.map { TopicWords($0).lemmas } ?? []
    let reasons = lines.filter { $0.source == .reason }
    let touched = reasons.first { !$0.topic.isDisjoint(with: priced) }
    let others = reasons.filter { $0 != touched }
    let standing = others.first { !said.contains($0.text) }
    guard let touched else {
      // A price none of its reasons rests on leaves them all standing.
      let because = standing.map { ", because " + Self.runOn($0.text) } ?? Self.nothingRestsOnIt
      return Reply(text: asked + Self.stillHold + because)
    }
    let granted =
      said.contains(touched.text)
      ? Self.answersAReasonGiven : Self.answersPartOf + Self.runOn(touched.text)
    guard let standing else {
      // Its other reasons, given already, are pointed to, never said again.
      guard others.isEmpty else { return Reply(text: asked + granted + Self.restStands) }
      return Reply(text: asked + granted + " " + Self.lessSure, isUnready: true)
    }
    return Reply(
      text: asked + granted + " But " + Self.runOn(standing.text.withoutFullStop)
        + Self.soStillHold)
  }

  /// What it says to a price none of its reasons rests on, before the reason that stands.
  static let stillHold = "I think I'd still hold it"

  /// What it says of a price none of its reasons rests on, with every reason said.
  static let nothingRestsOnIt = ": none of what I go on rests on that."

  /// What it grants of a price that takes away a reason not said yet, before that reason.
  static let answersPartOf = "That would answer part of it, I'll grant you: "

  /// What it grants of a price that takes away a reason it gave.
  static let answersAReasonGiven = "That would answer one of the reasons I gave you, I'll grant."

  /// What it says after the reason that would still stand.
  static let soStillHold = ", so I'd still hold it, if less firmly."

  /// What it says after what it grants, with its other reasons given already.
  static let restStands = " But the rest of what I go on still stands, so I'd still hold it."

  /// What it says when the price takes away all it goes on.
  static let lessSure = "With that gone I'd be a lot less sure, honestly."

  /// Whether it has checked what it said last: the evidence of that line, not said yet, as what
  /// it has looked at; else that it has not, properly (it is shaken).
  func checkingAnswer(said: Set<String>, lastReply: String?) -> Reply {
    let last = lastReply.map(lines(in:)) ?? []
    let backing = last.lazy.compactMap { self.evidence[$0] }.first { !said.contains($0.text) }
    if let backing {
      return Reply(text: "Some of it. What I've looked at is this: " + backing.text)
    }
    return Reply(text: Self.notChecked, isUnready: true)
  }

  /// What it says when it has not checked what it said.
  static let notChecked =
    "Not properly, no. It's more what I've picked up over time than something I've checked."
}

extension PersonaQuestion {
  /// The condition a question puts on the belief, in the persona's words: "it meant a draft"
  /// in "would you still feel that way if it meant a draft?", "I had to pay more" for "… if you
  /// had to pay more"; nil when it puts none, or one too long or too tangled to say back.
  var condition: String? {
    guard let ifAt = words.lastIndex(where: { $0.lowercased == "if" }) else { return nil }
    var clause = Array(words[(ifAt + 1)...])
    while let last = clause.last, Self.trailingChat.contains(last.lowercased) {
      clause.removeLast()
    }
    let lower = clause.map(\.lowercased)
    guard (2...12).contains(clause.count), lower.allSatisfy({ !Self.speakerWords.contains($0) })
    else { return nil }
    for index in clause.indices {
      if let own = Self.turnedToPersona[lower[index]] {
        clause[index] = clause[index].replacingText(with: own)
      } else if lower[index] == "you" {
        // "you" before its verb is "I" ("if you had to pay", "you are" → "I am"); else "me".
        let next = index + 1 < clause.count ? lower[index + 1] : nil
        let isSubject =
          next.map {
            Self.auxiliaries.contains($0)
              || Lexicon.classes(of: TopicWords.lemma(of: $0)).contains(.verb)
          } ?? false
        clause[index] = clause[index].replacingText(with: isSubject ? "I" : "me")
        if isSubject, let next, let agreeing = Self.agreeingWithI[next] {
          clause[index + 1] = clause[index + 1].replacingText(with: agreeing)
        }
      }
    }
    return clause.joinedText
  }

  /// Chat that ends a question and is no part of its condition.
  private static let trailingChat: Set<String> = ["tho", "though", "then", "too", "really"]

  /// The asker's own words: a condition that speaks of them is not said back.
  private static let speakerWords: Set<String> = ["i", "me", "my", "mine", "myself", "we", "us"]

  /// The second person a condition speaks of the persona in, as the persona says it.
  private static let turnedToPersona: [String: String] = [
    "your": "my", "yours": "mine", "yourself": "myself", "youre": "I'm", "youve": "I've",
  ]

  /// Auxiliaries a subject comes before, which the lexicon's verbs leave out.
  private static let auxiliaries: Set<String> = [
    "are", "were", "was", "had", "have", "would", "could", "can", "will", "did", "do", "'re",
    "'d", "'ve", "'ll", "should", "might", "must",
  ]

  /// Verbs that agree with "you" and their forms with "I".
  private static let agreeingWithI: [String: String] = [
    "are": "am", "'re": "'m", "aren't": "am not", "arent": "am not",
  ]
}
