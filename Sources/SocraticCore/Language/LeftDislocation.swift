/// A subject said first and taken up again by a pronoun after a comma: "the noise from next
/// door, it keeps me up", "my kids, they never listen". Folded, the pronoun gives way to what
/// it stands for: "the noise from next door keeps me up".
public enum LeftDislocation {
  /// The sentence with its dislocated subject put in place of the pronoun that takes it up;
  /// nil when it has none. The subject is a short noun phrase with no verb of its own, opening
  /// on a determiner or a possessive, and the pronoun is followed by its verb.
  public static func folded(_ tokens: [Token]) -> [Token]? {
    guard let comma = tokens.firstIndex(where: { $0.text == "," }), comma > 0,
      comma + 2 < tokens.count
    else { return nil }
    let subject = Array(tokens[..<comma])
    guard let opening = subject.first?.lowercased,
      FunctionWords.determiners.contains(opening) || FunctionWords.possessives.contains(opening),
      subject.allSatisfy(\.isWord), (2...subjectWordLimit).contains(subject.count),
      ClauseParser.finiteVerbIndex(in: subject) == nil,
      resumptivePronouns.contains(tokens[comma + 1].lowercased),
      ClauseParser.finiteVerbIndex(in: Array(tokens[(comma + 1)...])) == 1
    else { return nil }
    var rest = Array(tokens[(comma + 2)...])
    // "the rent, it's far too high": the clitic is written out after a noun.
    if let full = clitics[rest[0].lowercased] {
      rest[0] = rest[0].replacingText(with: full)
      rest[0].hasSpaceBefore = true
    }
    return subject + rest
  }

  /// Pronouns that take up a subject said before them.
  private static let resumptivePronouns: Set<String> = ["it", "they"]

  /// Clitics after a pronoun, written out to follow a noun.
  private static let clitics: [String: String] = ["'s": "is", "'re": "are"]

  /// The most words a dislocated subject has.
  private static let subjectWordLimit = 7
}
