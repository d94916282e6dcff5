/// Someone of theirs told of in the past: how they see it now is not asked.
extension AnswerFollowUp {
  /// Whether every sentence of a text that names someone of theirs ("your dad") tells of them
  /// in the past: "my dad opened that shop in 1981", "my nan was the one who taught me".
  static func toldOfInThePast(_ person: String, in text: String) -> Bool {
    guard let word = person.split(separator: " ").last.map(String.init) else { return false }
    let naming = SentenceSplitter.sentences(in: Tokenizer.tokenize(String(text.prefix(readLimit))))
      .filter { $0.contains { $0.lowercased == word } }
    return !naming.isEmpty
      && naming.allSatisfy { sentence in
        switch ClauseParser.parse(Array(sentence))?.verb {
        case .lexical(_, .past)?, .be(.past)?, .perfect?: true
        default: tellsAHabit(Array(sentence))
        }
      }
  }
}
