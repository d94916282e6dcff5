/// The commands only a partner session has.
enum PartnerCommand: String, ModeCommand {
  case they
  case me
  case stage

  var spec: CommandSpec {
    switch self {
    case .they:
      CommandSpec(
        name: rawValue, argument: "TEXT",
        summary: "log what they said, without asking for questions")
    case .me:
      CommandSpec(
        name: rawValue, argument: "TEXT",
        summary: "log a question you asked them; it is coached quietly")
    case .stage:
      CommandSpec(
        name: rawValue, argument: "[NAME]",
        summary: "show the stages of the conversation, or move to one (its name or number)")
    }
  }
}

extension PartnerDialogue {
  mutating func perform(_ command: PartnerCommand, argument: String) -> DialogueStep {
    switch command {
    case .they: they(argument)
    case .me: me(argument)
    case .stage: stage(argument)
    }
  }

  /// `/quit`: the session ends.
  mutating func quit() -> DialogueStep {
    var step = DialogueStep()
    finish(.quit, into: &step)
    return step
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
    var verdict = SessionEvent.Critique(critique)
    // Care and courtesy are what the moment calls for, at any stage: "you alright?", "good
    // luck, talk later!", "cheers for talking it through, pint friday?". At the close, thanks
    // and a goodbye are: not an opinion to argue, nor a reason to keep them talking.
    // "and where are you on it?": a brief answer of the listener's own view is what was asked.
    let courtesy =
      ListenerCourtesy.kind(of: text)
      ?? (state.stage == .close
        && (critique.form == .statement || PartnerLines.isClosingLine(text))
        ? ListenerCourtesy.Kind.closing : nil)
      ?? (critique.form == .statement && ListenerCourtesy.asksTheListener(state.lastTheySaid)
        ? ListenerCourtesy.Kind.answer : nil)
    if let courtesy {
      // Coached as the line it is, it is counted as no question, leading or closed.
      verdict.form = QuestionForm.statement.rawValue
      verdict.kind = nil
      verdict.depth = nil
      verdict.problems = [courtesy.verdict]
      verdict.suggestion = nil
    }
    let opensWithAReflection =
      courtesy == nil
      && ListeningScorecard.opensWithAReflection(text, after: state.lastTheySaid)
    if courtesy == nil, critique.form == .leading || critique.form == .closed,
      let previous = state.lastTheySaid, MeLine.checksAReflection(text, of: previous)
    {
      // "so it's the duck houses, and nobody punished for it?": their words given back with a
      // rising voice, to check it was heard right: a reflection, not a leading question.
      verdict.form = QuestionForm.reflection.rawValue
      verdict.kind = nil
      verdict.depth = .simple
      verdict.problems = []
      verdict.suggestion = nil
    } else if courtesy == nil, MeLine.setsTheirLifeAgainstTheirView(text) {
      // "ok but you do 90 mins each way on the train, what would you do with that time?": an
      // open form, but a trap made of their own life; never praised.
      verdict.form = QuestionForm.leading.rawValue
      verdict.problems = [MeLine.gotchaVerdict]
      verdict.suggestion = nil
    } else if opensWithAReflection, critique.form == .statement,
      let previous = state.lastTheySaid, MeLine.goesOnGivingBack(text)
    {
      // "the quiet. the house feels so empty without him": their words given back, then what
      // lies under them, asks nothing and argues nothing: one reflection, however it goes on.
      verdict.form = QuestionForm.reflection.rawValue
      verdict.kind = nil
      verdict.depth = MeLine.depth(of: text, after: previous)
      verdict.problems = []
      verdict.suggestion = nil
    } else if opensWithAReflection, critique.form == .closed {
      // "that sounds really stressful. is that what's been bothering you?": a yes/no that
      // checks a reflection is how a reflection is offered; no rewrite is better.
      verdict.suggestion = nil
    }
    // A better wording is shown only when the critic finds it a good open question itself.
    if let better = verdict.suggestion, !isGoodQuestion(better) { verdict.suggestion = nil }
    let asked = SessionEvent.Asked(number: state.lastAskedNumber + 1, text: text, critique: verdict)
    record(.asked(asked), into: &step)
    step.outputs.append(
      .review(QuestionReview(number: asked.number, critique: asked.critique, isBrief: true)))
    if opensWithAReflection, verdict.form != QuestionForm.reflection.rawValue {
      step.outputs.append(.notice(MeLine.reflectionCredit, tone: .success))
    }
    return step
  }

  /// Whether the critic finds a wording an open question with nothing to fault, that reads as
  /// English.
  private func isGoodQuestion(_ text: String) -> Bool {
    guard PartnerGrammar.reads(text),
      let critique = try? setting.critic.critique(text, after: state.lastTheySaid)
    else { return false }
    return critique.form == .open && critique.problems.isEmpty
  }

  /// `/stage`: the stages, with the one the conversation is at and what happened since it
  /// began (`PartnerStageReport`). `/stage NAME`: moves there and offers questions for it once
  /// they have said something.
  private mutating func stage(_ argument: String) -> DialogueStep {
    guard !argument.isEmpty else {
      let report = PartnerStageReport.text(
        saidSinceStageBegan: state.saidSinceStageBegan, saidInAll: state.theySaidCount,
        didOpenUp: state.didOpenUp, didObject: state.didObject,
        isPersonalTalk: state.isPersonalTalk)
      return DialogueStep(
        outputs: [.stages(current: state.stage)]
          + (report.map { [.notice($0, tone: .plain)] } ?? []))
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
