/// Rewrites of a question that challenges the person rather than asks, a shape for each, built
/// from where its parts stand; nil when the shape is not there:
/// - a forced choice between two things ("Do you want the park or the car park, cause you
///   can't have both?") asks how the person weighs them: "How would you weigh the park against
///   the car park?";
/// - a choice between two verdicts on someone ("Is the coach clueless or just lazy?") leaves
///   both out and asks about whom they judge: "How do you see the coach?"; in the past ("Was
///   the light red or green?"), what they remember: "What do you remember about the light?";
/// - disbelief at a plan of the person's, or of "we", put back to them ("You're not seriously
///   selling the van, are you?", "So we're eating at Gran's again, are we?") asks about the
///   plan: "What draws you to selling the van?", "How do you feel about eating at Gran's?";
/// - a word in scare quotes that the thing cannot be ("How is scrolling till 2am 'rest'
///   exactly?") asks what the person gets from it: "What do you get out of scrolling till 2am?".
enum ChallengeRewrites {
  /// "How would you weigh X against Y?" for two noun phrases offered as the only choice: after
  /// the same verb ("want X or (do you want) Y"), or after "be" ("Is it X or Y?").
  /// With `weighsWantedActs`, two acts after a verb of wanting are weighed too ("Do you want to
  /// rent a van or pay movers?"): only when neither is made light of.
  static func weighing(_ reading: QuestionReading, weighsWantedActs: Bool = false) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard words.count > 4, FunctionWords.auxiliary(words[0]) != nil,
      let or = words.firstIndex(of: "or"), or > 3
    else { return nil }
    // "do you want | X": the options follow the verb; "is it | X": they follow the subject,
    // which names nothing ("Is Bitcoin a currency or an asset?" asks about Bitcoin).
    let isBe = FunctionWords.auxiliary(words[0])?.kind == .be
    guard isBe ? words[1] == "it" : ["you", "we"].contains(words[1])
    else { return nil }
    let optionStart = isBe ? 2 : 3
    let verb = words[optionStart - 1]
    let one = Array(tokens[optionStart..<or])
    var other = tokens[(or + 1)...].prefix { $0.isWord && !endsOption($0.lowercased) }
    // "or do you want Y": the repeated question is left out.
    if other.count > 3, FunctionWords.auxiliary(other.first!.lowercased) != nil,
      other.dropFirst().first?.lowercased == words[1],
      other.dropFirst(2).first?.lowercased == verb
    {
      other = other.dropFirst(3)
    }
    if FunctionWords.auxiliary(words[0])?.kind == .modal {
      // "Should we get a dog or wait?": two acts, weighed as acts.
      let first = tokens[optionStart - 1]
      guard let act = acting(Array([first] + one)), let otherAct = acting(Array(other)) else {
        return nil
      }
      return QuestionRewriter.phrase("How would you weigh") + act + [Token("against")] + otherAct
    }
    // "Do you want to rent a van or (to) pay movers?": two acts the person may choose.
    if weighsWantedActs, choosingVerbs.contains(verb), words[optionStart] == "to",
      let act = acting(Array(one.dropFirst())),
      let otherAct = acting(Array(other.drop { $0.lowercased == "to" }))
    {
      return QuestionRewriter.phrase("How would you weigh") + act + [Token("against")] + otherAct
    }
    guard isOption(one), isOption(Array(other)) else { return nil }
    return QuestionRewriter.phrase("How would you weigh") + one + [Token("against")] + other
  }

  /// An option that is an act, as an -ing phrase: "rent a van" → "renting a van", "just wait"
  /// → "waiting"; nil when it does not open on a verb.
  private static func acting(_ words: [Token]) -> [Token]? {
    let words = words.drop { PresumptionCheck.leadingReasonWords.contains($0.lowercased) }
    guard let verb = words.first?.lowercased, words.count <= 6,
      QuestionRewriter.baseForm(verb) == verb, let gerund = QuestionRewriter.gerund(of: verb),
      !words.contains(where: { FunctionWords.auxiliary($0.lowercased) != nil })
    else { return nil }
    return [Token(gerund)] + words.dropFirst()
  }

  /// "How do you see X?" for a choice of two verdicts on X ("Was the ref blind or just paid
  /// off?"): "be", a subject, and two complements with no noun phrase of their own.
  static func judgedEitherWay(_ reading: QuestionReading, mocksSecond: Bool = false)
    -> [Token]?
  {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard let be = words.first.flatMap(FunctionWords.auxiliary), be.kind == .be, !be.isNegated,
      let or = words.firstIndex(of: "or"), or > 2,
      let clause = Proposition(yesNoQuestion: Array(tokens[..<or]))?.clause,
      case .be = clause.verb,
      let topic = QuestionRewriter.topicNounPhrase(clause.subject),
      let first = clause.rest.first?.lowercased, isVerdictWord(first),
      let second = tokens[(or + 1)...].first(where: {
        !FunctionWords.isVerbAdverb($0.lowercased)
      }), isVerdictWord(second.lowercased)
    else { return nil }
    // "Was that light red or green?" asks what they saw then, not how they see it now; a
    // verdict made light of ("or just rude") is still a verdict.
    let isPast = ["was", "were"].contains(be.positive) && !mocksSecond
    return QuestionRewriter.phrase(isPast ? "What do you remember about" : "How do you see")
      + topic
  }

  /// "What draws you to X?" for a plan of the person's met with disbelief ("What do you think
  /// about X?" for a habit, which asking what they like about it would presume), "How do you
  /// feel about X?" for one of "we": "you're (not)
  /// (seriously) V-ing …" with its tag, its
  /// complaint adverbs ("again") and how long it is complained to last ("all night", "through
  /// the whole meal") left out.
  static func plannedAct(_ reading: QuestionReading) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard
      let subject = words.indices.first(where: {
        ["you", "we"].contains(words[$0]) && $0 + 1 < words.count
          && FunctionWords.auxiliary(words[$0 + 1])?.kind == .be
      })
    else { return nil }
    // "Aren't you worried you're going to get hurt?": a risk, not a plan (`WorryRewrites`).
    guard !words[..<subject].contains(where: WorryRewrites.worryWords.contains) else {
      return nil
    }
    var index = subject + 2
    while index < words.count, words[index] == "not" || FunctionWords.isVerbAdverb(words[index]) {
      index += 1
    }
    if index + 2 < words.count, words[index] == "going", words[index + 1] == "to",
      QuestionRewriter.baseForm(words[index + 2]) == words[index + 2]
        || QuestionRewriter.gerund(of: words[index + 2]) != nil
    {
      index += 2  // "going to sell the van" is about selling it.
    }
    // "thinking of lending him money" is about lending it (`PresumptiveWording`).
    if let act = PresumptiveWording.actAfterStance(Array(tokens[index...])) {
      index = act.startIndex + index
    }
    guard index < words.count, let base = QuestionRewriter.baseForm(words[index]),
      words[index] == base || words[index].hasSuffix("ing"), !speechVerbs.contains(base),
      let gerund = QuestionRewriter.gerund(of: base)
    else { return nil }
    var act = tokens[(index + 1)...].prefix { $0.isWord }
    // "… on you are you": a tag with no comma before it.
    if act.count >= 2, FunctionWords.auxiliary(act[act.endIndex - 2].lowercased) != nil,
      act[act.endIndex - 1].lowercased == words[subject]
    {
      act = act.dropLast(2)
    }
    let withoutExtent = TimeExtent.removing(from: Array(act))
    let kept = PresumptiveWording.withoutExcess(withoutExtent).filter {
      !complaintAdverbs.contains($0.lowercased)
    }
    // "all night again": an act done over and over is a habit, which they may enjoy; a single
    // step ("selling the van") is a decision, which something draws them to.
    let isHabit = withoutExtent.count < act.count || kept.count < withoutExtent.count
    let frame =
      words[subject] == "we"
      ? "How do you feel about" : isHabit ? "What do you think about" : "What draws you to"
    return QuestionRewriter.phrase(frame) + [Token(gerund)] + kept
  }

  /// "What do you get out of X?" for "How is X a 'Y'?" when X is an act, "How do you see X?"
  /// otherwise: the quoted word is the asker's mockery and is left out.
  static func scareQuoted(_ reading: QuestionReading) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard words.count > 3, words[0] == "how",
      FunctionWords.auxiliary(words[1])?.kind == .be,
      let quote = tokens.firstIndex(where: { QuestionFormRules.quotationMarks.contains($0.text) }),
      quote > 2
    else { return nil }
    var end = quote
    if FunctionWords.determiners.contains(words[end - 1]) { end -= 1 }
    let subject = Array(tokens[2..<end])
    // An act ("buying a fourth pair of trainers") is a verb phrase, not a noun phrase.
    if words[2].hasSuffix("ing"), QuestionRewriter.baseForm(words[2]) != nil,
      subject.allSatisfy(\.isWord)
    {
      return QuestionRewriter.phrase("What do you get out of") + subject
    }
    return QuestionRewriter.topicNounPhrase(subject).map {
      QuestionRewriter.phrase("How do you see") + $0
    }
  }

  /// Whether words are one option: a noun phrase of a few words, opening on a determiner, a
  /// possessive, a number, a noun or an adjective, with no verb group of its own.
  private static func isOption(_ words: [Token]) -> Bool {
    guard let first = words.first, words.count <= 6, words.allSatisfy(\.isWord),
      let last = words.last?.lowercased, !FunctionWords.isFunctionWord(last),
      !words.contains(where: { FunctionWords.auxiliary($0.lowercased) != nil })
    else { return false }
    let opens =
      FunctionWords.beginsNounPhrase(first)
      || !Lexicon.classes(of: first.lowercased).isDisjoint(with: [.noun, .adjective])
    return opens && QuestionRewriter.isNounPhrase(words)
  }

  /// Whether a word ends the second option: a conjunction that brings in the asker's reason.
  private static func endsOption(_ word: String) -> Bool {
    FunctionWords.subordinators.contains(word) || ["cause", "cos", "coz", "cuz"].contains(word)
  }

  /// Whether a word can be a verdict on someone: an adjective or a participle, not a noun
  /// phrase's start.
  private static func isVerdictWord(_ word: String) -> Bool {
    guard !FunctionWords.isFunctionWord(word) else { return false }
    let classes = Lexicon.classes(of: word)
    return classes.contains(.adjective)
      || Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
  }

  /// Verbs of choosing whose object can be two acts: "want to X or Y".
  private static let choosingVerbs: Set<String> = ["want", "prefer", "need", "plan", "mean"]

  /// Verbs of saying, whose "you're saying …" puts words in the person's mouth instead.
  private static let speechVerbs: Set<String> = [
    "say", "tell", "suggest", "imply", "claim", "ask", "mean", "try", "kid", "joke",
  ]

  /// Adverbs that make a plan a complaint: "again", "always".
  private static let complaintAdverbs: Set<String> = ["again", "always", "still", "even"]
}
