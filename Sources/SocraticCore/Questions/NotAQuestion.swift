/// Why a text cannot be critiqued as a question.
public enum NotAQuestion: SocraticError, Equatable {
  /// The text is empty or only whitespace.
  case empty
  /// The text has no words ("?", "...").
  case noWords
  /// The text states something and does not ask. `suggestion` is a question that asks about
  /// it ("Crypto is a scam." → "What makes crypto look like a scam to you?"), when one can be
  /// made.
  case statement(suggestion: String?)
  /// The text is longer than `QuestionCritic.maximumLength` characters.
  case tooLong(characters: Int)

  public var category: FailureCategory { .badInput }

  /// The JSON object `socratic critique --stdin --json` writes for a line that is not a
  /// question: `{"question": …, "error": …}`, the text as given and this error's message.
  public func jsonObject(question: String) -> String {
    OrderedJSON.object([
      ("question", OrderedJSON.string(question)), ("error", OrderedJSON.string(description)),
    ])
  }

  public var description: String {
    switch self {
    case .empty:
      return "There is no question to critique: the text is empty. "
        + "Write the question you would ask, such as \"Is crypto a scam?\""
    case .noWords:
      return "There is no question to critique: the text has no words. "
        + "Write the question you would ask, such as \"Is crypto a scam?\""
    case .statement(let suggestion?):
      return "That is a statement, not a question. Write the question you would ask, "
        + "such as \"\(suggestion)\""
    case .statement(nil):
      return "That is a statement, not a question. Write the question you would ask, "
        + "ending it with \"?\""
    case .tooLong(let characters):
      return "The question is \(characters.formattedWithSeparators) characters long; the most is "
        + "\(QuestionCritic.maximumLength.formattedWithSeparators). Ask one short question."
    }
  }
}
