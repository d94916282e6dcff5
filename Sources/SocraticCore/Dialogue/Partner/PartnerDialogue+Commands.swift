extension PartnerDialogue {
  /// Reacts to a command: the shared ones (`/help`, `/note`, `/summary`, `/export`, unknown
  /// ones) as every mode does, the rest here.
  mutating func handle(_ command: SlashCommand) -> DialogueStep {
    if let shared = SharedCommands.step(for: command, in: Self.commands) {
      var step = DialogueStep(outputs: shared.outputs)
      for event in shared.events { record(event, into: &step) }
      return step
    }
    switch command.name {
    case "they": return they(command.argument)
    case "me": return me(command.argument)
    case "stage": return stage(command.argument)
    case "quit":
      var step = DialogueStep()
      finish(.quit, into: &step)
      return step
    default: return DialogueStep()
    }
  }

  /// `/they TEXT`: what they said, logged without questions.
  private mutating func they(_ text: String) -> DialogueStep {
    guard !text.isEmpty else {
      return DialogueStep(outputs: [
        .notice(
          "Write what they said after the command, such as /they Crypto is a scam.",
          tone: .problem)
      ])
    }
    return theySaid(text, offeringQuestions: false)
  }

  /// `/me TEXT`: a question or reflection the person said to them, logged with the verdict, which is
  /// shown in a line; a better wording only for a closed or leading question.
  private mutating func me(_ text: String) -> DialogueStep {
    guard !text.isEmpty else {
      return DialogueStep(outputs: [
        .notice(
          "Write the question you asked after the command, such as /me What makes you say that?",
          tone: .problem)
      ])
    }
    let critique: QuestionCritique
    do {
      critique = try setting.critic.critique(text, after: state.lastTheySaid)
    } catch {
      return DialogueStep(outputs: [.notice(error.description, tone: .problem)])
    }
    var step = DialogueStep()
    let asked = SessionEvent.Asked(
      number: state.lastAskedNumber + 1, text: text, critique: SessionEvent.Critique(critique))
    record(.asked(asked), into: &step)
    step.outputs.append(
      .review(QuestionReview(number: asked.number, critique: asked.critique, isBrief: true)))
    return step
  }

  /// `/stage`: the stages, with the one the conversation is at. `/stage NAME`: moves there and
  /// offers questions for it once they have said something.
  private mutating func stage(_ argument: String) -> DialogueStep {
    guard !argument.isEmpty else {
      return DialogueStep(outputs: [.stages(current: state.stage)])
    }
    guard let stage = ConversationStage.named(argument) else {
      let names = ConversationStage.allCases.map(\.rawValue)
      var message = "There is no stage '\(argument)'."
      if let closest = Suggestion.closest(to: argument, among: names) {
        message += " Did you mean \(closest)?"
      }
      message +=
        " The stages are " + names.dropLast().joined(separator: ", ") + " and "
        + (names.last ?? "") + ", or their numbers 1 to 5."
      return DialogueStep(outputs: [.notice(message, tone: .problem)])
    }
    guard stage != state.stage else {
      return DialogueStep(outputs: [
        .notice(
          "The conversation is at stage \(stage.number) of 5 already: \(stage.title).",
          tone: .plain)
      ])
    }
    var step = DialogueStep()
    record(.stage(.init(stage: stage.rawValue)), into: &step)
    step.outputs.append(
      .notice("Now at stage \(stage.number) of 5: \(stage.title). \(stage.aim)", tone: .plain))
    if state.theySaidCount > 0 { offerQuestions(after: nil, into: &step) }
    return step
  }
}
