/// Sarcasm said as a statement: praise or eagerness that means the opposite, known by at least
/// two signs, since each alone is often meant ("Oh great, you got the job!"):
/// - an exclamation of praise with no verb, opened by an interjection ("Oh great", "Oh joy",
///   "Wow, lovely");
/// - a repeat the speaker is weary of ("another weekend …", "… again");
/// - eagerness with nothing to be eager for ("can't wait", "how fun") closing the line.
enum IronyRules {
  /// Whether a line says the opposite of what it means.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func isSarcastic(_ words: [String]) -> Bool {
    let chunks = words.split(whereSeparator: pauses.contains).map(Array.init)
    guard chunks.count > 1 else { return false }
    var signs = 0
    // "Oh great,", "Wow, fantastic,": the chunks before the first that says something else.
    let exclamation = chunks.prefix {
      $0.allSatisfy { interjections.contains($0) || praise.contains($0) }
    }
    .joined()
    if exclamation.count <= praiseLength, exclamation.contains(where: interjections.contains),
      exclamation.contains(where: praise.contains)
    {
      signs += 1
    }
    if words.contains(where: repeats.contains) { signs += 1 }
    if let last = chunks.last, emptyEagerness.contains(last) { signs += 1 }
    return signs >= signsNeeded
  }

  /// The exclamation of praise that opens a sarcastic line ("oh great"), or nil when the line
  /// is not sarcastic or opens with none.
  static func mockPraise(_ words: [String]) -> String? {
    guard isSarcastic(words) else { return nil }
    let exclamation = words.prefix {
      interjections.contains($0) || praise.contains($0) || pauses.contains($0)
    }
    .filter { !pauses.contains($0) }
    return exclamation.contains(where: praise.contains)
      ? exclamation.joined(separator: " ") : nil
  }

  /// Whether a line may be sarcastic at all, read cheaply from its words without the
  /// interjections that normalizing speech drops: two signs need a repeat or empty eagerness.
  static func maySay(_ words: [String]) -> Bool {
    words.contains { repeats.contains($0) || eagernessEnds.contains($0) }
  }

  /// The last words of empty eagerness.
  private static let eagernessEnds = Set(emptyEagerness.compactMap(\.last))

  private static let signsNeeded = 2

  /// The most words an exclamation of praise takes: "oh how lovely".
  private static let praiseLength = 3

  /// What splits a line into its spoken chunks.
  private static let pauses: Set<String> = [",", ".", "!", "…", "...", ";", "-", "—", "–"]

  private static let interjections: Set<String> = ["oh", "ooh", "wow", "ah", "yay", "whoopee"]

  private static let praise: Set<String> = [
    "great", "wonderful", "lovely", "perfect", "fantastic", "brilliant", "joy", "fun",
    "marvellous", "marvelous", "super", "terrific", "goody", "nice", "amazing", "splendid",
  ]

  /// Words that say it is happening once more.
  private static let repeats: Set<String> = ["another", "again"]

  /// Eagerness said of nothing in particular, closing a line.
  private static let emptyEagerness: Set<[String]> = [
    ["cant", "wait"], ["can't", "wait"], ["ca", "n't", "wait"], ["how", "fun"], ["what", "fun"],
    ["so", "much", "fun"], ["lucky", "me"], ["yay"], ["just", "what", "i", "needed"],
    ["just", "what", "i", "need"], ["how", "lovely"], ["my", "favourite"], ["my", "favorite"],
  ]
}
