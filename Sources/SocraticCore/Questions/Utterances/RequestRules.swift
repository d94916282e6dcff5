/// Tells a request for something to be done ("Can you take the bins out?", "Could you pass me
/// that?", "Would you mind doing the dishes tonight?") from a question about a view: it asks the
/// person to act, not to think, and needs no open rewrite.
///
/// A request opens with "can", "could", "will" or "would" and "you", then a verb of doing (not
/// of talking, thinking or judging: "Can you tell me more?", "Could you trust them?" ask for a
/// view). Because "Could you live on less?" and "Will you vote for her?" ask about the person,
/// a verb of doing needs a mark of a request too: "please", the asker as its object ("drive
/// me", "for us"), the asker's things ("my shift"), a time to do it ("tomorrow", "on Friday"),
/// a particle closing a short request ("slow down", "take the trash out"), "mind" before it, a
/// thing of the house as its object ("shut the door", "turn the heating down"), or a verb that
/// is a chore whatever follows ("clean", "wash", "fetch").
enum RequestRules {
  /// Whether the question proper is a request for something to be done.
  static func isRequest(_ reading: QuestionReading) -> Bool {
    let words = Array(reading.coreWords)
    guard words.count > 2, askingModals.contains(words[0]), words[1] == "you" else {
      return false
    }
    var index = 2
    while index < words.count, softeners.contains(words[index]) { index += 1 }
    var isMarked = words[2..<index].contains("please")
    if index < words.count, words[index] == "mind" {
      index += 1
      isMarked = true
    }
    guard index < words.count, let verb = base(of: words[index]), !viewVerbs.contains(verb)
    else { return false }
    let rest = words[(index + 1)...]
    if rest.contains(where: talkMarks.contains) { return false }
    isMarked =
      isMarked || choreVerbs.contains(verb) || rest.contains(where: requestMarks.contains)
      || rest.contains(where: fixtures.contains)
      || isPhrasalRequest(rest)
    return isMarked
  }

  /// Whether what follows the verb is at most a short object and a particle that closes the
  /// question: "slow down", "take the bins out", "keep it down", "hurry up".
  private static func isPhrasalRequest(_ rest: ArraySlice<String>) -> Bool {
    guard let last = rest.last, rest.count <= phrasalLength else { return false }
    return particles.contains(last)
  }

  /// The most words after a verb of a short phrasal request: "turn the telly down".
  private static let phrasalLength = 3

  /// Particles that close a phrasal verb of doing.
  private static let particles: Set<String> = [
    "out", "down", "up", "over", "off", "away", "back", "aside", "along", "in",
  ]

  /// The base of a verb written as its base or its -ing form ("doing" after "mind").
  private static func base(of word: String) -> String? {
    Lexicon.verbReadings(of: word).first { $0.form == .base || $0.form == .presentParticiple }?
      .base
  }

  /// Modals that ask someone to do something.
  private static let askingModals: Set<String> = ["can", "could", "will", "would"]

  /// Words between "you" and the verb that soften a request.
  private static let softeners: Set<String> = ["please", "just", "maybe", "possibly", "kindly"]

  /// Verbs of talking, thinking, judging and being: "Can you tell me …", "Could you imagine …",
  /// "Would you trust …" ask for a view or an account, not for something done.
  private static let viewVerbs: Set<String> = [
    "tell", "explain", "describe", "say", "share", "talk", "elaborate", "expand", "clarify",
    "define", "unpack", "paint", "spell", "imagine", "picture", "suppose", "consider", "think",
    "outline", "summarize", "summarise", "sketch", "list", "name", "see", "believe", "trust",
    "accept", "agree", "understand", "justify", "defend", "prove", "remember", "recall", "like",
    "love", "hate", "vote", "support", "be", "have", "want", "need", "live", "afford", "admit",
    "argue", "forgive", "respect", "expect", "guess", "feel", "go", "fill", "recommend",
  ]

  /// Words after the verb that make it a request to talk: "give me an example", "help me
  /// understand", "run me through it".
  private static let talkMarks: Set<String> = [
    "example", "examples", "understand", "through", "more", "mean", "meant", "sense", "why",
    "idea", "think", "feel", "see",
  ]

  /// Words after the verb that mark a request: the asker as object, the asker's things, please,
  /// a time to do it.
  private static let requestMarks: Set<String> = TimeWords.weekdays.union(TimeWords.partsOfDay)
    .union([
      "me", "us", "my", "our", "please", "tomorrow", "tonight", "today", "later", "now", "soon",
      "weekend", "asap",
    ])

  /// Things of a house or a room that one is asked to work: "close the window", "turn the
  /// music down".
  private static let fixtures: Set<String> = [
    "window", "windows", "door", "doors", "curtains", "blinds", "light", "lights", "lamp",
    "heating", "radiator", "fan", "tv", "telly", "television", "radio", "music", "volume", "tap",
    "oven", "fridge", "freezer", "dishwasher", "gate", "lid", "kettle", "alarm", "thermostat",
  ]

  /// Chores and errands: a request whatever follows them.
  private static let choreVerbs: Set<String> = [
    "clean", "wash", "tidy", "vacuum", "hoover", "sweep", "mop", "mow", "fetch", "pass", "hand",
    "lend", "drive", "feed", "cook", "iron", "fold", "empty", "water", "grab", "bring", "carry",
    "cover", "babysit", "unload", "load", "dust", "scrub", "hang", "pick",
  ]
}
