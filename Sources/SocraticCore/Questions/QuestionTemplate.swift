/// A value a question template can refer to as `{name}`.
///
/// Each stands for a whole clause or noun phrase, so a template reads well with any belief.
public enum Placeholder: String, CaseIterable, Sendable, Hashable {
  /// The belief as a clause, hedges removed and first person reflected: "crypto is a scam".
  case claim
  /// The claim's negation: "crypto is not a scam".
  case inverted
  /// The title of the topic the belief matched: "Crypto".
  case topic
  /// A key term of the belief worth clarifying: "scam".
  case term
}

/// A `{name}` found in a template's text.
public struct PlaceholderMention: Sendable, Equatable {
  /// The name between the braces, known or not.
  public var name: String
  /// Where the opening brace is, counted in characters from the start of the text.
  public var offset: Int

  public init(name: String, offset: Int) {
    self.name = name
    self.offset = offset
  }

  /// The placeholder it names, or nil when the name is unknown.
  public var placeholder: Placeholder? { Placeholder(rawValue: name) }
}

/// A question whose wording may contain placeholders, as written in a topic pack or in the
/// engine's own bank.
public struct QuestionTemplate: Sendable, Hashable {
  /// The kind of question it makes.
  public var kind: QuestionKind
  /// The wording, with `{claim}`, `{inverted}`, `{topic}` or `{term}` where values go.
  public var text: String
  /// The register it is worded in: by default, what its structure reads as
  /// (`QuestionRegister.of(_:)`).
  public var register: QuestionRegister

  public init(kind: QuestionKind, text: String, register: QuestionRegister? = nil) {
    self.kind = kind
    self.text = text
    self.register = register ?? QuestionRegister.of(text)
  }

  /// Every `{name}` in the text, in order, including unknown names.
  public var mentions: [PlaceholderMention] { Self.mentions(in: text) }

  /// Whether the text refers to any value, known or not.
  public var hasPlaceholders: Bool { !mentions.isEmpty }

  /// Finds every `{name}` (lowercase letters, digits, `_` or `-` between braces) in a text.
  public static func mentions(in text: String) -> [PlaceholderMention] {
    var found: [PlaceholderMention] = []
    var open: (offset: Int, name: String)?
    for (offset, character) in text.enumerated() {
      if character == "{" {
        open = (offset, "")
      } else if character == "}", let current = open {
        if !current.name.isEmpty {
          found.append(PlaceholderMention(name: current.name, offset: current.offset))
        }
        open = nil
      } else if open != nil {
        if character.isLetter || character.isNumber || character == "_" || character == "-" {
          open?.name.append(character)
        } else {
          open = nil
        }
      }
    }
    return found
  }

  /// Fills the placeholders with values.
  ///
  /// Returns nil when the template needs a value that is not given (a question about the
  /// claim while no belief is known is skipped, not asked with a hole in it). A value that
  /// starts the question gets a capital first letter.
  public func filled(with values: [Placeholder: String]) -> Question? {
    var result = ""
    var characters = Substring(text)
    var consumed = 0
    for mention in mentions {
      guard let placeholder = mention.placeholder, let value = values[placeholder] else {
        return nil
      }
      result += characters.prefix(mention.offset - consumed)
      characters = characters.dropFirst(mention.offset - consumed + mention.name.count + 2)
      consumed = mention.offset + mention.name.count + 2
      let startsQuestion = result.allSatisfy(\.isWhitespace)
      result += startsQuestion ? Self.capitalizingFirstLetter(value) : value
    }
    result += characters
    return Question(kind: kind, text: result)
  }

  private static func capitalizingFirstLetter(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
