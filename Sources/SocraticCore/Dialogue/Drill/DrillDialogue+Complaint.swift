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
    let heard = ([last] + state.saidLines.sorted()).joined(separator: "\n")
    guard let complaint = ReplyComplaint(line, heard: heard) else { return nil }
    let reply = voice.repair(
      complaint.fault, said: state.saidLines, saidSentences: state.saidSentences, lastReply: last)
    return unaskedTurn(line, reply: reply, note: .notice(Self.complaintNote, tone: .plain))
  }

  /// The step for a line that uses up a turn without asking (a complaint, an apology): logged
  /// as a statement, with the coach's note and the persona's reply, its confidence unmoved.
  mutating func unaskedTurn(_ line: String, reply: String, note: DialogueOutput) -> DialogueStep {
    let number = state.lastAskedNumber + 1
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
    step.outputs.append(note)
    step.outputs.append(
      .personaReply(
        PersonaAnswer(
          text: reply, confidenceBefore: state.confidence, confidenceAfter: state.confidence)))
    closeIfLast(number, into: &step)
    return step
  }

  /// What the coach says of a word about the persona's answer.
  static let complaintNote =
    "A word about the persona's last answer, not a question: fair to say. It uses up this turn, "
    + "and your scorecard counts it as neither a question nor a reflection. Ask again what you "
    + "wanted to know."

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
  /// and a reason, after missing the question. A second such word gets other words: no
  /// sentence is said twice.
  /// After missing the question, its reason is one its last answer did not give: the reasons
  /// just given, given again, would be no plainer.
  /// - Parameters:
  ///   - saidSentences: the sentences said so far (`sentenceKeys(of:)`).
  ///   - lastReply: the answer the word is about.
  func repair(
    _ fault: ReplyComplaint.Fault, said: Set<String>, saidSentences: Set<String>,
    lastReply: String
  ) -> String {
    let openings =
      switch fault {
      case .repeated: Self.repeatOwned
      case .missed: Self.missOwned
      case .othersPoint: Self.othersPointOwned
      case .misheard: Self.misheardOwned
      }
    let turn = Self.freshOpening(among: openings, saidSentences: saidSentences)
    let opening = openings[turn]
    let last = lastReply.lowercased()
    let reasons = lines.filter {
      $0.source == .reason && !last.contains($0.text.withoutFullStop.lowercased())
    }
    switch fault {
    case .repeated:
      if let fresh = firstUnsaid([.reason, .reply], said: said) {
        return opening + " Here's something I haven't said: " + fresh.text
      }
      return opening + " It's the heart of it for me: I think " + ownClaim + "."
    case .missed, .othersPoint, .misheard:
      let reason = reasons.isEmpty ? nil : reasons[turn % reasons.count]
      // Its belief said once is said: put plainly again, it is the reason that comes.
      if let reason, saidSentences.contains(where: restatesClaim(key:)) {
        return opening + " What I meant is that " + Self.runOn(reason.text)
      }
      let because = reason.map { ", mainly because " + Self.runOn($0.text.withoutFullStop) }
      return opening + " Put simply, I think \(ownClaim)\(because ?? "")."
    }
  }

  /// Which of some openings it says: the first not said yet, else the last, its latest words
  /// for it, once it has said them all. Every reader of the asker's word about its answer
  /// chooses so.
  static func freshOpening(among openings: [String], saidSentences: Set<String>) -> Int {
    openings.indices.first { !saidSentences.contains(key(of: openings[$0])) }
      ?? openings.count - 1
  }

  /// How it owns saying again what it had said, a fresh one each time.
  static let repeatOwned = [
    "Fair, I'd said that already.", "True, I'm going over old ground.",
    "You're right, I keep coming back to it.",
  ]

  /// How it owns a point of the other side's, given as theirs, that was heard as its own: it
  /// never disowns what it said.
  static let othersPointOwned = [
    "Fair, I did bring that up, but as what the other side says, not what I think.",
    "To be clear, that's the other side's point, not mine.",
  ]

  /// How it owns a word it put on the asker that they never said, a fresh one each time.
  static let misheardOwned = [
    "Fair enough, you didn't say that; I read it into your words.",
    "You're right, that word was mine, not yours.",
  ]

  /// How it owns an answer that missed the question, a fresh one each time.
  static let missOwned = [
    "Sorry, that wasn't clear.", "Fair, I wandered off the point there.",
    "Let me try that again.",
  ]
}
