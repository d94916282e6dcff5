/// What the critic makes of one line a person would say: its form, its kind, a reflection's
/// depth, what is wrong with it and a better wording.
///
/// It encodes as DESIGN.md's JSON contract for `socratic critique --json`: the keys
/// `question`, `form`, `kind` (null for a reflection or a statement), `depth` (for a reflection
/// only), `problems` and `suggestion`, in that order, with `suggestion` null when the line needs
/// no rewrite.
public struct QuestionCritique: Codable, Sendable, Hashable {
  /// The text as the person wrote it, every character kept.
  public var question: String
  /// Open, closed, leading, reflection or statement.
  public var form: QuestionForm
  /// Which of the seven kinds a question is, whatever its form; nil for a reflection or a
  /// statement.
  public var kind: QuestionKind?
  /// How deep a reflection goes; nil for anything else.
  public var depth: ReflectionDepth?
  /// What is wrong with it, each a short explanation a learner understands; empty for a good
  /// open question.
  public var problems: [String]
  /// An open rewrite that keeps the question's topic; nil when there are no problems, and, rarely,
  /// when no rewrite the critic would not fault could be made.
  public var suggestion: String?

  public init(
    question: String, form: QuestionForm, kind: QuestionKind?, depth: ReflectionDepth? = nil,
    problems: [String], suggestion: String?
  ) {
    self.question = question
    self.form = form
    self.kind = kind
    self.depth = depth
    self.problems = problems
    self.suggestion = suggestion
  }

  /// Whether the line is an open question or a reflection, and needs no change.
  public var isGood: Bool { (form == .open || form == .reflection) && problems.isEmpty }

  /// Whether the line is a closed question that is fine as it is ("Did you book the minibus?",
  /// "Have you ever been a juror?"): its only problems are notes, and no open wording is owed.
  public var isFineAsItIs: Bool {
    form == .closed && !problems.isEmpty && problems.allSatisfy(QuestionProblem.notes.contains)
  }

  private enum CodingKeys: String, CodingKey {
    case question, form, kind, depth, problems, suggestion
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(question, forKey: .question)
    try container.encode(form, forKey: .form)
    // The contract has "kind" with null, and "depth" only for a reflection.
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(depth, forKey: .depth)
    try container.encode(problems, forKey: .problems)
    // The contract has the key with null, not a missing key.
    try container.encode(suggestion, forKey: .suggestion)
  }

  /// The JSON object of `socratic critique --json`, with the keys in the contract's order, on
  /// one line.
  public var jsonObject: String {
    var pairs = [
      ("question", OrderedJSON.string(question)),
      ("form", OrderedJSON.string(form.rawValue)),
      ("kind", kind.map { OrderedJSON.string($0.rawValue) } ?? "null"),
    ]
    if let depth { pairs.append(("depth", OrderedJSON.string(depth.rawValue))) }
    pairs += [
      ("problems", "[" + problems.map(OrderedJSON.string).joined(separator: ", ") + "]"),
      ("suggestion", suggestion.map(OrderedJSON.string) ?? "null"),
    ]
    return OrderedJSON.object(pairs)
  }
}
