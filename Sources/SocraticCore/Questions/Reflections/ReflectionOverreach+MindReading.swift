// A reflection that claims to know what the person keeps back.
extension ReflectionOverreach {
  /// The words with which a reflection claims to know what they hide or will not own ("it
  /// worries you more than you're letting on", "deep down you want out"), or nil. Whatever they
  /// said, such a claim goes past it: it tells them what they feel, where a guess would ask.
  /// A claim they made of themselves ("deep down I know it's over" → "So deep down you know
  /// it's over.") is given back, not read.
  /// - Parameters:
  ///   - words: the reflection's words in lowercase, as the tokenizer splits them.
  ///   - heard: the words of what they said, in lowercase; empty when not known.
  static func mindReading(in words: [String], heard: [String] = []) -> String? {
    for index in words.indices {
      guard let claim = claims.first(where: { words[index...].starts(with: $0) }) else {
        continue
      }
      if saidOfThemselves(claim, heard: heard) { continue }
      // "more than you let on": the comparison belongs to the claim.
      let start = index > 0 && Comparatives.isComparative(words[index - 1]) ? index - 1 : index
      return words[start..<(index + claim.count)].reduce(into: "") { said, word in
        let joins = said.isEmpty || word.hasPrefix("'") || word == ","
        said += (joins ? "" : " ") + word
      }
    }
    return nil
  }

  /// Whether they said the claim of themselves: its words, "you" turned to "I", are in theirs.
  private static func saidOfThemselves(_ claim: [String], heard: [String]) -> Bool {
    let own = claim.map { FirstPersonWords.ownForm[$0] ?? $0 }
    return heard.indices.contains { heard[$0...].starts(with: own) }
  }

  /// Claims to see past what they said: more than they let on, admit or show, or what lies
  /// "deep down".
  private static let claims: [[String]] = [
    "than you 're letting on", "than you let on", "than you 're admitting", "than you admit",
    "than you 'll admit", "than you 'd admit", "than you care to admit", "than you 're saying",
    "than you show", "than you 're showing", "deep down you", "deep down , you",
    "whether you admit it or not", "even if you won't admit it", "you won't admit",
    "you 'll never admit", "if you 're honest with yourself", "you 're in denial",
    "you secretly", "secretly you",
  ].map { $0.split(separator: " ").map(String.init) }
}

/// The speaker's own words for the second person in a claim: "you" → "i", "'re" → "'m".
private enum FirstPersonWords {
  static let ownForm: [String: String] = ["you": "i", "'re": "'m", "yourself": "myself"]
}
