/// A line that holds nothing of what the other person said, so it cannot give it back: a shrug
/// of the speaker's own ("idk", "dunno tbh", "no idea") tells only that the speaker has no
/// answer, and a name alone ("Priya.", "Gran.") calls someone and says nothing of them. Both
/// are statements, whatever was said before: a reflection says back something they said.
enum NothingOfTheirs {
  /// The kind of statement a line is when it holds nothing of theirs, or nil.
  /// - Parameter sentences: the line's sentences, as the tokenizer splits them.
  static func kind(of sentences: [[Token]]) -> StatementKind? {
    let said = sentences.joined().filter { $0.isWord && !isAside($0.lowercased) }
    if AnswerCues.leadingShrugs.contains(said.map(\.lowercased).joined(separator: " ")) {
      return .shrug
    }
    guard said.count == 1, let word = said.first, isName(word) else { return nil }
    return .address
  }

  /// Whether a word, said alone, is a name someone is called by: a word of address ("mum",
  /// "mate"), a name the lexicon knows, or a capitalised word it does not know at all
  /// ("Priya").
  private static func isName(_ token: Token) -> Bool {
    let word = token.lowercased
    if BeliefReader.addressWords.contains(word) || Vocatives.words.contains(word) { return true }
    if Lexicon.classes(of: word) == .properSense { return true }
    return token.text.first?.isUppercase == true && !Lexicon.isKnown(word)
      && !FunctionWords.isFunctionWord(word)
  }

  /// Whether a word only colours the line: a chat hedge ("tbh") or a laugh ("lol").
  private static func isAside(_ word: String) -> Bool {
    hedges.contains(word) || UtteranceReader.laughs.contains(word)
  }

  private static let hedges = Set(ChatHedges.table.map(\.word))
}
