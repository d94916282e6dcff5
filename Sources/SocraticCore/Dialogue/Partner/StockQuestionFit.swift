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
    /// One moment that happened to them, told plainly: no habit, change or condition
    /// (`TheirWords.tellsAMomentGone`).
    case aMomentGone
    /// A stretch of the past now gone (`TheirWords.tellsTimesGone`).
    case timesGone
    /// A change whose before they have not told (`TheirWords.tellsTheBefore`).
    case aChangeUntold
    /// Something hard or a feeling they named, not laughed off
    /// (`TheirWords.namesAStruggleOrFeeling`).
    case aStruggle
    /// Something hard they named, or a blockage, neither laughed off nor with pain or loss just
    /// told: what makes it hard to look at is asked of a blockage, never of grief or a joke.
    case aStruggleToLookAt
    /// A feeling of theirs they named, neither laughed off nor tender: others may share it.
    case aFeelingToShare
    /// A plan of theirs ahead, neither refused, held off nor said in pain, nor the errand of
    /// one agreed ("ill bring the van round").
    case aPlanWelcomed
    /// A plan welcomed in which they name no one they will turn to: "ask stacey" has answered
    /// who they could talk to.
    case aPlanOnTheirOwn
    /// News of their own, neither refused nor denied: something that happened, changed or is
    /// ahead, for others to take.
    case newsOfTheirs
    /// A feeling whose cause they have not told: nothing that happened or was is in the turn.
    case anUntoldCause
    /// A matter not yet decided (no plan on the table, none told now, no what-if of one), and
    /// no pain just told: a feeling is taken up before what comes next. Something must be open:
    /// a matter undecided or a trouble named (`TheirWords.tellsAnOpenMatter`).
    case anOpenMatter
    /// A view of how things are, argued plainly: a claim or a reason, with no laugh, condition,
    /// plan, refusal or pain in the turn. The debater's questions ("Why might a thoughtful,
    /// well-informed person …?", "… if you were only half as sure?") are said to a view, never
    /// to a grievance, a joke, a plan or someone leaving.
    case aViewArgued
    /// Nothing but a view in the turn: how sure they are and what would make them less sure
    /// are asked of a view, never of a grievance let off (`TheirWords.ventsAGrievance`), a
    /// feeling, a worry or a hurt.
    case aViewToWeigh
    /// Something seen happen to others, said plainly: how common it is is asked of that, never
    /// of what happened to them ("i wore my cardigan and got called a grinch"), of a plan or of
    /// what never happened ("i was going to but never did").
    case somethingSeenInOthers
    /// Room to ask how likely something is: read by what rules it out, never by a future
    /// found in the words. No past that cannot come back ("if i'd gone", "i'd of known"),
    /// nothing already ruled out ("which he wont", "no chance"), and no pain just told.
    case aChanceUnjudged
  }

  /// The questions that need a shape of the turn, by their wording; any other fits any turn.
  static let needs: [String: Need] = [
    "What did you make of it at the time?": .aMomentGone,
    "What was that like for you?": .aLivedEvent,
    "What did that mean for you?": .aLivedEvent,
    "How did the people around you take it?": .aLivedEvent,
    "What helped you through it?": .aLivedEvent,
    "How are you now?": .aLivedEvent,
    "Who knew what you were going through?": .aLivedEvent,
    "How has that been for you?": .somethingLived,
    "What happened that made you feel this way?": .anUntoldCause,
    "What do you remember best from those times?": .timesGone,
    "What does that memory mean to you now?": .timesGone,
    "What was it like before?": .aChangeUntold,
    "What makes that hard to look at?": .aStruggleToLookAt,
    "What would help you look at it with less at stake?": .aStruggleToLookAt,
    "What would make it a little easier?": .aStruggle,
    "Who else feels it the way you do?": .aFeelingToShare,
    "What are you looking forward to most?": .aPlanWelcomed,
    "How do you picture it going?": .aPlanWelcomed,
    "Who could you talk to about it?": .aPlanOnTheirOwn,
    "How are the people around you taking it?": .newsOfTheirs,
    "What would you like to happen next?": .anOpenMatter,
    "What would feel right to you now?": .anOpenMatter,
    "Why might a thoughtful, well-informed person reach the opposite conclusion?": .aViewArgued,
    "What would you do differently if you were only half as sure?": .aViewArgued,
    "What would be the likeliest reason if you turned out to be wrong about this?": .aViewArgued,
    "What is the most likely way you could be wrong about this?": .aViewArgued,
    "How common do you think that is?": .somethingSeenInOthers,
    "What are the chances of that happening, as you see it?": .aChanceUnjudged,
  ]

  /// The questions that need a shape of the turn, by how their wording opens: those filled
  /// with their claim ("How sure are you that …, from 0 to 100?").
  static let needsByOpening: [(opening: String, need: Need)] = [
    ("How sure are you", .aViewToWeigh),
    ("What makes you as sure as you are", .aViewToWeigh),
    ("What would make you less sure", .aViewToWeigh),
  ]

  /// What a question needs of the turn, by its wording or how it opens; nil for none.
  static func need(of text: String) -> Need? {
    needs[text] ?? needsByOpening.first { text.hasPrefix($0.opening) }?.need
  }

  /// Whether a question fits the turn it would follow.
  /// - Parameters:
  ///   - text: the question, as offered.
  ///   - words: what they just said.
  ///   - isTender: whether they opened up this turn or just before.
  ///   - hasDecided: whether the matter on the table is a plan of theirs, decided.
  static func fits(
    _ text: String, after words: TheirWords, isTender: Bool, hasDecided: Bool = false,
    isPersonalTalk: Bool = false
  ) -> Bool {
    if BeliefTestingQuestion.tests(text),
      !BeliefTestingQuestion.fits(after: words, isTender: isTender, isPersonalTalk: isPersonalTalk)
    {
      return false
    }
    guard let need = need(of: text) else { return true }
    return meets(need, words, isTender: isTender, hasDecided: hasDecided)
  }

  /// Whether the turn has the shape a need asks for.
  static func meets(
    _ need: Need, _ words: TheirWords, isTender: Bool, hasDecided: @autoclosure () -> Bool
  ) -> Bool {
    switch need {
    case .aLivedEvent:
      return words.tellsALivedEvent
    case .somethingLived:
      return !words.isImagined && !words.tellsWhatIsAhead
    case .aMomentGone:
      return words.tellsAMomentGone
    case .timesGone:
      return words.tellsTimesGone
    case .aChangeUntold:
      return words.tellsAChange && !words.tellsWhatIsAhead && !words.tellsTheBefore
    case .aStruggle:
      return words.namesAStruggleOrFeeling
    case .aStruggleToLookAt:
      return (words.namesAStruggle || words.moment == .blockage) && !words.laughs
        && words.disclosure == nil && words.cry == nil
    case .aFeelingToShare:
      return words.answer.has(.feeling) && !words.laughs && !isTender
    case .aPlanWelcomed:
      return words.tellsWhatIsAhead && !words.refuses && !words.holdsOff && !isTender
        && !PartnerCueMatcher.settlingAnArrangement.matches(words.wordTokens)
    case .aPlanOnTheirOwn:
      return meets(.aPlanWelcomed, words, isTender: isTender, hasDecided: hasDecided())
        && !words.turnsToSomeone
    case .newsOfTheirs:
      return (words.tellsALivedEvent || words.tellsAChange || words.tellsWhatIsAhead)
        && !words.refuses
    case .anUntoldCause:
      return !words.isImagined && !words.tellsWhatIsAhead && !words.tellsALivedEvent
        && !words.tellsThePast
    case .anOpenMatter:
      let isPainful =
        isTender || words.moment.keepsToTheMoment || words.disclosure != nil
        || words.isHurtByOthers || words.cry != nil
      return !isPainful && !words.tellsWhatIsAhead && !words.isImagined
        && words.tellsAnOpenMatter && !hasDecided()
    case .aViewArgued:
      return isPlain(words, isTender: isTender) && !words.hasACondition && words.arguesAView
    case .aViewToWeigh:
      return !isTender && words.disclosure == nil && words.cry == nil && !words.isHurtByOthers
        && !words.ventsAGrievance && !words.answer.has(.feeling)
    case .somethingSeenInOthers:
      return isPlain(words, isTender: isTender) && !words.tellsTheirOwnEvent
        && !words.tellsANonEvent
    case .aChanceUnjudged:
      return !isTender && words.disclosure == nil && words.cry == nil
        && !PartnerCueMatcher.chanceJudgedOrGone.matches(words.wordTokens)
    }
  }

  /// Whether a turn is said plainly: no laugh, plan, refusal, disclosure or pain in it.
  private static func isPlain(_ words: TheirWords, isTender: Bool) -> Bool {
    !isTender && !words.laughs && !words.tellsWhatIsAhead && !words.refuses
      && words.disclosure == nil && words.cry == nil && !words.isHurtByOthers
  }

  /// What a turn meets of the needs, read once for all the questions weighed after it: each
  /// need's reading runs the turn's matchers, and a step weighs many candidates that share a
  /// need.
  final class TurnReading {
    private let words: TheirWords
    private let isTender: Bool
    private let claim: String?
    private let isPersonalTalk: Bool
    private lazy var hasDecided = claim.map(PartnerLines.isPlan) ?? false
    private lazy var mayTestTheView = BeliefTestingQuestion.fits(
      after: words, isTender: isTender, isPersonalTalk: isPersonalTalk)
    private var known: [Need: Bool] = [:]

    /// - Parameters:
    ///   - words: what they just said.
    ///   - isTender: whether they opened up this turn or just before.
    ///   - claim: the claim on the table, read for a plan only when a need asks.
    ///   - isPersonalTalk: whether the talk is of their own life rather than a view.
    init(_ words: TheirWords, isTender: Bool, claim: String?, isPersonalTalk: Bool = false) {
      self.words = words
      self.isTender = isTender
      self.claim = claim
      self.isPersonalTalk = isPersonalTalk
    }

    /// Whether a question fits the turn: any question without a need does, unless it puts the
    /// belief to the test where no view is argued calmly.
    func fits(_ text: String) -> Bool {
      if BeliefTestingQuestion.tests(text), !mayTestTheView { return false }
      guard let need = StockQuestionFit.need(of: text) else { return true }
      if let met = known[need] { return met }
      let met = StockQuestionFit.meets(need, words, isTender: isTender, hasDecided: hasDecided)
      known[need] = met
      return met
    }
  }
}

extension StockQuestionFit {
  /// What the turn of a planner's context meets of the needs; nil with no words of theirs,
  /// when any question fits.
  static func reading(in context: SuggestionPlanner.Context) -> TurnReading? {
    context.words.map {
      TurnReading(
        $0, isTender: context.staysWithThePerson, claim: context.claim?.claim,
        isPersonalTalk: context.isPersonalTalk)
    }
  }
}
