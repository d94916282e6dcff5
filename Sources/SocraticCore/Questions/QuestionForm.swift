/// What a line a person says does: asks openly, narrows or steers, gives back what the other
/// person said, or tells them something.
///
/// The raw values are part of the JSON contract of `socratic critique --json`; never rename them.
public enum QuestionForm: String, CaseIterable, Codable, Sendable, Hashable {
  /// Invites an answer in the person's own words: "What makes you think so?"
  case open
  /// Can be answered by yes or no, or by a single fact: "Is crypto a scam?", "When did Bitcoin
  /// launch?"
  case closed
  /// Steers the person towards an answer, or puts them on the defensive: "Don't you think …?",
  /// "…, right?", "Surely …?", insults, rhetorical questions, statements with a question mark.
  case leading
  /// Gives back what the other person said or meant: "It sounds like fairness matters to you."
  case reflection
  /// Neither asks nor gives back: advice, information or an opinion.
  case statement

  /// Whether a line of this form is a question.
  public var isQuestion: Bool {
    switch self {
    case .open, .closed, .leading: true
    case .reflection, .statement: false
    }
  }
}
