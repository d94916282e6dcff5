/// What the critic makes of one question: its form, its kind, what is wrong with it and a
/// better wording.
///
/// It encodes as DESIGN.md's JSON contract for `socratic critique --json`: exactly the keys
/// `question`, `form`, `kind`, `problems` and `suggestion`, in that order, with `suggestion`
/// null when the question needs no rewrite.
public struct QuestionCritique: Codable, Sendable, Hashable {
  /// The text as the person wrote it, every character kept.
  public var question: String
  /// Open, closed or leading.
  public var form: QuestionForm
  /// Which of the seven kinds the question is, whatever its form.
  public var kind: QuestionKind
  /// What is wrong with it, each a short explanation a learner understands; empty for a good
  /// open question.
  public var problems: [String]
  /// An open rewrite that keeps the question's topic; nil when there are no problems, and, rarely,
  /// when no rewrite the critic would not fault could be made.
  public var suggestion: String?

  public init(
    question: String, form: QuestionForm, kind: QuestionKind, problems: [String],
    suggestion: String?
  ) {
    self.question = question
    self.form = form
    self.kind = kind
    self.problems = problems
    self.suggestion = suggestion
  }

  /// Whether the question is open and needs no change.
  public var isGood: Bool { form == .open && problems.isEmpty }

  private enum CodingKeys: String, CodingKey {
    case question, form, kind, problems, suggestion
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(question, forKey: .question)
    try container.encode(form, forKey: .form)
    try container.encode(kind, forKey: .kind)
    try container.encode(problems, forKey: .problems)
    // The contract has the key with null, not a missing key.
    try container.encode(suggestion, forKey: .suggestion)
  }

  /// The JSON object of `socratic critique --json`, with the keys in the contract's order, on
  /// one line.
  public var jsonObject: String {
    OrderedJSON.object([
      ("question", OrderedJSON.string(question)),
      ("form", OrderedJSON.string(form.rawValue)),
      ("kind", OrderedJSON.string(kind.rawValue)),
      ("problems", "[" + problems.map(OrderedJSON.string).joined(separator: ", ") + "]"),
      ("suggestion", suggestion.map(OrderedJSON.string) ?? "null"),
    ])
  }
}
