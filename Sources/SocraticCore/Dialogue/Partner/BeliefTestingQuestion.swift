/// Questions that put a belief to the test: how sure they are, what they have seen that bears on
/// it, what would change their mind, how someone who disagrees would see it, what if they were
/// wrong. They suit a calm, contested claim the other person is arguing for; said after a fear,
/// an apology, a grumble, an agreement, a plan or a memory of someone they love, they read as
/// cross-examination. Whatever wording they come in (partner's own, the question bank's, a
/// pack's), they are known by their words (`cues`) and offered only where a view is being
/// argued (`StockQuestionFit.TurnReading`).
enum BeliefTestingQuestion {
  /// Words of a question that weigh, test or argue against the belief.
  static let cues: [String] = [
    "how sure", "as sure as", "(less|half as) sure", "(how|what) (confident|certain)",
    "with your own eyes", "bears on whether", "(convinced|persuaded|convinces) you",
    "(stopped|stop|stopping) believing", "(change|changed|changes) your mind",
    "(turned|turn|turns) out to be wrong", "(could|might) be wrong", "(being|were) wrong",
    "(sees|see|saw) it differently", "(opposite|other) conclusion", "(a|any) thoughtful",
    "what would i need to show you",
  ]

  static let matcher = PartnerCueMatcher(cues)

  /// Whether a question puts the belief to the test (`cues`); remembered for the wordings
  /// weighed last, as the same wordings are weighed at every step.
  static func tests(_ text: String) -> Bool {
    recent.reading(of: text)
  }

  private static let recent = RecentReadings(kept: 4_096, longest: 1_000) { text in
    matcher.matches(Tokenizer.tokenize(text).filter(\.isWord))
  }

  /// Whether a turn leaves room to test the belief: they argue a view calmly, in a talk about
  /// a view rather than their own life, and have not just opened up, apologised, grumbled,
  /// agreed, made a plan or remembered someone; or they are already weighing it themselves
  /// (a rating, what would change their mind).
  static func fits(after words: TheirWords, isTender: Bool, isPersonalTalk: Bool) -> Bool {
    guard !isPersonalTalk, !isTender, words.disclosure == nil, words.cry == nil,
      !words.agreesAPlan, !words.tellsAPlan, !words.tellsAFondMemory, !words.softens,
      !words.ventsAGrievance, !ListenerCourtesy.isApology(words.wordTokens),
      !memoryOfSomeone.matches(words.wordTokens)
    else { return false }
    if words.rating != nil || !words.signals.isDisjoint(with: [.confidence, .falsifiability]) {
      return true
    }
    return words.moment == .ordinary && words.arguesAView && !words.laughs
      && !words.hasACondition && !words.tellsWhatIsAhead && !words.refuses
      && !words.isHurtByOthers && !words.answer.has(.feeling)
  }

  /// A memory of someone of theirs: "grandad used to take me fishing", "mum would always
  /// sing".
  static let memoryOfSomeoneCues: [String] = [
    "(mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandad|grandpa|grandma|grandmother|grandfather|auntie|aunt|uncle|brother|sister) (always)? (used to|would always|always used to)"
  ]

  private static let memoryOfSomeone = PartnerCueMatcher(memoryOfSomeoneCues)
}
