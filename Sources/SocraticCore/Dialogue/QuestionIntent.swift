/// The questions every conversation about a belief has, whatever their wording.
enum QuestionIntent: Sendable, Hashable, CaseIterable {
  /// What would change their mind, or make them less sure.
  case changeMind
  /// What makes them as sure as they are: answered by the reasons and stories they give.
  case whySure
  /// How sure they are.
  case howSure
  /// What led them to the view.
  case origin
  /// How they see it themselves.
  case ownView
  /// What they would expect to see if they were wrong.
  case ifWrong
  /// How typical what they lived or saw is.
  case typical
  /// How much what they just granted changes their view.
  case impact
  /// Why the opposite of their belief might hold.
  case opposite
  /// How someone who disagrees would see it.
  case otherSide
  /// How they know a thing they said.
  case howKnow
  /// What the belief's words mean.
  case meaning
  /// What something they told says about the belief: "What did that show you about whether …".
  case bearing
  /// How a point of their own sits with their view: "How does that fit with your view?".
  case fit
  /// Which of their reasons weighs most.
  case weight
  /// How what they claim would work, step by step.
  case mechanism
  /// How far they trust where their view comes from: the news, a source, predictions.
  case trust
  /// What follows from the belief, or should be done about it.
  case consequence
  /// What the people who study it say.
  case experts

  /// The phrases that ask it.
  var phrases: [String] {
    switch self {
    case .changeMind:
      [
        "change your mind", "(make|leave) you less sure", "see it differently",
        "would you need to see", "would it take for you", "help you feel surer",
        "(rethink|reconsider)", "think again",
        // "What would someone who disagrees need to show you?"
        "(need|needs|have|has) to show you",
        "(would|will|could) it take to (show|convince|persuade) you",
      ]
    case .whySure:
      [
        "as sure as you are",
        "what makes you (so|pretty|really|that|this)? (sure|certain|confident)",
      ]
    case .howSure: ["how sure", "0 to 100"]
    case .origin:
      [
        "(first)? led you to", "come to (see|believe|think)", "what makes you say",
        "(drew|draws) you to", "what happened that (first)? made you",
        "what (first)? made you (believe|think|feel|say)",
        "(convinced|persuaded) you",
      ]
    case .ownView:
      [
        "your own (take|view)", "do you think yourself", "see it yourself",
        // "What would you want the people who voted differently to understand about you?"
        // and "What would you most want me to understand …?" ask one thing.
        "want _* to understand",
        // "What do you wish I understood?", "Which part of it am I not getting?" and "What do
        // you most wish other people got about it?" ask it too: asked again, it was answered.
        "wish (i|me|people|other people|others|everyone|they|we) (understood|understand|got|get|knew|saw)",
        "(am i|i am|i 'm) not getting",
      ]
    case .ifWrong:
      [
        "expect to (see|notice)", "if you were wrong", "if it turned out",
        "if you (turned|turn) out to be wrong",
      ]
    case .typical: ["how (typical|common|usual)"]
    case .impact:
      [
        "how much (does|did|would|will) (that|this|it) change", "how much of your view",
        "still stands",
        // "Where does that leave your view now?" and "Where does that leave you on whether …"
        // ask one thing: asked twice, it met "didn't i just say?".
        "where does (that|this|it) leave (you|your view)",
      ]
    case .opposite:
      [
        "why might it be that", "in what ways might", "opposite might be true",
        "turn out the other way",
        "reasons might there be to think", "true for the opposite",
        // The belief's own inversion: "Why should testing not be abolished?"
        "(why|how|in what ways) (might|should|could|would|is|are|does|do|did|was|were|will|can) _* not",
      ]
    case .otherSide:
      [
        "(someone|people|person|anyone|those) (who|that) (disagrees|disagree)",
        "sees this differently", "who would disagree",
        "reach the opposite conclusion", "view you most disagree with",
        // Another person's eyes on it asks the same: "How might a friend who knows you well
        // see this?" after "someone who disagrees" asked it twice.
        "(a friend|someone|people|others) who (knows|know) you",
        "how (might|would|do) (others|other people|your friends|a friend) (see|view|explain)",
        // "What's the strongest case someone could make for the other side?" asks for the
        // other side's view: asked again as "someone who disagrees", it met "you asked that".
        "(case|argument|arguments) (someone|anyone|people|others) (could|would|might) make",
        "for the other side", "(strongest|best) case against",
      ]
    case .howKnow:
      ["how do you know", "how did you come to know", "what have you seen that (shows|show)"]
    case .meaning: ["what do you mean", "(mean|meant) by", "when you say"]
    case .bearing:
      [
        "what (does|did|do) (that|this|it|they) (tell|show|say to|teach|mean for) you about",
        "what (does|did) (that|this|it) (say|mean) about whether",
        // The arc's wordings that name what they told short: one family with those.
        "(take|take away) from (that|what happened)", "shape the way you see",
        "make clear to you", "stays with you most from", "bear on (the way you see|your view)",
        "show you that others might miss", "change the way you see", "show you about",
        "change (your view|how you see|the way you think)",
        "(play|played) in (the way you see|your view)", "shaped (the way you see|your view)",
      ]
    case .fit:
      [
        "(fit|fits|sit|sits) with (you|your view|the rest of your view)", "next to your view",
        "square (that|this|it) with", "hold (that|this|it) together with",
        "(fit|fits|sit|sits) together", "hold the two together", "sit side by side",
        "pull against each other",
        "what do you make of (that|this|it)",
      ]
    case .weight:
      [
        "(carries|carry|has|holds) the most weight", "(weighs|matters|counts) (the)? most",
        "matters more to you: that",
        "(main|biggest|most important) reason", "count for more than",
      ]
    case .mechanism: ["step by step", "how (would|does|will|could) (that|this|it) (work|happen)"]
    case .trust:
      [
        "how (far|much) do you trust", "how (reliable|trustworthy)",
        "how do you (check|decide what to trust)",
      ]
    case .consequence:
      [
        "what should happen next", "where does (your view|this|that|it) lead",
        "what (would|will|should) (follow|happen) (next|if)",
      ]
    case .experts:
      [
        "(the)? (people|those) who study",
        "(experts|researchers|scientists|economists) (say|think)",
      ]
    }
  }

