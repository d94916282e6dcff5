/// Carrying a word's capitalisation over to the word that replaces it.
enum CaseStyle {
  /// The text in the case of the token it replaces: "ISN'T" → "IS", "Won't" → "Will",
  /// "isn't" → "is".
  static func matching(_ token: Token, _ text: String) -> String {
    let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
    if letters.count > 1, letters.allSatisfy({ $0.properties.isUppercase }) {
      return text.uppercased()
    }
    if token.isCapitalized { return capitalizingFirst(text) }
    return text
  }

  /// The token's text with a lowercase first letter, unless its case is fixed ("AI", "TikTok").
  static func lowercasingFirst(of token: Token) -> String {
    guard !token.hasFixedCase, let first = token.text.first else { return token.text }
    return first.lowercased() + token.text.dropFirst()
  }

  /// The text with an uppercase first letter.
  static func capitalizingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
