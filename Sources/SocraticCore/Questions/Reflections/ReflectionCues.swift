/// Phrases that mark a line as giving back what the other person said or meant, and how
/// strongly: "it sounds like", "so you", "you feel", "part of you", "what I'm hearing".
///
/// A phrase that starts with "^" counts only at the start of a sentence: "^ you" opens a
/// reflection ("You've cut down a lot."), where "you" later in a line of advice does not. Read by `UtteranceReader` against `StatementCues`; a new cue is one entry here.
enum ReflectionCues {
  static let entries: [UtteranceCue] =
    frames + secondPerson + twoSided + hedges + listening + hardship

  /// Openings that say the line gives back what was heard ("it sounds like", "so you", "that
  /// must have been"), or
  /// carries on the person's own sentence ("And you want it to last.", "even though you want
  /// to stop").
  private static let frames: [UtteranceCue] = [
    .init("it sounds like", 4), .init("sounds like", 4), .init("it sounds", 2),
    .init("it seems like", 3), .init("seems like", 3), .init("so you", 3), .init("^ so you", 2),
    .init("^ so that", 1), .init("so for you", 2),
    .init("^ even though", 2), .init("^ so", 1), .init("^ and", 1), .init("^ but", 1),
    .init("so it 's that", 3), .init("so it 's more that", 3), .init("so what you 're saying", 4),
    .init("^ because", 1), .init("that sounds", 4), .init("that must", 2),
    // Which part of what weighs on them a thing is: "so part of it is the drive home".
    .init("part of it is", 3), .init("part of it 's", 3), .init("part of it was", 3),
    .init("does sound like", 4), .init("do sound like", 4),
    .init("must have been", 2), .init("must 've been", 2), .init("that 's gotta be", 4),
    .init("that 's got to be", 4), .init("like that", 1),
    // A conclusion drawn from what they said: "It's the landlord's fault, then."
    .init(", then .", 4),
    // What is theirs alone: "the shed is the one place that's still yours".
    .init("yours", 2),
  ]

  /// The person as the subject of a verb of feeling, wanting, thinking or doing: "you feel",
  /// "you're worried", "you've been", "you didn't".
  private static let secondPerson: [UtteranceCue] = [
    .init("you 're", 2), .init("you are", 2), .init("you were", 2), .init("^ you", 2),
    .init("you feel", 3), .init("you felt", 3), .init("you 're feeling", 3),
    .init("feeling", 2), .init("you want", 2), .init("you wanna", 2), .init("you 'd like", 2),
    .init("you 'd rather", 3), .init("you think", 2), .init("you 're thinking", 3),
    .init("you believe", 2), .init("you don't", 2), .init("you didn't", 2),
    .init("you 've", 2), .init("you 've been", 2), .init("you 've got", 2),
    .init("you 're wondering", 3), .init("you wonder", 3), .init("you 're hoping", 3),
    .init("you hope", 3), .init("you 're worried", 4),
    .init("you 're afraid", 4), .init("you 're scared", 4), .init("you 've noticed", 3),
    .init("you really", 2), .init("you also", 2), .init("you", 1), .init("your", 1),
    .init("^ your", 2),
    .init("for you", 2), .init("to you", 2), .init("of you", 2), .init("part of you", 4),
    .init("important", 2), .init("matters", 2), .init("you care", 3),
  ]

  /// Both sides of ambivalence in one line: "on the one hand … on the other".
  private static let twoSided: [UtteranceCue] = [
    .init("on the other hand", 3), .init("on one hand", 3), .init("on the one hand", 3),
    .init("at the same time", 3), .init("and yet", 2), .init("but also", 1),
  ]

  /// The soft wording of a guess at what someone means: "kind of", "a bit", "almost".
  private static let hedges: [UtteranceCue] = [
    .init("kind of", 1), .init("sort of", 1), .init("a bit", 1), .init("quite", 1),
    .init("almost", 1), .init("probably", 2), .init("must be", 2), .init("i guess", 1),
  ]

  /// What weighs on the person named as the worst of it: "the mornings are the hardest part",
  /// "the evenings must be the worst bit". Said after what they went through, it gives back
  /// what their story carries, as "that sounds hard" does.
  private static let hardship: [UtteranceCue] = [
    .init("the hardest", 3), .init("the worst part", 3), .init("the worst bit", 3),
    .init("the worst of it", 3), .init("the toughest", 3), .init("the hard part", 3),
    .init("the hard bit", 3), .init("hardest part", 3), .init("hardest bit", 3),
    .init("are hardest", 3), .init("is hardest", 3), .init("was hardest", 3),
  ]

  /// Whether a line names the worst of what weighs on the person ("the evenings are the
  /// hardest bit"): a feeling added by design, as a complex reflection adds one.
  static func namesHardship(_ words: [String]) -> Bool {
    !hardshipCues.matches(in: words).isEmpty
  }

  private static let hardshipCues = UtteranceCues(hardship)

  /// The speaker saying they listened: "what I'm hearing", "you mentioned", "if I understand".
  private static let listening: [UtteranceCue] = [
    .init("you 're saying", 4), .init("you mentioned", 3), .init("you said", 3),
    .init("you told", 3), .init("you were saying", 4), .init("you were telling", 4),
    .init("i hear", 5), .init("i 'm hearing", 5), .init("i get the", 4),
    .init("i 'm picking up", 5), .init("if i understand", 5), .init("what i 'm hearing", 5),
    .init("i 'm sure", 4), .init("let me see if", 5), .init("summarize", 4),
    .init("i imagine", 4), .init("hear you", 4), .init("a sense of", 3),
    .init("it seems to me", 3),
  ]

  /// Whether a line with a question mark is a reflection offered as a guess ("So it sounds
  /// like the layoffs shook you?", "It seems like you miss her?"): it opens with a frame of
  /// giving back, and puts no view in their mouth ("So it sounds like you think X?" leads).
  static func isTentativeReflection(_ words: [String]) -> Bool {
    let start = words.firstIndex { !leadIns.contains($0) } ?? words.endIndex
    let rest = words[start...]
    guard let frame = tentativeFrames.first(where: { rest.starts(with: $0) }) else {
      return false
    }
    let said = rest.dropFirst(frame.count)
    return !said.prefix(3).contains { viewVerbs.contains($0) }
  }

  /// Words before a reflection's frame: "so", "okay", "and", "yeah".
  private static let leadIns: Set<String> = [
    "so", "okay", "ok", "and", "yeah", "right", "hmm", "mm", "mm-hmm", "well", "then", ",",
  ]

  /// The frames of a reflection offered as a guess.
  private static let tentativeFrames: [[String]] = [
    "it sounds like", "sounds like", "it sounds as if", "it seems like", "seems like",
    "it seems as if", "it seems that", "it sounds like maybe", "what i 'm hearing is",
    "i 'm hearing", "i get the sense", "i get the feeling", "i 'm guessing", "part of it is",
    "part of it 's",
    // "so that's the bit that scares you?": which part of what they told weighs on them.
    "that 's the bit", "that 's the part", "that 's the thing", "it 's the bit", "it 's the part",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Verbs that say what someone thinks or claims: after a frame they put a view in the
  /// person's mouth ("it sounds like you think …", "you 're saying …").
  private static let viewVerbs: Set<String> = [
    "think", "believe", "saying", "say", "mean", "claim", "reckon", "admit", "agree",
  ]
}
