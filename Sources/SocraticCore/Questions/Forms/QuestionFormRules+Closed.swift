// Closed questions: which ask for one word or one fact, and which of those are fine.
extension QuestionFormRules {
  /// Whether a when- or where-question asks the person's plan: a present or future auxiliary,
  /// then "you" ("When are you back?", "When will you return it?") or, after "is", a plan of
  /// theirs ("When is your flight?"); "When did you start?" asks a date of their past.
  private static func isOwnPlan(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let end = reading.core.upperBound
    guard ["when", "where"].contains(reading.words[index]), index + 2 < end,
      let auxiliary = FunctionWords.auxiliary(reading.words[index + 1]),
      auxiliary.tense != .past, !perfectAuxiliaries.contains(reading.words[index + 1])
    else { return false }
    // "When is your flight?", "Where's your interview?": a plan of theirs, named.
    return reading.words[index + 2] == "you"
      || (auxiliary.kind == .be && reading.words[index + 2] == "your")
  }

  /// Whether a single-fact question asks who, what, when, where or which of the listener's own day
  /// or home: a time of the here and now ("this morning", "last night"), "our" in it, or where
  /// they put or went ("Where did you leave the pegs?"). A
  /// quantity or a point on a scale ("How many did you have last night?") is asked all the same.
  private static func asksOwnDay(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    guard ["who", "when", "where", "which", "what"].contains(reading.words[index]) else {
      return false
    }
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    guard !SingleFactCues.quantity.matches(words, at: index) else { return false }
    let asked = reading.words[index..<reading.core.upperBound]
    // "Where did you put the spare key?": a place only they know.
    if asked.starts(with: ["where", "did", "you"]),
      asked.dropFirst(3).first.map(placings.contains) == true
    {
      return true
    }
    return asked.contains("our")
      || asked.indices.contains { SingleFactCues.hereAndNow.matches(words, at: $0) }
  }

  /// Verbs of where a thing was put or someone went: "Where did you leave it?".
  private static let placings: Set<String> = [
    "put", "leave", "park", "keep", "store", "hide", "stash", "go", "stay", "drop", "hang",
  ]

  /// Auxiliaries of what has happened ("Where have you seen that?"): evidence asked for, not
  /// a plan.
  private static let perfectAuxiliaries: Set<String> = ["have", "has", "'ve"]

  /// The problems of a closed question: yes/no, either-or, a single fact, a fragment; none
  /// for a plain fact, a plan or a fact of their own day that only they can tell.
  static func closedProblems(in reading: QuestionReading) -> [QuestionProblem] {
    if reading.confirmsSpeakersAct || reading.checksArrangement { return [.yesNo] }
    switch reading.opener {
    case .auxiliary:
      if InvitationRules.invitesStory(reading) { return [.invitation] }
      guard isEitherOr(reading) else {
        if demandsAnswer(reading) { return [.demandedAnswer] }
        if PlainFactRules.isPlainFact(reading) { return [.plainFact] }
        // A fact or plan of their own is fine as it is; what they have lived ("Have you ever
        // …?") invites them to tell of it, fine as it is too, and evidence for their view.
        guard FineClosedQuestions.isFine(reading, problems: [.yesNo]) else { return [.yesNo] }
        return [FineClosedQuestions.asksExperience(reading) ? .invitation : .ownFact]
      }
      if PlainFactRules.isPlainFactChoice(reading) { return [.plainFact] }
      return [PlainChoiceRules.isPlainChoice(reading) ? .plainChoice : .eitherOr]
    case .request(_, let embedded):
      return embedded == nil ? [] : [.yesNo]
    case .questionWord(let index):
      if isChoiceBetween(reading, questionWordAt: index) {
        let isTurn = PlainChoiceRules.isTurnChoice(reading, questionWordAt: index)
        return [isTurn ? .plainChoice : .eitherOr]
      }
      guard isSingleFact(reading, questionWordAt: index) else { return [] }
      // "When are you back?", "Where will you stay?": a plan of their own, which no one could
      // look up.
      // "What time is the funeral?": the time of an arrangement, which is all they need.
      // "Who fed the dog this morning?", "Where did we leave our umbrella?": a fact of their
      // own day or home, which only the people in it can tell.
      // "How long have you been thinking about it?": a stretch of their own life.
      let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
      if isOwnPlan(reading, questionWordAt: index) || asksOwnDay(reading, questionWordAt: index)
        || SingleFactCues.ownDuration.matches(words, at: index)
      {
        return [.ownFact]
      }
      let isArrangement = PlainFactRules.asksArrangement(reading, questionWordAt: index)
      return [isArrangement ? .plainFact : .singleFact]
    case .fragment:
      let words = Array(reading.coreWords)
      let invites = SingleFactCues.invitingFragments.contains { words.starts(with: $0) }
      return invites ? [] : [.fragment]
    case .statement:
      // "the rent's too high, do you reckon?": their view of the asker's claim, yes or no.
      return reading.viewTag == nil ? [] : [.yesNo]
    case .presumption, .none:
      return []
    }
  }
}
