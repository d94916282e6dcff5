/// Frame verbs misspelt after "I" ("I beleive"), read as the verb they are one slip from.
extension FrameRemover {
  /// The tokens with a misspelt frame verb after "I" read as the verb it is one slip away from
  /// ("I beleive", "I belive", "I thnik"), for matching only: a word the lexicon does not know,
  /// one letter added, dropped, changed or two swapped from a frame verb of five letters or
  /// more.
  static func withFrameVerbSpelled(_ tokens: [Token]) -> [Token] {
    guard tokens.count > 2, tokens[0].lowercased == "i", tokens[1].kind == .word else {
      return tokens
    }
    let word = tokens[1].lowercased
    // The slip is checked first: it is cheaper than looking the word up.
    guard word.count >= 4, let verb = misspeltFrameVerbs.first(where: { isOneSlipAway(word, $0) }),
      !Lexicon.isKnown(word), !FunctionWords.isFunctionWord(word)
    else { return tokens }
    var spelled = tokens
    spelled[1] = tokens[1].replacingText(with: verb)
    return spelled
  }

  static let misspeltFrameVerbs = [
    "think", "believe", "reckon", "suppose", "suspect", "guess", "imagine", "assume", "expect",
  ]

  /// Whether two words differ by one letter added, dropped or changed, or two adjacent letters
  /// swapped.
  static func isOneSlipAway(_ written: String, _ word: String) -> Bool {
    let a = Array(written.utf8)
    let b = Array(word.utf8)
    guard abs(a.count - b.count) <= 1, a != b else { return false }
    var prefix = 0
    while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < min(a.count, b.count) - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let restA = a.count - prefix - suffix
    let restB = b.count - prefix - suffix
    if max(restA, restB) <= 1 { return true }
    return restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
  }
}
