/// How much of a typed text is read, counted in what reading it costs.
///
/// A character may carry any number of combining marks: a letter followed by a million of them
/// is one character, but a million Unicode scalars to tokenize, tag and give back. So every
/// bound on typed text counts scalars as well as characters, allowing four scalars a character:
/// room for any real script and emoji.
enum TypedTextLimit {
  /// The Unicode scalars allowed for each character of a limit.
  static let scalarsPerCharacter = 4

  /// The start of a text: at most `characters` characters, and at most `scalarsPerCharacter`
  /// times as many scalars. Walks no further than that, however long the text.
  static func prefix(of text: String, characters: Int) -> String {
    // No more bytes than the limit: no more characters or scalars either, so nothing to cut.
    guard text.utf8.count > characters else { return text }
    let scalars = text.unicodeScalars
    let end =
      scalars.index(
        scalars.startIndex, offsetBy: characters * scalarsPerCharacter, limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    // The scalars are copied as bytes: appended one by one, they cost more than all the reading
    // of a long answer that follows.
    return String(String(Substring(scalars[..<end])).prefix(characters))
  }
}
