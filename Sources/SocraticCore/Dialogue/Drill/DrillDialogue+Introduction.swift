/// What a drill shows before its first question: the persona, or a menu of topics.
extension DrillDialogue {
  /// The persona's introduction, or the menu before there is one.
  func introduction() -> [DialogueOutput] {
    guard state.phase == .asking, state.persona != nil else {
      guard !packsWithBeliefs.isEmpty else { return [] }
      return [
        .notice(
          "Choose a topic, and I will hold a belief about it for you to question.",
          tone: .request),
        .topicMenu(topicChoices),
      ]
    }
    return [
      .persona(personaIntroduction),
      .notice(
        "Ask it questions, one at a time, to find out why it believes this and what would "
          + "change its mind. Each question is coached as you ask it. After "
          + "\(Self.questionLimit) questions, or /quit, you get a scorecard; /hint gives an "
          + "example.", tone: .quiet),
    ]
  }

  /// The persona as `/persona` and the start show it.
  var personaIntroduction: PersonaIntroduction {
    let title = state.persona?.pack.flatMap { setting.library.pack(id: $0) }?.pack.title
    return PersonaIntroduction(
      belief: state.persona?.belief ?? "", topic: title, confidence: state.confidence,
      questionsLeft: max(0, Self.questionLimit - state.lastAskedNumber))
  }
}
