/// A sentence whose subject is a reason, and which names that reason after its last "be":
/// "The only reason gold is valuable is because people agree it is", "The real reason they
/// left was that the rent went up". Its clause is that "be" with the reason after it, so that
/// the negation says the reason is not that ("… is not because people agree it is"), not that
/// what the reason is for is not so.
enum ReasonStatement {
  /// Words that open a reason as subject: "the", "my", "one" …
  private static let openers: Set<String> = [
    "the", "my", "your", "his", "her", "our", "their", "its", "one", "a",
  ]

  /// The clause of a sentence whose subject is a reason, or nil for any other sentence.
  static func clause(of tokens: [Token]) -> Clause? {
    guard tokens.count > 5, openers.contains(tokens[0].lowercased),
      let reason = tokens.prefix(4).firstIndex(where: {
        ["reason", "reasons"].contains($0.lowercased)
      })
    else { return nil }
    for be in tokens.indices.reversed() where be > reason + 2 {
      guard let auxiliary = FunctionWords.auxiliary(tokens[be].lowercased),
        auxiliary.kind == .be, !auxiliary.isNegated
      else { continue }
      var next = be + 1
      while next < tokens.count, ReasonSplitter.focusingAdverbs.contains(tokens[next].lowercased) {
        next += 1
      }
      guard next < tokens.count,
        ["because", "that", "'cause", "cuz"].contains(tokens[next].lowercased)
      else { continue }
      return Clause(
        subject: Array(tokens[..<be]), verb: .be(auxiliary.tense), auxiliary: tokens[be],
        rest: Array(tokens[(be + 1)...]))
    }
    return nil
  }
}
