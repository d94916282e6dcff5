/// Phrases that mark a line as a statement rather than a reflection, by the kind of statement
/// they mark and how strongly: what the speaker thinks or will do ("I think", "we can", "let's"),
/// what the person should do ("you should", "you need to", "try"), and facts about the world
/// ("research", "most people", a number).
///
/// Read by `UtteranceReader` against `ReflectionCues`; a new cue is one entry here.
enum StatementCues {
  /// Each kind's cues, each phrase as the tokenizer splits it.
  static let entries: [(kind: StatementKind, cue: UtteranceCue)] =
    opinion.map { (.opinion, $0) } + advice.map { (.advice, $0) }
    + information.map { (.information, $0) }

  /// The speaker's own view, plans or person: "I think", "I'd", "we", "let's", "my".
  private static let opinion: [UtteranceCue] = [
    .init("i think", 2), .init("i 'd", 2), .init("i would", 2), .init("i want", 2),
    .init("i 'm going", 2), .init("i can", 2), .init("i will", 2), .init("i 'll", 2),
    .init("i have", 1), .init("i 've", 1), .init("i don't", 1), .init("i know", 1),
    .init("i see", 2), .init("i", 1), .init("i 'm", 1), .init("my", 1), .init("me", 1),
    .init("we", 2), .init("we 're", 2), .init("we 'll", 2), .init("we 've", 2),
    .init("let 's", 3), .init("let me", 2), .init("our", 1), .init("us", 1),
    .init("great", 1),
  ]

  /// What the person should do: "you should", "you need to", "try", "I recommend".
  private static let advice: [UtteranceCue] = [
    .init("you should", 3), .init("you need to", 3), .init("you have to", 3),
    .init("you must", 3), .init("you might want", 3), .init("you may want", 3),
    .init("you could try", 3), .init("you can try", 3), .init("you can", 2),
    .init("you could", 2), .init("you gotta", 3), .init("need to", 2), .init("should", 2),
    .init("try", 1), .init("make sure", 2), .init("recommend", 3), .init("suggest", 3),
    .init("encourage", 2), .init("advice", 2), .init("important to", 2),
    .init("a good idea", 2), .init("please", 2), .init("option", 2), .init("options", 2),
    .init("can help", 2), .init("will help", 2), .init("helpful", 2),
  ]

  /// Facts about the world and what will happen: "research", "most people", "you will".
  private static let information: [UtteranceCue] = [
    .init("research", 2), .init("studies", 2), .init("study", 2), .init("percent", 2),
    .init("guidelines", 2), .init("doctor", 1), .init("people who", 2),
    .init("most people", 2), .init("a lot of people", 2), .init("some people", 2),
    .init("there are", 1), .init("there 's", 1), .init("here 's", 2), .init("this is", 1),
    .init("can cause", 2), .init("risk", 1), .init("called", 1), .init("appointment", 2),
    .init("thank", 2), .init("thanks", 2), .init("you 'll", 2), .init("you will", 2),
    .init("if you", 1),
  ]
}
