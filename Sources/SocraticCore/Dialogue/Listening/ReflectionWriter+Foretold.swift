/// A doubt over what they will do stays with it when it is given back: "perhaps I will go"
/// given back as "So you will go." holds them to a promise they did not make.
extension ReflectionWriter {
  /// Whether the tokens open on a doubt hedge before a clause of what will be: "perhaps I will
  /// go", "maybe we'll ring her", "probably gonna sell it".
  static func doubtsWhatWillBe(_ tokens: [Token]) -> Bool {
    guard let first = tokens.first, doubtHedges.contains(first.lowercased) else { return false }
    let clause = tokens.dropFirst().map(\.lowercased)
    return clause.indices.prefix(foretellingReach).contains { start in
      foretellingPhrases.contains { clause[start...].starts(with: $0) }
    }
  }

  /// Phrases that say what will be, as the verb of a clause or just before it; the tokens are
  /// read with shorthand expanded, so "gonna" comes as "going to".
  static let foretellingPhrases: [[String]] = [
    ["will"], ["'ll"], ["shall"], ["wont"], ["won't"], ["going", "to"],
  ]

  /// How far into the clause after the hedge its "will" may stand: after a subject of one
  /// word and an auxiliary ("I 'm gonna").
  private static let foretellingReach = 3
}
