/// A leading condition typed without its comma ("if i get him a console he'll stop going
/// out"): where the main clause starts.
extension ClauseScanner {
  /// Where the main clause starts after a leading condition typed without its comma, when the
  /// sentence read whole has no main verb (the condition's clause swallows it): at the
  /// last subject pronoun past the condition's verb that its own verb follows ("if i get him a
  /// console he'll stop going out"); 0 for none. The last, since the condition's verb may take
  /// a clause of its own ("if you tell teens they can stay out they get careless"). An object
  /// pronoun ("him", "it") or a noun after that verb is the condition's own.
  func mainClauseAfterCommalessLead() -> Int {
    guard let leadVerb = firstFinite(from: 1) else { return 0 }
    return tokens.indices.last { index in
      index > leadVerb + 1 && index + 2 < tokens.count
        && Self.mainClauseSubjects.contains(tokens[index].lowercased)
        && firstFinite(from: index) == index + 1
    } ?? 0
  }

  /// Pronouns that are only ever subjects: "you" and "it" are objects as often.
  static let mainClauseSubjects: Set<String> = ["i", "he", "she", "we", "they"]

  /// Subordinators of condition and time, whose clause may lead the main one without a comma
  /// ("if you ban phones they read more"); "so i told him …" leads nothing.
  static let conditionOpeners: Set<String> = [
    "if", "unless", "when", "whenever", "once", "before", "after", "until", "till", "since",
    "because",
  ]
}
