/// The name a partner talk's other person calls the listener by, learnt from the talk itself:
/// a name is never a word of the belief the end screen shows.
extension SessionSummary {
  /// Partner: the names they called the listener by, lowercased: a word that can only be a name
  /// (`Vocative.isUnknownName`), said straight after words of thanks, greeting or leave-taking
  /// ("cheers rhi", "night jo", "love you bex"). Empty in explore and drill.
  var listenerNames: Set<String> {
    guard mode == .partner else { return [] }
    var names: Set<String> = []
    for said in theySaid {
      let words = Tokenizer.tokenize(said.text).filter(\.isWord).map(\.lowercased)
      for index in words.indices.dropFirst()
      where Self.namingWords.contains(words[index - 1]) && Vocative.isUnknownName(words[index]) {
        names.insert(words[index])
      }
    }
    return names
  }

  /// Words said straight before the name of the one they are talking to.
  private static let namingWords: Set<String> = [
    "cheers", "thanks", "ta", "bye", "night", "hiya", "hi", "hey", "morning", "laters", "you",
    "oi", "sorry", "congrats",
  ]

  /// A line without the names given that end a clause of it: "its free money rhi, gen z love
  /// it" → "its free money, gen z love it". A name followed by more of its clause ("rhi said
  /// so") is kept.
  static func without(names: Set<String>, in text: String) -> String {
    guard !names.isEmpty else { return text }
    let tokens = Tokenizer.tokenize(text)
    var kept: [Token] = []
    for (index, token) in tokens.enumerated() {
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      let endsItsClause = next.map { $0.kind == .punctuation } ?? true
      if token.isWord, endsItsClause, names.contains(token.lowercased) { continue }
      kept.append(token)
    }
    return kept.drop { $0.kind == .punctuation }.joinedText
  }
}