  /// Why it is asked, in a line said to "why do you ask?" about a question that asks it.
  var reasonForAsking: String {
    switch self {
    case .changeMind, .ifWrong:
      "Knowing what would change your mind shows what your view really rests on."
    case .whySure: "What makes you as sure as you are shows what your view rests on."
    case .howSure: "Your number now shows whether anything we've talked about moved you."
    case .origin: "Where a view started often shows what still holds it up."
    case .ownView: "I'd like to hear it in your words rather than mine."
    case .typical: "How common it is shows how far one case can carry the whole view."
    case .impact: "A point you granted may or may not move the rest, and I wanted to know which."
    case .opposite:
      "Asking why the opposite might hold finds the weak spots that looking for support hides."
    case .otherSide: "Someone who disagrees often knows something worth weighing."
    case .howKnow: "How you know it shows how much weight it can bear."
    case .meaning: "Pinning down what the words mean shows what you actually claim."
    case .bearing: "I wanted to hear how you see the link between what you told me and your view."
    case .fit:
      "What you said may pull against your view, and I wanted to hear how you hold the two."
    case .weight: "Knowing which reason carries most shows where to look hardest."
    case .mechanism: "Spelling out how it would work shows where the view is strong and where thin."
    case .trust: "How far you trust where it comes from shows how much weight it can bear."
    case .consequence: "Following a view to what it means in practice tests whether it holds up."
    case .experts: "What the people who study it say is one more check on a view."
    }
  }

  /// What asking it is for: the inversion asked as what would change their mind and as what
  /// they would expect to see if they were wrong is one purpose; every other intent is its own.
  var purpose: QuestionIntent {
    self == .ifWrong ? .changeMind : self
  }

  /// The purposes of every intent a question asks: "How much does that change how sure you
  /// are?" asks both how sure they are and how much a point changes that.
  static func purposes(of question: String) -> Set<QuestionIntent> {
    allPurposes.value(for: question) {
      let words = Tokenizer.tokenize(question).filter(\.isWord)
      return Set(matchers.filter { $0.matcher.matches(words) }.map(\.intent.purpose))
    }
  }

  /// The purposes of the wordings met so far.
  private static let allPurposes = Memo<Set<QuestionIntent>>()

  /// The intent of a question, if it asks one of these. Worked out once per wording: a
  /// dialogue asks it of every question it might ask, at every step.
  init?(of question: String) {
    guard let found = Self.known.value(for: question, { Self.reading(question) }) else {
      return nil
    }
    self = found
  }

  /// The intents of the wordings met so far.
  private static let known = Memo<QuestionIntent?>()

  private static func reading(_ question: String) -> QuestionIntent? {
    let words = Tokenizer.tokenize(question).filter(\.isWord)
    return matchers.first(where: { $0.matcher.matches(words) })?.intent
  }

  /// Each intent's phrases, compiled once.
  static let matchers: [(intent: QuestionIntent, matcher: PartnerCueMatcher)] = allCases.map {
    ($0, PartnerCueMatcher($0.phrases))
  }
}
