/// What explore shows besides its questions: what introduces each phase, where a resumed
/// session picks up, and the lines it says.
extension ExploreDialogue {
  /// The chosen topic's pack, when it is loaded.
  var topicPack: TopicPack? {
    state.topic.flatMap { setting.library.pack(id: $0)?.pack }
  }

  /// What introduces the phase the session is in: the menu, the sample beliefs, the reading to
  /// confirm, the confidence question, the question waiting for an answer.
  func introduction() -> [DialogueOutput] {
    switch state.phase {
    case .choosingTopic:
      return [
        .notice(
          "What would you like to explore? Choose a topic, or type a belief of your own.",
          tone: .request),
        .topicMenu(topicChoices),
      ]
    case .statingBelief:
      guard let pack = topicPack else {
        return [.notice("State a belief you hold, in a sentence.", tone: .request)]
      }
      guard !pack.beliefs.isEmpty else {
        return [
          .notice("State a belief you hold about \(pack.title), in a sentence.", tone: .request)
        ]
      }
      return [
        .sampleBeliefs(topic: pack.title, beliefs: pack.beliefs.map(\.text)),
        .notice(
          "Type a number to start from one of these, or state a belief of your own.", tone: .plain),
      ]
    case .confirmingBelief:
      guard let belief = state.belief else { return [] }
      return [
        .beliefReading(
          BeliefReading(
            text: belief.belief, claim: belief.claim, inverted: belief.inverted,
            reason: belief.reason, isRestatement: false)),
        .notice(Self.confirmationHint, tone: .quiet),
      ]
    case .ratingConfidence:
      guard let belief = state.belief else { return [] }
      return [
        .notice(
          "How confident are you that \(belief.claim)? Give a number from 0 (not at all) to 100 "
            + "(certain).", tone: .request)
      ]
    case .closingThread, .closingSession:
      guard let belief = state.belief else { return [] }
      let lead = state.phase == .closingThread ? "Before the next belief: how" : "How"
      // "70 i guess" a moment ago is offered back, not asked for again, with the belief it
      // rates named: a number said in passing rated the belief, not the answer it was said in.
      // Once they have landed somewhere ("not pointless then. just badly organised. 65"), the
      // number rates where they landed.
      if let offered = offeredRating {
        let before = state.phase == .closingThread ? "Before the next belief: you" : "You"
        let rated = state.map.landings.first ?? belief.claim
        return [
          .notice(
            "\(before) said \(offered) a moment ago for how sure you are that \(rated). "
              + "Still \(offered)? Say yes, or give a new number from 0 to 100; /skip leaves it "
              + "unrated.", tone: .request)
        ]
      }
      // "ok ive changed my mind", "what i think now is …": rated is the view they hold now, as
      // "Where you got to" will show it, not the one they left.
      if let view = state.map.landings.first {
        return [
          .notice(
            "\(lead) confident are you now of where you've landed: \(view)? From 0 to 100; "
              + "/skip leaves it unrated.", tone: .request)
        ]
      }
      return [
        .notice(
          "\(lead) confident are you now that \(belief.claim), from 0 to 100? /skip leaves it "
            + "unrated.", tone: .request)
      ]
    case .answering:
      return state.currentQuestion.map { [.question($0)] } ?? []
    case .checkingRecap:
      return state.openRecap.map { [.notice($0, tone: .plain)] } ?? []
    case .outOfQuestions:
      return [.notice(Self.outOfQuestionsNotice, tone: .plain)]
    case .awaitingQuestion, .finished:
      return []
    }
  }

  /// What a resumed session has counted so far: the questions answered and skipped.
  var resumedCounts: [String] {
    guard state.answeredCount + state.skippedCount > 0 else { return [] }
    var counts = [Plural.counted(state.answeredCount, "question") + " answered"]
    if state.skippedCount > 0 { counts.append("\(state.skippedCount) skipped") }
    return counts
  }

  /// Where a resumed session picks up.
  var resumedPlace: String {
    switch state.phase {
    case .answering(let number): ": question \(number) waits for your answer."
    case .checkingRecap: ": my summary of what you said waits for your answer."
    case .awaitingQuestion: "; the next question follows."
    case .confirmingBelief: ": your belief, as I read it."
    case .statingBelief: ": the belief to explore."
    case .choosingTopic: ": the choice of topic."
    default: "."
    }
  }

