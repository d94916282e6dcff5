/// One thing partner mode suggests saying next: a reflection that gives back what the other
/// person said or meant, an open question to ask them, or, when they asked the listener
/// something, how to answer it.
///
/// Logged as `{"form": "reflection", "text": …}`, `{"form": "answer", "text": …}` or
/// `{"form": "question", "kind": …, "text": …}`.
/// An item without `form`, as logs written before reflections have it, is a question.
public enum PartnerSuggestion: Sendable, Hashable, Codable {
  /// Words to say back to them: "It sounds like the job matters more to you than the money."
  case reflection(String)
  /// A question to ask them.
  case question(Question)
  /// How to answer a question they put to the listener ("what would change YOUR mind?"):
  /// briefly and honestly, then the talk handed back (`ListenerQuestion`).
  case answer(String)

  /// The words to say.
  public var text: String {
    switch self {
    case .reflection(let text), .answer(let text): text
    case .question(let question): question.text
    }
  }

  /// The question's kind; nil for a reflection.
  public var kind: QuestionKind? {
    switch self {
    case .reflection, .answer: nil
    case .question(let question): question.kind
    }
  }

  private enum CodingKeys: String, CodingKey {
    case form, kind, text
  }

  /// The `form` of an item in the log.
  private enum Form: String, Codable {
    case reflection, question, answer
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let text = try container.decode(String.self, forKey: .text)
    switch try container.decodeIfPresent(Form.self, forKey: .form) ?? .question {
    case .reflection:
      self = .reflection(text)
    case .answer:
      self = .answer(text)
    case .question:
      self = .question(
        Question(kind: try container.decode(QuestionKind.self, forKey: .kind), text: text))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .reflection(let text):
      try container.encode(Form.reflection, forKey: .form)
      try container.encode(text, forKey: .text)
    case .answer(let text):
      try container.encode(Form.answer, forKey: .form)
      try container.encode(text, forKey: .text)
    case .question(let question):
      try container.encode(Form.question, forKey: .form)
      try container.encode(question.kind, forKey: .kind)
      try container.encode(question.text, forKey: .text)
    }
  }
}

extension PartnerSuggestion {
  /// What it is, as a label before it reads: "reflect", or the question's kind
  /// ("reasons and evidence").
  public var label: String {
    switch self {
    case .reflection: "reflect"
    case .answer: "answer"
    case .question(let question): question.kind.label
    }
  }

  /// What it is at a stage of the talk: at the close, a line to say closes the talk
  /// ("close"), unless it gives back what they just said ("So …", "It sounds like …").
  public func label(at stage: ConversationStage?) -> String {
    if case .reflection(let text) = self, stage == .close,
      !Self.givingBackOpenings.contains(where: text.hasPrefix)
    {
      return "close"
    }
    return label
  }

  /// How a line that gives back their words opens.
  static let givingBackOpenings = ["So ", "It sounds like "]
}
