/// The commands only an explore session has.
enum ExploreCommand: String, ModeCommand {
  case skip
  case why
  case invert
  case confidence
  case belief

  var spec: CommandSpec {
    switch self {
    case .skip:
      CommandSpec(name: rawValue, summary: "skip this question (or a confidence rating)")
    case .why:
      CommandSpec(name: rawValue, summary: "what kind of question this is, and how it helps")
    case .invert:
      CommandSpec(name: rawValue, summary: "show your belief and its opposite again")
    case .confidence:
      CommandSpec(
        name: rawValue, argument: "N", summary: "say how confident you are now, from 0 to 100")
    case .belief:
      CommandSpec(name: rawValue, summary: "explore another belief, in a new thread")
    }
  }
}

extension ExploreDialogue {
  mutating func perform(_ command: ExploreCommand, argument: String) -> DialogueStep {
    switch command {
    case .skip: skip()
    case .why: why()
    case .invert: invert()
    case .confidence: rateConfidence(argument)
    case .belief: newBelief()
    }
  }

  private mutating func skip() -> DialogueStep {
    var step = DialogueStep()
    switch state.phase {
    case .answering(let number):
      let isClosingWord = isClosingWordOpen
      record(.skip(.init(question: number)), into: &step)
      if isClosingWord {
        say(farewellLine, into: &step)
        finish(.finished, into: &step)
      } else {
        askNextQuestion(into: &step, closingWhenNoneLeft: true)
      }
    case .checkingRecap:
      // The recap left unanswered: the next question closes it.
      askNextQuestion(into: &step, closingWhenNoneLeft: true)
    case .closingThread:
      startThread(into: &step)
    case .closingSession(let reason):
      finish(reason, into: &step)
    case .ratingConfidence:
      step.outputs.append(
        .notice(
          "The questions start once you say how confident you are: give a number from 0 to 100.",
          tone: .problem))
    default:
      step.outputs.append(.notice("There is no question to skip.", tone: .problem))
    }
    return step
  }

  private func why() -> DialogueStep {
    let text: String
    switch state.phase {
    case .answering:
      guard let question = state.currentQuestion else { return DialogueStep() }
      var explanation = "This is \(question.kind.namedInSentence). \(question.kind.purpose)"
      if let follows = question.follows {
        explanation += " It follows up on your answer to question \(follows)."
      }
      text = explanation
    case .checkingRecap:
      text = Self.recapPurpose
    case .ratingConfidence, .closingThread, .closingSession:
      text =
        "Your confidence at the start and at the end, from 0 to 100, shows whether your "
        + "thinking moved; it is not a test, and any number is a good answer."
    case .confirmingBelief:
      text =
        "The questions are made from your belief as I read it, so check that the reading says "
        + "what you mean before they start."
    default:
      text = "/why explains the question you are answering, and there is none yet."
    }
    return DialogueStep(outputs: [.notice(text, tone: .plain)])
  }

  private func invert() -> DialogueStep {
    guard let belief = state.belief else {
      return DialogueStep(outputs: [
        .notice("There is no belief to invert yet: state one first.", tone: .problem)
      ])
    }
    return DialogueStep(outputs: [.inversion(claim: belief.claim, inverted: belief.inverted)])
  }

  /// `/confidence N`: at a confidence prompt, the answer to it; otherwise an update.
  private mutating func rateConfidence(_ argument: String) -> DialogueStep {
    guard state.belief != nil else {
      return DialogueStep(outputs: [
        .notice(
          "State a belief first; /confidence N then says how sure you are of it.", tone: .problem)
      ])
    }
    switch state.phase {
    case .ratingConfidence, .closingThread, .closingSession:
      return handle(line: argument.isEmpty ? " " : argument)
    default:
      break
    }
    switch ConfidenceRating.read(argument) {
    case .failure:
      return DialogueStep(outputs: [
        .notice(
          "Give a whole number from 0 to 100 after the command, such as /confidence 65.",
          tone: .problem)
      ])
    case .success(let value):
      var step = DialogueStep()
      record(.confidence(.init(value: value, moment: .update)), into: &step)
      step.outputs.append(.notice("Noted: your confidence is now \(value).", tone: .success))
      return step
    }
  }

  /// `/belief`: once questions have started, the current belief is rated a last time and a new
  /// thread starts; before that, the belief is stated again.
  private mutating func newBelief() -> DialogueStep {
    var step = DialogueStep()
    switch state.phase {
    case _ where state.isQuestioning:
      state.phase = .closingThread
      step.outputs += introduction()
    case .confirmingBelief, .ratingConfidence:
      state.phase = .statingBelief
      step.outputs += introduction()
    case .closingThread, .closingSession:
      step.outputs.append(
        .notice("Give your confidence first, or /skip to leave it unrated.", tone: .problem))
    default:
      step.outputs.append(.notice("Type the belief you want to explore.", tone: .plain))
    }
    return step
  }

  /// `/quit`: once questions have started, the confidence is asked a last time, a rating just
  /// given offered back; otherwise the session ends at once.
  mutating func quit() -> DialogueStep {
    var step = DialogueStep()
    if state.isQuestioning {
      beginClosing(.quit, asksAgain: true, into: &step)
    } else {
      finish(.quit, into: &step)
    }
    return step
  }
}
