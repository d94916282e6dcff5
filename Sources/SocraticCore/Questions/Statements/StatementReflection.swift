/// A reflection of what the other person said, offered instead of a statement made to them:
/// after "my boss never notices my work", "So your boss never notices your work." says more
/// than advice on what to do about it.
enum StatementReflection {
  /// The reflection `ReflectionWriter` gives of their line, when the critic reads it as a
  /// reflection with nothing overreaching in it; nil for a stock line that keeps none of their
  /// words, or when their line gives nothing to reflect.
  static func reflection(of said: String) -> String? {
    let answer = AnswerMoveReader.read(said)
    guard let reflection = ReflectionWriter.reflection(of: answer, saying: said),
      !ReflectionWriter.isStock(reflection.text)
    else { return nil }
    let words = Tokenizer.tokenize(reflection.text).map(\.lowercased)
    let heard = Tokenizer.tokenize(said).map(\.lowercased)
    guard UtteranceReader.reading(of: words, after: heard) == .reflection,
      ReflectionOverreach.of(words, heard: heard) == nil
    else { return nil }
    return reflection.text
  }
}
