/// Why a text cannot be critiqued: it has nothing to read, or too much.
public enum NotAQuestion: SocraticError, Equatable {
  /// The text is empty or only whitespace.
  case empty
  /// The text has no words ("?", "...").
  case noWords
  /// The text is longer than `QuestionCritic.maximumLength` characters.
  case tooLong(characters: Int)
  /// The text has more than `QuestionCritic.maximumScalars` Unicode scalars (letters with many
  /// combining marks on them, say), however few characters it shows.
  case tooManyScalars(Int)

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
    case .tooLong(let characters):
      return "The question is \(characters.formattedWithSeparators) characters long; the most is "
        + "\(QuestionCritic.maximumLength.formattedWithSeparators). Ask one short question."
    case .tooManyScalars(let scalars):
      return "The question is made of \(scalars.formattedWithSeparators) Unicode code points "
        + "(letters and the marks on them); the most is "
        + "\(QuestionCritic.maximumScalars.formattedWithSeparators). Ask it in plain words."
    }
  }
}
