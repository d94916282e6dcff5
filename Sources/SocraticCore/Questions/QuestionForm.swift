/// How open a question is: whether it invites the person to think, or narrows or steers the
/// answer.
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
}
