/// "If everyone jumped off a bridge, would you?", "if all your mates got one would you too":
/// what a crowd does put beside the person, to show their reason is no reason. It answers
/// itself, with or without its question mark, and no rewrite of its words asks anything.
enum ReductioRules {
  /// Whether a line, as lowercase words, is a crowd's act put to the person as a reductio.
  static func isReductio(_ words: [String]) -> Bool {
    let words = words.filter { $0.first?.isLetter == true || $0.first == "'" }
    let start = words.firstIndex { !leadIns.contains($0) } ?? words.endIndex
    guard start < words.endIndex, words[start] == "if",
      words[(start + 1)...].prefix(4).contains(where: crowdWords.contains)
    else { return false }
    return askedBack.contains {
      words.count - start > $0.count + 2 && words.suffix($0.count).elementsEqual($0)
    }
  }

  /// Words before the "if": "so", "but", "well".
  private static let leadIns: Set<String> = ["so", "but", "well", "ok", "okay", "and", "yeah"]

  /// Words that name the crowd: "everyone", "all your mates".
  private static let crowdWords: Set<String> = [
    "everyone", "everybody", "all", "mates", "friends", "everyone's", "everybody's", "world",
  ]

  /// How the act is put back to the person at the end: "would you", "would you too".
  private static let askedBack: [[String]] = [
    "would you", "would you too", "would you as well", "would you then", "does that mean you would",
  ].map { $0.split(separator: " ").map(String.init) }
}
