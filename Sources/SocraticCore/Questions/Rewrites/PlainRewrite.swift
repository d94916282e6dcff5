/// Whether a rewrite asks plainly, as a person would, before it is shown: a stock frame
/// wrapped around the asker's clause reads as a template to the person asked, and is refused
/// so that a plainer rule is tried instead.
///
/// A rewrite is refused when:
/// - it opens on a stock frame (`stockFrames`): "To what extent …", "What would tell you
///   whether …", "What draws you to …", "What experience have you had with …";
/// - it splices a second question into the first: a question word, an auxiliary and a
///   pronoun after its opening ("How do you see the rota where did you hear …");
/// - "be" stands before a bare quantity ("… is much when …", "is a lot"), which is half a
///   comparison.
enum PlainRewrite {
  /// Whether a rewrite, as tokens without its "?", asks plainly.
  static func isPlain(_ body: [Token]) -> Bool {
    let words = body.filter(\.isWord).map(\.lowercased)
    if stockFrames.contains(where: { words.starts(with: $0) }) { return false }
    if words.indices.dropFirst(2).contains(where: { index in
      index + 2 < words.count && FunctionWords.questionWords.contains(words[index])
        && FunctionWords.auxiliary(words[index + 1]) != nil
        && personalPronouns.contains(words[index + 2])
    }) {
      return false
    }
    return !words.indices.dropLast().contains { index in
      guard FunctionWords.auxiliary(words[index])?.kind == .be else { return false }
      let next = words[index + 1] == "a" && index + 2 < words.count ? index + 2 : index + 1
      return bareQuantities.contains(words[next])
    }
  }

  /// Openings that wrap the asker's clause in a template rather than ask about it.
  private static let stockFrames: [[String]] = [
    ["to", "what", "extent"], ["what", "would", "tell", "you", "whether"],
    ["what", "draws", "you", "to"], ["what", "experience", "have", "you", "had", "with"],
  ]

  /// Pronouns that open the clause of a spliced question: "where did you", "what do we".
  private static let personalPronouns: Set<String> = ["i", "you", "he", "she", "we", "they", "it"]

  /// Quantities that need what they are compared with: "is much", "are many", "is a lot".
  private static let bareQuantities: Set<String> = ["much", "many", "loads", "lots", "lot"]
}
