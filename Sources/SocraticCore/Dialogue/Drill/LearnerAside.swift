/// A line the learner says about themselves or the session, not to the persona: thinking
/// aloud ("hmm let me think", "not sure what to ask now"), how they feel ("honestly i'm
/// stressed about this"), or a word on the coaching ("the coaching keeps telling me off",
/// "that wasn't a real question"). It is no question and no view: the coach names it for what
/// it is, never grades it or offers a "Better:", and the persona waits, its confidence unmoved.
enum LearnerAside: Sendable, Equatable {
  /// Thinking aloud, or stuck for what to ask.
  case thinkingAloud
  /// How the learner feels in the drill.
  case feeling
  /// A word on the coaching or on their own last line.
  case aboutCoaching

  /// Reads a line; nil unless, past chat, every part of it is a cue of one kind (the first
  /// kind read names it). A line with a question mark is no aside.
  init?(_ line: String) {
    guard let kind = Self.reader.kind(of: line) else { return nil }
    self = kind
  }

  /// What the persona says, a fresh line each time: it waits for the question.
  var replies: [String] {
    switch self {
    case .thinkingAloud:
      [
        "Take your time.", "No rush; I'm not going anywhere.",
        "Go on, I'm listening when you're ready.",
      ]
    case .feeling:
      [
        "No rush. It's only a conversation; ask me whatever you like.",
        "Take your time; there's no wrong question here.",
      ]
    case .aboutCoaching:
      ["No problem; ask me when you're ready.", "Fair enough; go on when you're ready."]
    }
  }

  /// The persona's reply: the first of `replies` not said yet, else the first.
  /// - Parameter saidSentences: the sentences said so far (`PersonaVoice.sentenceKeys(of:)`).
  func reply(saidSentences: Set<String>) -> String {
    replies.first { !saidSentences.contains(PersonaVoice.key(of: $0)) } ?? replies[0]
  }

  /// What the coach says of it.
  var note: String {
    switch self {
    case .thinkingAloud:
      "Thinking aloud, not a question to the persona: fine as it is. It is not graded; it uses "
        + "up this turn and counts as neither a question nor a reflection."
    case .feeling:
      "You said how you feel: worth noticing, and fine to say. Nothing here is graded; take a "
        + "breath and ask when you're ready. It uses up this turn and counts as neither a "
        + "question nor a reflection."
    case .aboutCoaching:
      "A word about the coaching, not to the persona: heard, and not graded. The coach grades "
        + "only what you put to the persona. It uses up this turn and counts as neither a "
        + "question nor a reflection."
    }
  }

  /// The reader of a line: the cues of each kind, in the order they are read, and the words
  /// that say nothing of their own around an aside (chat, "honestly", "hmm").
  private static let reader = WholeLineCues<Self>(
    kinds: [
      (.aboutCoaching, coachingCues), (.feeling, feelingCues), (.thinkingAloud, thinkingCues),
    ],
    passedOver: ChatWords.lead.union([
      "honestly", "tbh", "just", "really", "so", "hmm", "hmmm", "hm", "um", "umm", "erm", "ok",
      "okay", "right", "oh", "god", "man", "now", "sorry",
    ]))

  /// What thinks aloud, or says they are stuck for a question.
  private static let thinkingCues: [PhrasePattern] = [
    PhrasePattern("(let me|lemme|let 's|lets) (think|see|have a think|think about it)"),
    PhrasePattern("(one|a|just a) (sec|second|moment|min|minute)"),
    PhrasePattern("where (was i|were we)"),
    PhrasePattern(
      "i (do n't|don't|dont|do not) know what to ask (you)? (next|now|here)?"),
    PhrasePattern("(not sure|no idea|no clue) what to ask (you)? (next|now|here)?"),
    PhrasePattern("i ('m|m|am) (still)? (stuck|thinking|blanking|drawing a blank)"),
    PhrasePattern("(still)? thinking"),
  ]

  /// What says how the learner feels in the drill.
  private static let feelingCues: [PhrasePattern] = [
    PhrasePattern(
      "i ('m|m|am) (feeling)? (so|really|a bit|quite|kind of|pretty|a little)? (stressed|nervous|anxious|tired|lost|confused|overwhelmed|frustrated|struggling|rubbish at this|bad at this|useless at this) (about this|about it|here|now|with this|at this|by this)?"
    ),
    PhrasePattern(
      "i (feel|felt) (so|really|a bit|quite|kind of)? (stupid|silly|lost|stressed|nervous|bad|dumb|useless)"
    ),
    PhrasePattern("(this|it) ('s|is) (so|really|quite|pretty)? (hard|tough|difficult|stressful)"),
  ]

  /// What speaks of the coaching, or of the learner's own last line.
  private static let coachingCues: [PhrasePattern] = [
    PhrasePattern(
      "(the|this)? (coaching|coach|feedback|tool|app|scoring|scorecard|grading|marking) ('s|is|keeps|keep)? (so|really|a bit)? (telling me off|harsh|annoying|wrong|confusing|nagging me|picky|strict|telling me i 'm wrong)"
    ),
    PhrasePattern(
      "that (was n't|wasn't|wasnt|was not) (even)? (a|meant as a|supposed to be a)? (real)? question"
    ),
    PhrasePattern("(ignore|scratch|forget) that"),
    PhrasePattern("that was (a typo|a mistake|not a question)"),
    PhrasePattern("i (was n't|wasn't|wasnt|was not) asking (you)? (anything|that)?"),
  ]
}
