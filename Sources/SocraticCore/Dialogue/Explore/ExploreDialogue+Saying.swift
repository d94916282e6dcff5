/// What the explore dialogue says between questions: its notices, reflections and summaries,
/// each logged as shown.
extension ExploreDialogue {
  /// A reflection that passes the gate, worded apart from the last one: nil when it would not
  /// read whole or was said before word for word.
  func fresh(_ reflection: Reflection?) -> Reflection? {
    guard let reflection, ReflectionCheck.isWhole(reflection.text),
      let varied = ReflectionWriter.varied(reflection, after: state.reflectionsSaid)
    else { return nil }
    return ReflectionCheck.isWhole(varied.text) ? varied : reflection
  }

  /// The plain answer to "why do you ask?".
  static let purposeNotice =
    "I ask to understand how you see it, not to change your mind. There are no wrong answers here."
  /// One line for someone who hears doubt of themselves in a question.
  static let reassuranceNotice =
    "I'm not trying to catch you out, only to understand how you see it."

  /// Said once to "can we not do the feelings thing": no feeling is named again.
  static let noFeelingsNotice = "Sure, we'll leave feelings out of it."

  /// Said when they ask to change the subject: a last rating, then another belief.
  static let changingSubjectNotice =
    "Sure, let's leave this one here. One last rating, then you can state another belief."

  /// Sums up the map, when it holds enough to.
  mutating func summarize(into step: inout DialogueStep) {
    guard let summary = ReflectionWriter.summary(of: state.map),
      summary != state.fold.lastSummary
    else { return }
    record(.summary(.init(text: summary)), into: &step)
    step.outputs.append(.notice(summary, tone: .plain))
  }

  /// Says a line to the person and logs it, so that a transcript shows what was shown.
  mutating func say(
    _ text: String, tone: NoticeTone = .plain, into step: inout DialogueStep
  ) {
    let text = OneApology.line(text, after: Self.notices(in: step))
    record(.said(.init(text: text)), into: &step)
    step.outputs.append(.notice(text, tone: tone))
  }

  mutating func reflect(
    _ text: String, depth: ReflectionDepth, of number: Int, into step: inout DialogueStep
  ) {
    let text = OneApology.line(text, after: Self.notices(in: step))
    record(.reflection(.init(text: text, reflects: number, depth: depth.rawValue)), into: &step)
    step.outputs.append(.notice(text, tone: .plain))
  }

  /// The notices a step shows so far.
  static func notices(in step: DialogueStep) -> [String] {
    step.outputs.compactMap { output in
      if case .notice(let text, _) = output { return text }
      return nil
    }
  }
}
