/// A question led in by what they said ("You said they cut the bus. What stays with you most
/// from that?") right after a reflection that gave the same back: the lead says it a second
/// time, and graders heard the tool repeat itself. The question alone follows the reflection.
extension QuestionWording {
  /// What opens a question led in by their words.
  static let echoLead = "You said "

  /// The question without its "You said …." lead when a reflection just shown gave back most of
  /// the same words (`echoShare` of its content words); else the question as it is.
  static func withoutEchoedLead(_ question: String, after reflection: String?) -> String {
    guard let reflection, question.hasPrefix(echoLead),
      let end = question.range(
        of: ". ",
        range: question.index(question.startIndex, offsetBy: echoLead.count)..<question.endIndex)
    else { return question }
    let told = TopicWords(String(question[question.startIndex..<end.lowerBound])).lemmas
    let given = TopicWords(reflection).lemmas
    guard !told.isEmpty,
      Double(told.intersection(given).count) >= echoShare * Double(told.count)
    else { return question }
    return String(question[end.upperBound...])
  }

  /// The share of the lead's content words a reflection must have given back for the lead to
  /// be an echo.
  static let echoShare = 0.6
}
