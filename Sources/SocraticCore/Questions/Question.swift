/// A question ready to ask: its kind and its final wording.
public struct Question: Codable, Sendable, Hashable {
  /// Which of the seven kinds it is.
  public var kind: QuestionKind
  /// The wording, an open-ended question ending in "?".
  public var text: String

  public init(kind: QuestionKind, text: String) {
    self.kind = kind
    self.text = text
  }
}
