/// A doubt over what they will do stays with it when it is given back: "perhaps I will go"
/// given back as "So you will go." holds them to a promise they did not make.
extension ReflectionWriter {
  /// Whether the tokens open on a doubt hedge before a clause of what will be: "perhaps I will
  /// go", "maybe we'll ring her", "probably gonna sell it".
  static func doubtsWhatWillBe(_ tokens: [Token]) -> Bool {
    guard let first = tokens.first, doubtHedges.contains(first.lowercased) else { return false }
    return tokens.dropFirst().prefix(foretellingReach).contains {
      foretellingWords.contains($0.lowercased)
    }
  }

  /// Words that say what will be, as the verb of a clause or just before it.
  static let foretellingWords: Set<String> = [
    "will", "'ll", "shall", "gonna", "wont", "won't",
  ]

  /// How far into the clause after the hedge its "will" may stand: after a subject of one
  /// word and an auxiliary ("I 'm gonna").
  private static let foretellingReach = 3
}
