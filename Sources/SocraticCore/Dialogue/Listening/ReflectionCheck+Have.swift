/// "I've my knee" given back: a contracted "have" as the main verb before a possessive reads,
/// in the second person, as a clause with its participle lost ("So you've your knee.").
extension ReflectionCheck {
  /// Whether a contracted "'ve" stands straight before a possessive: "you've your knee",
  /// "we've our reasons". "you've got your knee" and "you've a car" read.
  static func hasBareContractedHave(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    return zip(words, words.dropFirst()).contains { pair in
      contractedHave.contains(pair.0) && possessivesAfterHave.contains(pair.1)
    }
  }

  /// How a contracted "have" is typed and tokenized.
  static let contractedHave: Set<String> = ["'ve", "\u{2019}ve", "you've", "we've", "i've", "ive"]

  /// Possessives after which a bare "'ve" reads as a lost participle.
  static let possessivesAfterHave: Set<String> = [
    "my", "your", "his", "her", "our", "their",
  ]
}
