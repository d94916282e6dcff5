/// The payloads of the events only partner and drill sessions write: what the other person
/// said, the suggestions offered, the questions asked with their critique, and the persona.
extension SessionEvent {
  /// `they_said`: partner mode: what the other person said, exactly as typed, with the
  /// engine's reading of it when it found a claim. Keys `text`, `claim`, `inverted`, `reason`,
  /// and `moves`: what it does, as `AnswerMove` raw values (absent in older logs).
  public struct TheySaid: Codable, Sendable, Equatable {
    public var text: String
    public var claim: String?
    public var inverted: String?
    public var reason: String?
    public var moves: [String]?

    public init(
      text: String, claim: String? = nil, inverted: String? = nil, reason: String? = nil,
      moves: [String]? = nil
    ) {
      self.text = text
      self.claim = claim
      self.inverted = inverted
      self.reason = reason
      self.moves = moves
    }
  }

  /// `suggestions`: partner mode: what was offered to say next. Key `questions`: a list of
  /// items, each `{"form": "reflection", "text"}` or `{"form": "question", "kind", "text"}`;
  /// an item without `form` (logs from before reflections) is a question.
  public struct Suggestions: Codable, Sendable, Equatable {
    public var items: [PartnerSuggestion]

    public init(items: [PartnerSuggestion]) {
      self.items = items
    }

    private enum CodingKeys: String, CodingKey {
      case items = "questions"
    }
  }

  /// `asked`: a question the person asked (partner: of the other person; drill: of the
  /// persona), with the critic's verdict. Keys `number` (1, 2, … across the session; a persona
  /// reply refers to it), `text` (exactly as typed), `critique`.
  public struct Asked: Codable, Sendable, Equatable {
    public var number: Int
    public var text: String
    public var critique: Critique

    public init(number: Int, text: String, critique: Critique) {
      self.number = number
      self.text = text
      self.critique = critique
    }
  }

  /// The critic's verdict on what was said, as strings. Keys `form` (`open`, `closed`,
  /// `leading`, `reflection` or `statement`), `kind` (absent for a reflection or a statement),
  /// `depth` (`simple` or `complex`, for a reflection only), `problems` (a list, empty for a
  /// good question or reflection), `suggestion` (a better wording, absent when none is needed).
  public struct Critique: Codable, Sendable, Equatable {
    public var form: String
    public var kind: QuestionKind?
    public var depth: ReflectionDepth?
    public var problems: [String]
    public var suggestion: String?

    public init(
      form: String, kind: QuestionKind?, depth: ReflectionDepth? = nil, problems: [String],
      suggestion: String?
    ) {
      self.form = form
      self.kind = kind
      self.depth = depth
      self.problems = problems
      self.suggestion = suggestion
    }
  }

  /// `stage`: partner mode: the conversation reached a stage. Key `stage`: its name, such as
  /// `claim`, `confidence`, `reasons`, `falsifiability`, `close`.
  public struct Stage: Codable, Sendable, Equatable {
    public var stage: String

    public init(stage: String) {
      self.stage = stage
    }
  }

  /// `persona`: drill mode: the belief the tool holds. Keys `belief`, `confidence` (0–100),
  /// `reasons` (a list), and `claim`, `inverted`, `pack` when known.
  public struct Persona: Codable, Sendable, Equatable {
    public var belief: String
    public var claim: String?
    public var inverted: String?
    public var confidence: Int
    public var reasons: [String]
    public var pack: String?

    public init(
      belief: String, claim: String? = nil, inverted: String? = nil, confidence: Int,
      reasons: [String], pack: String? = nil
    ) {
      self.belief = belief
      self.claim = claim
      self.inverted = inverted
      self.confidence = confidence
      self.reasons = reasons
      self.pack = pack
    }
  }

  /// `persona_reply`: drill mode: the persona's answer. Keys `question` (the `asked` number it
  /// answers; absent for its reply to a line that is no move of the drill, an aside or a
  /// greeting), `text`.
  public struct PersonaReply: Codable, Sendable, Equatable {
    public var question: Int?
    public var text: String
    /// Whether in it the persona admits a gap, and wavers ("Hm. I haven't really thought about
    /// that."); absent when it does not, and in logs written before it was kept.
    public var admitsGap: Bool?

    public init(question: Int?, text: String, admitsGap: Bool? = nil) {
      self.question = question
      self.text = text
      self.admitsGap = admitsGap
    }

    private enum CodingKeys: String, CodingKey {
      case question, text
      case admitsGap = "admits_gap"
    }
  }

  /// `persona_confidence`: drill mode: the persona's confidence is now `value` (0–100).
  public struct PersonaConfidence: Codable, Sendable, Equatable {
    public var value: Int

    public init(value: Int) {
      self.value = value
    }
  }
}
