/// Choosing "a" or "an" by how the next word sounds.
public enum IndefiniteArticle {
  /// "an" before a vowel sound ("an intrinsic", "an hour", "an FBI"), "a" before a consonant
  /// sound ("a central", "a university", "a one-off", "a NATO").
  public static func article(before token: Token) -> String {
    startsWithVowelSound(token) ? "an" : "a"
  }

  static func startsWithVowelSound(_ token: Token) -> Bool {
    let word = token.lowercased
    guard let first = word.first else { return false }
    if token.kind == .number {
      return word.hasPrefix("8") || word.hasPrefix("11") || word.hasPrefix("18")
    }
    let letters = token.text.filter(\.isLetter)
    let isSpelledOut =
      letters.count > 1 && letters.allSatisfy(\.isUppercase)
      && !pronouncedAsWords.contains(word)
    if isSpelledOut || letters.count == 1 {
      // Initialisms are read letter by letter: "an FBI agent", "a UN report".
      return "aefhilmnorsx".contains(first)
    }
    if consonantSoundingVowels.contains(where: { word.hasPrefix($0) }) { return false }
    if silentH.contains(where: { word.hasPrefix($0) }) { return true }
    return "aeiou".contains(first)
  }

  /// Acronyms read as words, not letters.
  private static let pronouncedAsWords: Set<String> = [
    "nato", "nasa", "opec", "unesco", "unicef", "covid", "aids", "fifa", "isis",
  ]

  /// Word beginnings written with a vowel but said with a consonant.
  private static let consonantSoundingVowels = [
    "uni", "use", "usu", "uti", "ura", "ure", "euro", "eu", "one", "once", "ubiq", "ukr",
  ]

  /// Word beginnings with a silent h.
  private static let silentH = ["hour", "honest", "honor", "honour", "heir"]
}
