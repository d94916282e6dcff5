/// A topic pack: a bank of questions, sample beliefs and loaded terms about one subject.
///
/// Read from YAML (see README, "Writing a topic pack"); the built-in packs live in prompts/.
public struct TopicPack: Sendable, Equatable {
  /// Lowercase letters, digits and '-', unique among the loaded packs: "crypto".
  public var id: String
  /// The name people read: "Crypto". It fills the `{topic}` placeholder.
  public var title: String
  /// The pack's own revision, a whole number the author raises when they change it.
  public var version: Int
  /// A sentence or two on what the pack covers; empty when the author gave none.
  public var description: String
  /// Words whose presence in a belief makes the pack match it. A pack with none is for any
  /// belief.
  public var keywords: [String]
  /// Sample beliefs: starting points for exploring, and positions the tool holds in a drill.
  public var beliefs: [PackBelief]
  /// The questions, each with its kind; their text may hold placeholders.
  public var questions: [QuestionTemplate]
  /// Loaded words with the clarifying questions to ask about them.
  public var terms: [PackTerm]

  public init(
    id: String, title: String, version: Int, description: String = "",
    keywords: [String] = [], beliefs: [PackBelief] = [], questions: [QuestionTemplate],
    terms: [PackTerm] = []
  ) {
    self.id = id
    self.title = title
    self.version = version
    self.description = description
    self.keywords = keywords
    self.beliefs = beliefs
    self.questions = questions
    self.terms = terms
  }

  /// Whether the pack applies to every belief rather than to those that mention its keywords.
  public var isForAnyBelief: Bool { keywords.isEmpty }
}

/// A belief a pack offers, with what a person holding it would say.
public struct PackBelief: Sendable, Equatable {
  /// The belief as a person would state it: "Crypto is mostly used for scams."
  public var text: String
  /// Whether it favours or opposes the pack's subject, so an author can keep a pack balanced.
  public var side: BeliefSide?
  /// Why someone holds it, in their words; a drill's persona draws on these.
  public var reasons: [String]
  /// What someone holding it says when questioned; a drill's persona draws on these.
  public var replies: [String]

  public init(
    text: String, side: BeliefSide? = nil, reasons: [String] = [], replies: [String] = []
  ) {
    self.text = text
    self.side = side
    self.reasons = reasons
    self.replies = replies
  }
}

/// Which way a belief leans on the subject of its pack.
public enum BeliefSide: String, CaseIterable, Sendable, Equatable {
  /// It favours the subject: crypto, regulating AI, trust in the institution it names.
  case `for`
  /// It opposes or doubts the subject.
  case against
}

/// A loaded word, and the clarifying questions that open it up.
public struct PackTerm: Sendable, Equatable {
  /// The word, in lowercase: "scam".
  public var term: String
  /// Clarifying questions about it; their text may hold placeholders.
  public var questions: [QuestionTemplate]

  public init(term: String, questions: [QuestionTemplate]) {
    self.term = term
    self.questions = questions
  }
}
