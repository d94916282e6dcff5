/// A word about the persona's last answer ("you already said that", "that didn't answer it",
/// a lone "?"): the persona owns the fault and puts its point again plainly, its confidence
/// unmoved, and the coach counts the line as neither a question nor a reflection.
extension DrillDialogue {
  /// The step for a line that finds fault with the persona's last answer, or that has no words
  /// at all; nil for any other line, which is asked as a question.
  mutating func answerComplaint(_ line: String) -> DialogueStep? {
    guard let voice, state.persona != nil else { return nil }
    guard let last = state.lastReply else {
      // Nothing said yet to find fault with: a line with no words is no question either.
      let hasWords = Tokenizer.tokenize(line).contains(where: \.isWord)
      return hasWords ? nil : DialogueStep(outputs: [.notice(Self.askSomething, tone: .problem)])
    }
    guard let complaint = ReplyComplaint(line, lastReply: last) else { return nil }
    let number = state.lastAskedNumber + 1
    let reply = voice.repair(complaint.fault, said: state.saidLines)
    let critique = QuestionCritique(
      question: line, form: .statement, kind: nil, problems: [], suggestion: nil)
    let asked = SessionEvent.Asked(
      number: number, text: line, critique: SessionEvent.Critique(critique))
    var step = DialogueStep()
    record(.asked(asked), into: &step)
    record(.personaReply(.init(question: number, text: reply)), into: &step)
    step.outputs.append(
      .review(
        QuestionReview(
          number: number, limit: Self.questionLimit, critique: asked.critique, isBrief: false)))
    step.outputs.append(.notice(Self.complaintNote, tone: .plain))
    step.outputs.append(
      .personaReply(
        PersonaAnswer(
          text: reply, confidenceBefore: state.confidence, confidenceAfter: state.confidence)))
    closeIfLast(number, into: &step)
    return step
  }

  /// What the coach says of a word about the persona's answer.
  static let complaintNote =
    "A word about the persona's last answer: fair to say, and it counts as neither a question "
    + "nor a reflection. Ask again what you wanted to know."

  /// What a drill says to a line with no words before the persona has said anything.
  static let askSomething =
    "Ask the persona something about what it believes, or give back what it said."

  /// After the last question: says so, and shows the scorecard.
  mutating func closeIfLast(_ number: Int, into step: inout DialogueStep) {
    guard number >= Self.questionLimit else { return }
    step.outputs.append(
      .notice(
        "That was question \(number) of \(Self.questionLimit): here is your scorecard.",
        tone: .plain))
    finish(.finished, into: &step)
  }
}

extension PersonaVoice {
  /// What it says to a word about its last answer: it owns the fault, then puts its point
  /// again plainly: a reason it has not given yet after saying itself again, else its belief
  /// and its first reason, after missing the question.
  func repair(_ fault: ReplyComplaint.Fault, said: Set<String>) -> String {
    let reasons = lines.filter { $0.source == .reason }
    switch fault {
    case .repeated:
      if let fresh = firstUnsaid([.reason, .reply], said: said) {
        return "Fair, I'd said that already. Here's something I haven't said: " + fresh.text
      }
      return "Fair, I keep coming back to it, because it's the heart of it for me: I think "
        + ownClaim + "."
    case .missed:
      let because = reasons.first.map { ", mainly because " + Self.runOn($0.text.withoutFullStop) }
      return "Sorry, that wasn't clear. Put simply, I think \(ownClaim)\(because ?? "")."
    }
  }
}
