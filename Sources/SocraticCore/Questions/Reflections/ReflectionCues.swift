/// Phrases that mark a line as giving back what the other person said or meant, and how
/// strongly: "it sounds like", "so you", "you feel", "part of you", "what I'm hearing".
///
/// Read by `UtteranceReader` against `StatementCues`; a new cue is one entry here.
enum ReflectionCues {
  static let entries: [UtteranceCue] = [
    .init("it sounds like", 4), .init("sounds like", 4), .init("it seems like", 3),
    .init("seems like", 3), .init("so you", 3), .init("you 're", 2), .init("you feel", 3),
    .init("you felt", 3), .init("you 're feeling", 3), .init("you want", 2),
    .init("you wanna", 2), .init("you 'd like", 2), .init("you think", 2),
    .init("you believe", 2), .init("you don't", 2), .init("you didn't", 2),
    .init("you 've", 2), .init("for you", 2), .init("part of you", 4),
    .init("on the other hand", 3), .init("at the same time", 3), .init("you 're saying", 4),
    .init("you mentioned", 3), .init("you said", 3), .init("you", 1), .init("your", 1),
    .init("i hear", 5), .init("i 'm hearing", 5), .init("i get the", 4),
    .init("i 'm picking up", 5), .init("i guess", 1), .init("if i understand", 5),
    .init("what i 'm hearing", 5), .init("i 'm sure", 4), .init("let me see if", 5),
    .init("summarize", 4), .init("you also", 2), .init("probably", 2), .init("must be", 2),
    .init("i imagine", 4), .init("you 're not", 2), .init("you 're worried", 4),
  ]
}
