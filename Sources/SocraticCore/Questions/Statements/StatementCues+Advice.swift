// What the person should do, put to them as steps.
extension StatementCues {
  /// What the person should do: "you should", "you need to", "try", "I recommend".
  static let advice: [UtteranceCue] = [
    .init("you should", 3), .init("you need to", 3), .init("you have to", 3),
    .init("you must", 3), .init("you might want", 3), .init("you may want", 3),
    .init("you could try", 3), .init("you can try", 3), .init("^ you can", 2),
    .init("maybe you can", 3),
    .init("you gotta", 5), .init("need to", 2), .init("should", 2),
    .init("make sure", 2), .init("recommend", 3), .init("suggest", 3),
    .init("encourage", 2), .init("advice", 2), .init("important to", 2),
    .init("a good idea", 2), .init("please", 2), .init("option", 2), .init("options", 2),
    .init("can help", 2), .init("will help", 2), .init("helpful", 2),
    .init("will be helpful", 4),
    .init("if you 're interested", 3), .init("if you 'd like", 3), .init("if you want", 2),
    .init("consider", 2), .init("it might help", 3), .init("some people find", 3),
    .init("what some people", 3), .init("it 's important", 3), .init("one thing you could", 3),
    .init("if you feel", 3), .init("you don't need", 4), .init("you do not need", 4),
    .init("^ try", 2), .init("^ just", 1), .init("^ take", 2), .init("^ keep", 2),
    .init("^ give", 2), .init("^ make", 2), .init("^ think about", 2), .init("^ remember", 2),
    .init("^ call", 2), .init("tell me", 1), .init("you might try", 3),
    .init("you might start", 3), .init("you might consider", 3), .init("you could start", 3),
    .init("maybe you could", 3), .init("why not", 2), .init("other ways to", 3),
    .init("worth trying", 3), .init("it 's worth", 2), .init("start with", 2),
    .init("small steps", 2), .init("^ start", 2), .init("^ stop", 2), .init("^ avoid", 2),
    .init("^ see if", 2), .init("^ don't", 2), .init("^ let", 1), .init("just let", 2),
    .init("^ do your", 3), .init("^ just do", 3),
    .init("you need", 2),
    .init("you could", 1), .init("you might want to", 3), .init("be sure to", 3),
    .init("a couple of ideas", 3), .init("a few ideas", 3), .init("another idea", 3),
    .init("it helps to", 3), .init("it can help to", 3), .init("what works for", 3),
    // "maybe try the bus", "you could always just ask": a step put to them, softened.
    .init("^ maybe try", 4), .init("you could always", 4), .init("you can always", 4),
    // "you could just walk it", "you can just ask": a step put to them as if it were easy.
    .init("you could just", 4), .init("you can just", 4),
    // "… that's what I do", "that's what me and Sam did": what the speaker does, offered as
    // the way.
    .init("that 's what i do", 2), .init("that 's what i did", 2), .init("that 's what we did", 2),
    .init("that 's what me and", 2),
  ]
}
