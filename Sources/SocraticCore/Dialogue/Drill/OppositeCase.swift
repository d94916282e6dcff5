/// Whether a case put to the persona is the opposite of one it said: one of the two is
/// negated and the other not ("if it didn't hold" of "if it held"), or one says what the other
/// says the contrary of ("lost its value" of "kept its value").
enum OppositeCase {
  /// Whether `supposed` is the opposite of `condition`.
  static func isOpposite(_ condition: [Token], of supposed: [Token]) -> Bool {
    let said = Set(lemmas(condition))
    let put = Set(lemmas(supposed))
    let negated = { (tokens: [Token]) in DrillDialogue.isNegated(tokens.joinedText) }
    if negated(condition) != negated(supposed), !said.isDisjoint(with: put) { return true }
    return put.contains { word in
      guard let contraries = contrary[word] else { return false }
      return !said.contains(word) && !said.isDisjoint(with: contraries)
    }
  }

  private static func lemmas(_ tokens: [Token]) -> [String] {
    tokens.filter(\.isWord).map { TopicWords.lemma(of: $0.lowercased) }
  }

  /// Words and the words that say the contrary of them, read both ways.
  private static let contrary: [String: Set<String>] = {
    var table: [String: Set<String>] = [:]
    for (one, other) in pairs {
      table[one, default: []].insert(other)
      table[other, default: []].insert(one)
    }
    return table
  }()

  /// Pairs of contraries, as lemmas.
  private static let pairs: [(String, String)] = [
    ("keep", "lose"), ("hold", "lose"), ("gain", "lose"), ("win", "lose"), ("rise", "fall"),
    ("up", "down"), ("more", "less"), ("more", "fewer"), ("increase", "decrease"),
    ("grow", "shrink"), ("succeed", "fail"), ("work", "fail"), ("pass", "fail"),
    ("better", "worse"), ("high", "low"), ("higher", "lower"), ("cheap", "expensive"),
    ("strong", "weak"), ("stronger", "weaker"), ("safe", "dangerous"), ("rich", "poor"),
    ("richer", "poorer"), ("ban", "allow"), ("ban", "legalise"), ("ban", "legalize"),
    ("stay", "leave"), ("open", "close"), ("start", "stop"), ("same", "different"),
  ]
}