  /// The belief given back with how sure the person is of it.
  static func confidenceReflection(_ value: Int, claim: String) -> String {
    let sure: String
    switch value {
    case 90...: sure = "very sure"
    case 70..<90: sure = "fairly sure"
    case 40..<70: sure = "somewhat sure"
    case 15..<40: sure = "not very sure"
    default: sure = "far from sure"
    }
    return "So you're \(sure), \(value) out of 100, that \(claim)."
  }

  static let offTopicNotice =
    "Sounds like that's somewhere else for now. We can come back to this whenever you like; "
    + "/quit ends the session."
  static let leavingNotice = "Sounds like a good place to stop. Thank you for thinking it through."
  static let confusedNotice = "Sorry, that question didn't land. Let me try another way in."
  /// The repair when what they met was a reflection and a question: either may have misfired.
  static let confusedAfterReflectionNotice =
    "Sorry, I may have put that badly. Let me try another way in."
  /// What is said to a question put back to the tool about where it stands, or nil when
  /// every wording was said in the session: why it asks. Never the same words twice, and
  /// the first one said differs from session to session (by the seed), since one stock line
  /// opening every session reads as a form.
  var askedBackLine: String? {
    let start = Int(setting.seed % UInt64(Self.standAnswers.count))
    let rotated = Self.standAnswers[start...] + Self.standAnswers[..<start]
    return rotated.first { !state.saidLines.contains($0) }
  }

  /// What is said to a worried question about themselves ("am I wrong to feel this way?"):
  /// a warm answer in its own terms, never the same words twice; nil when the line asks none.
  func worriedAnswer(to line: String) -> String? {
    let words = Shorthand.expanded(
      Tokenizer.tokenize(String(line.prefix(Self.askedBackReadLimit)))
    ).filter(\.isWord)
    guard Self.worriedQuestions.matches(words) else { return nil }
    return Self.worriedAnswers.first { !state.saidLines.contains($0) }
  }

  /// How much of a line is read for a question put back.
  static let askedBackReadLimit = 300

  /// Questions in which someone asks whether they are wrong, or bad, for how they feel or see it.
  static let worriedQuestions = PartnerCueMatcher([
    "(am|was) i (wrong|crazy|stupid|selfish|unreasonable|overreacting|a bad person|being)",
    "(do|don't|dont) you think (that)? (i 'm|i am) (wrong|crazy|stupid|selfish|unreasonable|overreacting|a bad person|being)",
    "(is|was) (it|that) (wrong|bad|selfish|weird|normal|okay|ok|crazy) (to|of me|that i)",
    "should i (feel|be) (bad|guilty|ashamed|like this|this way)",
    "(does|would) (that|this|it) make me (wrong|a bad person|selfish|crazy|a hypocrite)",
  ])

  /// Answers to a worried question about themselves, in the order said: warm, about them.
  static let worriedAnswers = [
    "That's a real question, and no: feelings aren't right or wrong. What we're looking at "
      + "together is your view, and you're the one who weighs it.",
    "Nothing you've said makes you wrong for feeling it. I'm not here to judge you, only to "
      + "help you look at how you see this.",
    "It makes sense to ask that. Feeling it doesn't make you wrong; it's the view we're "
      + "looking at, not you.",
  ]

  /// Answers to a question about where the tool stands, in the order said.
  static let standAnswers = [
    "Fair question. I'm here to understand how you see it rather than to argue a side.",
    "My own take matters less here than yours; I'm trying to see it the way you do.",
    "I'd rather not put a view of mine in the way of yours; how you see it is what I'm after.",
  ]
  static let confirmationHint = "Type y to go on, or put the belief in other words."
  static let answeringHint =
    "Answer in your own words. /skip moves on, /why says what a question is for, /help lists "
    + "the commands."
  static let outOfQuestionsNotice =
    "There are no questions left about this belief. /belief explores another one; /quit ends "
    + "the session."
}
