/// Why a text cannot be questioned as a belief.
public enum NotABelief: SocraticError, Equatable {
  /// The text is empty or only whitespace.
  case empty
  /// The text asks a question. `suggestion` is the question stated as a belief when it can be
  /// turned around ("Is crypto a scam?" → "Crypto is a scam."), nil otherwise.
  case question(suggestion: String?)
  /// No verb was found, so the text states nothing ("Crypto.", "Bitcoin to the moon").
  case noVerb
  /// The text is longer than `BeliefReader.maximumLength` characters.
  case tooLong(characters: Int)
  /// The text has more than `BeliefReader.maximumScalars` Unicode scalars (letters with many
  /// combining marks on them, say), however few characters it shows.
  case tooManyScalars(Int)

  public var category: FailureCategory { .badInput }

  /// The JSON object `socratic invert --stdin --json` writes for a line that is not a belief:
  /// `{"belief": …, "error": …}`, the belief as given and this error's message.
  public func jsonObject(belief: String) -> String {
    OrderedJSON.object([
      ("belief", OrderedJSON.string(belief)), ("error", OrderedJSON.string(description)),
    ])
  }

  public var description: String {
    switch self {
    case .empty:
      return "There is no belief to question: the text is empty. "
        + "Write a belief you hold as a sentence, such as \"Crypto is a scam.\""
    case .question(let suggestion?):
      return "That is a question, not a belief. State it as a belief you hold, "
        + "such as \"\(suggestion)\""
    case .question(nil):
      return "That is a question, not a belief. State what you believe as a sentence, "
        + "such as \"Crypto is a scam.\""
    case .noVerb:
      return "That has no verb, so it states nothing to question. "
        + "Write a belief as a whole sentence, such as \"Crypto is a scam.\""
    case .tooLong(let characters):
      return "The belief is \(characters.formattedWithSeparators) characters long; the most is "
        + "\(BeliefReader.maximumLength.formattedWithSeparators). State it in a sentence or two."
    case .tooManyScalars(let scalars):
      return "The belief is made of \(scalars.formattedWithSeparators) Unicode code points "
        + "(letters and the marks on them); the most is "
        + "\(BeliefReader.maximumScalars.formattedWithSeparators). State it in plain words."
    }
  }
}
