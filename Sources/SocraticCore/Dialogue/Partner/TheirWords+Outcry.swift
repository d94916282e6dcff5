/// An outcry at an amount: "twelve quid! for a keyring!", "three hours! on hold!". Exclaimed,
/// with no verb, it claims nothing to weigh or rate; what it does to them is heard.
extension TheirWords {
  /// Whether the turn is an outcry and nothing else (`isOutcry(_:)`).
  var isOutcry: Bool { Self.isOutcry(typed) }

  /// Whether typed words are short exclamations, each opened by an amount or a preposition
  /// ("twelve quid!", "for a keyring!"), one of them naming an amount, and nothing more.
  static func isOutcry(_ typed: [Token]) -> Bool {
    guard typed.contains(where: { !$0.isWord && $0.text.contains("!") }) else { return false }
    let sentences = SentenceSplitter.sentences(in: typed).map { $0.filter(\.isWord) }
      .filter { !$0.isEmpty }
    return !sentences.isEmpty
      && sentences.allSatisfy { words in
        guard words.count <= outcryWordLimit, let first = words.first?.lowercased else {
          return false
        }
        return AmountCorrection.isAmount(first) || FunctionWords.prepositions.contains(first)
      }
      && sentences.joined().contains { AmountCorrection.isAmount($0.lowercased) }
  }

  /// The most words of one exclamation in an outcry.
  static let outcryWordLimit = 6

  /// The outcry given back in their words, with what it does to them: "Twelve quid for a
  /// keyring! No wonder it gets to you." Nil when it cannot be turned to the second person.
  var outcryGivenBack: String? {
    let said = SentenceSplitter.sentences(in: typed).map { sentence in
      var kept = sentence
      while let last = kept.last, !last.isWord, last.text.contains(where: "!?.,".contains) {
        kept.removeLast()
      }
      return kept.joinedText
    }
    .filter { !$0.isEmpty }.joined(separator: " ")
    guard let phrase = ReflectionWriter.secondPersonPhrase(said), let first = phrase.first
    else { return nil }
    return first.uppercased() + phrase.dropFirst() + "! No wonder it gets to you."
  }
}
