/// The kinds of question socratic asks: Munger's inversion plus Richard Paul's six kinds of
/// Socratic question.
///
/// The raw values are part of the JSON contracts and the pack format; never rename them.
public enum QuestionKind: String, CaseIterable, Codable, Sendable, Hashable {
  /// Supposes the opposite of the belief and asks why it might hold.
  case inversion
  /// Asks what a word or claim means.
  case clarification
  /// Brings out what the belief takes for granted.
  case assumptions
  /// Asks for the reasons and evidence behind the belief.
  case evidence
  /// Asks how others see it.
  case viewpoints
  /// Follows the belief to its consequences.
  case implications
  /// Questions the question: why it matters, what is really being asked.
  case meta

  /// A short, human name for the kind, for labels and summaries.
  public var label: String {
    switch self {
    case .inversion: "inversion"
    case .clarification: "clarification"
    case .assumptions: "assumptions"
    case .evidence: "reasons and evidence"
    case .viewpoints: "viewpoints"
    case .implications: "implications"
    case .meta: "about the question"
    }
  }

  /// The kind as a coach names it to a learner: what the question asks for, where its label is
  /// a term of art ("inversion" is "what would change their mind").
  public var coachingLabel: String {
    self == .inversion ? "what would change their mind" : label
  }
}
