// Rewrites of a yes/no question that asks the person to picture themselves under a condition.
extension QuestionRewriter {
  /// "Would you still back it if it meant a war?" asks them to picture a case, which is theirs
  /// to think through, not a view to defend: how the act would sit with them in that case is
  /// asked ("How would backing it sit with you if it meant a war?"), where "What makes you
  /// think you would still back it …" would take the view for granted. A past that did not
  /// happen ("you'd have stayed if …") asks how things would have gone. Nil when the statement
  /// is not what the person would do under an "if".
  /// - Parameter statement: the question as a statement: "you would still back it if …".
  static func pictured(_ statement: [Token]) -> [Token]? {
    let words = statement.map(\.lowercased)
    guard words.first == "you",
      let modal = words.firstIndex(where: picturingModals.contains), modal <= maximumModalAt,
      let condition = words.firstIndex(of: "if"), condition > modal + 1,
      condition + minimumCondition < words.count
    else { return nil }
    let act = statement[(modal + 1)..<condition].drop { holdingAdverbs.contains($0.lowercased) }
    let cases = Array(statement[(condition + 1)...])
    // "you'd have stayed at uni if your mates hadn't dropped out": a past that did not happen
    // has no act to picture doing; how it would have gone is theirs to tell.
    if act.first?.lowercased == "have", let done = act.dropFirst().first,
      Lexicon.verbReadings(of: done.lowercased).contains(where: { $0.form == .pastParticiple })
    {
      return phrase("How do you think things would have gone if") + cases
    }
    guard let verb = act.first, let doing = gerund(of: verb.lowercased) else {
      return phrase("How would it change things for you if") + cases
    }
    return phrase("How would") + [Token(doing)] + act.dropFirst() + phrase("sit with you if")
      + cases
  }

  /// Modals of a pictured case: "you would", "you'd".
  private static let picturingModals: Set<String> = ["would", "'d"]
  /// Words that hold the view through the case, which the rewrite leaves to them: "still".
  private static let holdingAdverbs: Set<String> = ["still", "really", "even", "ever", "actually"]
  /// Where the modal may stand at most: "you would", "you still would".
  private static let maximumModalAt = 2
  /// The fewest words a condition takes after "if" to be worth asking about: "it meant war".
  private static let minimumCondition = 2
}
