/// How many questions a session answered, skipped or asked, by kind and form.
extension SessionSummary {
  /// The questions answered.
  public var answeredCount: Int { questions.count(where: \.isAnswered) }

  /// The questions skipped.
  public var skippedQuestions: [QuestionRecord] { questions.filter(\.isSkipped) }

  /// How many questions of each kind were answered, in the kinds' order, kinds with none left
  /// out.
  public var answeredByKind: [(kind: QuestionKind, count: Int)] {
    Self.countByKind(
      questions.filter(\.isAnswered).map(\.question.kind))
  }

  /// How many questions of each kind were skipped, as `answeredByKind`.
  public var skippedByKind: [(kind: QuestionKind, count: Int)] {
    Self.countByKind(skippedQuestions.map(\.question.kind))
  }

  /// How many questions the session counts as exchanged, for lists: in explore the questions
  /// answered, in partner and drill the questions the person asked.
  public var questionCount: Int {
    mode == .explore ? answeredCount : asked.count
  }

  /// Partner and drill: how many of the lines the person said were of each form (`open`,
  /// `closed`, `leading`, `reflection`, `statement`, and any other the critic reported), in
  /// that order.
  public var askedByForm: [(form: String, count: Int)] {
    var counts: [String: Int] = [:]
    for record in asked { counts[record.asked.critique.form, default: 0] += 1 }
    let known = QuestionForm.allCases.map(\.rawValue)
    let order = known + counts.keys.filter { !known.contains($0) }.sorted()
    return order.compactMap { form in counts[form].map { (form, $0) } }
  }

  /// What the tally of lines by form calls a form: a reflection counted there was said on its
  /// own, and is called so, lest the tally read against the scorecard's count of reflections,
  /// which adds those that open a question.
  public static func formLabel(_ form: String) -> String {
    form == QuestionForm.reflection.rawValue ? "reflection on its own" : form
  }

  private static func countByKind(_ kinds: [QuestionKind]) -> [(kind: QuestionKind, count: Int)] {
    QuestionKind.allCases.compactMap { kind in
      let count = kinds.count { $0 == kind }
      return count > 0 ? (kind, count) : nil
    }
  }
}
