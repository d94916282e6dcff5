/// What partner's own stock questions need of the turn they follow. "What helped you through
/// it?" needs something they went through; "What was it like before?" a change; "What would
/// you like to happen next?" a matter still open and no pain just told. Said to a plan not yet
/// begun, a what-if, or grief, they read as a form.
enum StockQuestionFit {
  /// The shape a turn must have for a question to fit it.
  enum Need: Sendable {
    /// Something that happened to them, neither imagined nor on the way to a plan
    /// (`TheirWords.tellsALivedEvent`).
    case aLivedEvent
    /// Something lived, past or still going on: no plan ahead and no what-if.
    case somethingLived
    /// The past: what was, told as neither a what-if nor on the way to a plan
    /// (`TheirWords.tellsThePast`).
    case thePast
    /// A change in their life (`TheirWords.tellsAChange`).
    case aChange
    /// A feeling whose cause they have not told: nothing that happened or was is in the turn.
    case anUntoldCause
    /// A matter not yet decided (no plan on the table, none told now, no what-if of one), and
    /// no pain just told: a feeling is taken up before what comes next.
    case anOpenMatter
  }

  /// The questions that need a shape of the turn, by their wording; any other fits any turn.
  static let needs: [String: Need] = [
    "What did you make of it at the time?": .aLivedEvent,
    "What was that like for you?": .aLivedEvent,
    "What did that mean for you?": .aLivedEvent,
    "How did the people around you take it?": .aLivedEvent,
    "What helped you through it?": .aLivedEvent,
    "How are you now?": .aLivedEvent,
    "Who knew what you were going through?": .aLivedEvent,
    "How has that been for you?": .somethingLived,
    "What happened that made you feel this way?": .anUntoldCause,
    "What do you remember best from those times?": .thePast,
    "What was it like before?": .aChange,
    "What would you like to happen next?": .anOpenMatter,
    "What would feel right to you now?": .anOpenMatter,
  ]

  /// Whether a question fits the turn it would follow.
  /// - Parameters:
  ///   - text: the question, as offered.
  ///   - words: what they just said.
  ///   - isTender: whether they opened up this turn or just before.
  ///   - hasDecided: whether the matter on the table is a plan of theirs, decided.
  static func fits(
    _ text: String, after words: TheirWords, isTender: Bool, hasDecided: Bool = false
  ) -> Bool {
    guard let need = needs[text] else { return true }
    switch need {
    case .aLivedEvent:
      return words.tellsALivedEvent
    case .somethingLived:
      return !words.isImagined && !words.tellsWhatIsAhead
    case .thePast:
      return words.tellsThePast
    case .aChange:
      return words.tellsAChange && !words.tellsWhatIsAhead
    case .anUntoldCause:
      return !words.isImagined && !words.tellsWhatIsAhead && !words.tellsALivedEvent
        && !words.tellsThePast
    case .anOpenMatter:
      let isPainful =
        isTender || words.moment.keepsToTheMoment || words.disclosure != nil
        || words.isHurtByOthers || words.cry != nil
      return !isPainful && !hasDecided && !words.tellsWhatIsAhead && !words.isImagined
    }
  }
}

extension StockQuestionFit {
  /// Whether a question fits what they just said, in a planner's context; with no words of
  /// theirs, any question fits.
  static func fits(_ text: String, in context: SuggestionPlanner.Context) -> Bool {
    guard let words = context.words, needs[text] != nil else { return true }
    // Every candidate is weighed here: the claim is read for a plan only for a question that
    // needs a shape of the turn.
    let hasDecided = context.claim.map { PartnerLines.isPlan($0.claim) } ?? false
    return fits(text, after: words, isTender: context.staysWithThePerson, hasDecided: hasDecided)
  }
}
