// An either-or put as a cleft, asked openly.
extension QuestionRewriter {
  /// "Is it the cost that worries you, or the time off work?" → "What worries you most?": the
  /// answers the asker thought of are left out, and what the cleft asks of them ("worries
  /// you") is asked openly; nil for another shape.
  ///
  /// A cleft has "it" (or "that") and "be" before the first answer, then "that" or "which"
  /// and a verb said of it ("worries", "bothered"); what the verb says runs to the comma or
  /// the "or" before the next answer.
  static func cleftFocus(_ clause: Clause) -> [Token]? {
    guard clause.subject.count == 1, cleftSubjects.contains(clause.subject[0].lowercased),
      case .be = clause.verb,
      let relative = clause.rest.firstIndex(where: { relatives.contains($0.lowercased) }),
      relative > 0
    else { return nil }
    let said = Array(
      clause.rest[(relative + 1)...].prefix { $0.text != "," && $0.lowercased != "or" })
    guard let verb = said.first?.lowercased, said.count <= maximumWords,
      Lexicon.verbReadings(of: verb).contains(where: { saidOfIt.contains($0.form) })
    else { return nil }
    return phrase("What") + said + phrase("most")
  }

  /// What a cleft opens with: "it is …", "is that …".
  private static let cleftSubjects: Set<String> = ["it", "that"]

  /// What joins the first answer to what is asked of it.
  private static let relatives: Set<String> = ["that", "which"]

  /// Forms of a verb whose subject is the answer itself: "worries", "bothered".
  private static let saidOfIt: Set<VerbForm> = [.thirdSingular, .past]

  /// The most words of what is asked of the answers, kept in the rewrite.
  private static let maximumWords = 6
}
