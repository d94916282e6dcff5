extension ReflectionWriter {
  /// "me and sam are still renting": a "me" that opens a clause beside "and" is its subject,
  /// read as "I" so it is given back as "you and sam", never dropped ("sam are still renting").
  static func withCoordinatedSubject(_ tokens: [Token]) -> [Token] {
    guard let first = tokens.firstIndex(where: \.isWord), first + 1 < tokens.count,
      tokens[first].lowercased == "me", tokens[first + 1].lowercased == "and"
    else { return tokens }
    var tokens = tokens
    tokens[first] = tokens[first].replacingText(with: "I")
    return tokens
  }

  /// Whether a clause opens on "I and …" ("I and sam are renting"), a subject as a whole.
  static func opensCoordinatedSubject(_ tokens: [Token]) -> Bool {
    tokens.count > 2 && tokens[0].lowercased == "i" && tokens[1].lowercased == "and"
  }
}
