/// A yes/no question about what happens to someone else ("Are we going to be late because you
/// missed the exit?", "Did the deal fall through because you didn't call?") whose reason
/// clause makes the listener its subject: the question grants the outcome and asks only for the
/// blame to be owned. Asked of the listener themselves ("Are you tired because you stayed up?")
/// it is a guess at their reason, which a closed question may make.
enum BlameRules {
  /// The reason clause that blames the listener, as written ("because you missed the exit"),
  /// or nil.
  static func blame(in reading: QuestionReading) -> String? {
    guard case .auxiliary(let index) = reading.opener, index + 1 < reading.core.upperBound,
      reading.words[index + 1] != "you"
    else { return nil }
    let words = reading.words
    let end = reading.core.upperBound
    guard
      let reason = ((index + 2)..<end).first(where: {
        reasonWords.contains(words[$0]) && $0 + 1 < end && words[$0 + 1] == "you"
      })
    else { return nil }
    // "Is it your career or us, because you can't have both?" forces a choice instead.
    guard !words[index..<reason].contains("or") else { return nil }
    return reading.tokens[reason..<end].joinedText
  }

  /// The words of the blame, which a rewrite must not keep ("missed", "exit").
  static func chargedWords(in reading: QuestionReading) -> Set<String> {
    guard let blame = blame(in: reading) else { return [] }
    return Set(
      Tokenizer.tokenize(blame).map(\.lowercased).filter {
        ($0.first?.isLetter ?? false) && !FunctionWords.isFunctionWord($0)
      })
  }

  /// Words that open a reason clause.
  private static let reasonWords: Set<String> = ["because", "'cause", "cause", "cos", "since"]
}
