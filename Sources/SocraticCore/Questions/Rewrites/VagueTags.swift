/// The asker's vague tags, which a rewrite leaves out: "use Wise or something like that" →
/// "use Wise". They soften the asker's own suggestion; kept in a question of the coach's, they
/// read as pasted ("the way you use Wise or something").
enum VagueTags {
  /// The text without its vague tags, spaced as written; the text itself when it has none.
  static func removed(from text: String) -> String {
    let tokens = Tokenizer.tokenize(text)
    let words = tokens.map(\.lowercased)
    guard words.contains(where: tagOpeners.contains) else { return text }
    var kept: [Token] = []
    var index = 0
    while index < tokens.count {
      if let tag = tags.first(where: { words[index...].starts(with: $0) }) {
        index += tag.count
        continue
      }
      kept.append(tokens[index])
      index += 1
    }
    return kept.count == tokens.count ? text : Clause.respaced(kept).joinedText
  }

  /// The tags, longest first, as the tokenizer splits them.
  private static let tags: [[String]] = [
    ["or", "something", "like", "that"], ["or", "anything", "like", "that"],
    ["and", "stuff", "like", "that"], ["or", "something"], ["or", "whatever"],
    ["and", "stuff"], ["and", "all", "that"],
  ]

  /// The first words of the tags, so that most rewrites are passed at one look.
  private static let tagOpeners = Set(tags.compactMap(\.first))
}
