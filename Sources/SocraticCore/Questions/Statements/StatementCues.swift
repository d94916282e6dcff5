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
    .init("i think", 2), .init("i would", 2), .init("i want", 2),
    .init("i 'm going", 2), .init("i can", 2), .init("i 'll", 2),
    .init("i have", 1), .init("i 've", 1), .init("i don't", 1), .init("i know", 1),
    .init("i see", 2), .init("i", 1), .init("i 'm", 1), .init("my", 1), .init("me", 1),
    .init("we", 2), .init("we 're", 2), .init("we 'll", 2), .init("we 've", 2),
    .init("let 's", 3), .init("let me", 2), .init("our", 2),
    .init("great", 1), .init("we can", 2), .init("i 'd like", 2), .init("i wanted to", 2),
    .init("i need to", 2), .init("i wonder if", 2), .init("i 'm wondering if", 2),
    .init("i 'm concerned", 3), .init("i 'm worried", 3), .init("let me tell", 3),
    .init("i can't", 2), .init("i have to", 2), .init("we 'd", 2), .init("we 're gonna", 2),
    .init("we 're going to", 2),
  ]

  /// What the person should do: "you should", "you need to", "try", "I recommend".
  private static let advice: [UtteranceCue] = [
    .init("you should", 3), .init("you need to", 3), .init("you have to", 3),
    .init("you must", 3), .init("you might want", 3), .init("you may want", 3),
    .init("you could try", 3), .init("you can try", 3), .init("you can", 2),
    .init("you gotta", 3), .init("need to", 2), .init("should", 2),
    .init("make sure", 2), .init("recommend", 3), .init("suggest", 3),
    .init("encourage", 2), .init("advice", 2), .init("important to", 2),
    .init("a good idea", 2), .init("please", 2), .init("option", 2), .init("options", 2),
    .init("can help", 2), .init("will help", 2), .init("helpful", 2),
    .init("if you 're interested", 3), .init("if you 'd like", 3), .init("if you want", 2),
    .init("consider", 2), .init("it might help", 3), .init("some people find", 3),
    .init("what some people", 3), .init("it 's important", 3), .init("one thing you could", 3),
    .init("if you feel", 3), .init("you don't need", 4), .init("you do not need", 4),
    .init("^ try", 2), .init("^ just", 1), .init("^ take", 2), .init("^ keep", 2),
    .init("^ give", 2), .init("^ make", 2), .init("^ think about", 2), .init("^ remember", 2),
    .init("^ call", 2), .init("tell me", 1),
  ]

  /// Facts about the world and what will happen: "research", "most people", "you will".
  private static let information: [UtteranceCue] = [
    .init("research", 2), .init("studies", 2), .init("study", 2), .init("percent", 2),
    .init("guidelines", 2), .init("people who", 2),
    .init("most people", 2), .init("a lot of people", 2), .init("some people", 2),
    .init("there are", 1), .init("here 's", 2),
    .init("can cause", 2), .init("risk", 1), .init("called", 1), .init("appointment", 2),
    .init("thank", 2), .init("thanks", 2), .init("you 'll", 2), .init("you will", 2),
    .init("if you", 1), .init("side effects", 3), .init("effects", 1),
    .init("medication", 2), .init("medications", 2), .init("a day", 2), .init("a week", 2),
    .init("per day", 2), .init("per week", 2), .init("it will", 2), .init("will be", 1),
    .init("we call", 2), .init("it 's called", 2), .init("can lead", 2),
    .init("more likely", 2), .init("your body", 2), .init("the body", 2),
  ]
}
