/// The register a question is worded in: who it sounds right from.
///
/// The engine's and the packs' templates say theirs, so a dialogue asks for the register it
/// speaks in: partner mode, said across a kitchen table, asks only for `conversational` ones.
public enum QuestionRegister: String, CaseIterable, Sendable, Hashable {
  /// Plain words anyone would say to a friend or a parent: "What makes you say that?"
  case conversational
  /// A seminar's or a cross-examiner's words, fine in explore's own voice but never said to a
  /// dad: "Which assumption behind the view that … are you least sure of?"
  case crossExamining
  /// A counsellor's words about their feelings: "What is behind that feeling for you?" Not
  /// said to someone who objected to being spoken to like that.
  case therapeutic

  /// The register a wording reads in by its structure: one that holds their thinking up as an
  /// object to be examined cross-examines: their claim framed ("the view that {claim}", "when
  /// you say that {claim}", "in believing that {claim}"), or their belief named by the words of
  /// an examiner ("your belief", "what evidence", "the sources", "your assumptions"). Anything
  /// else is conversational.
  public static func of(_ wording: String) -> QuestionRegister {
    let namesTheirThinking = examinersWords.contains { wording.includes($0) }
    // Every frame ends in "that" before its value: most wordings are passed over at once.
    guard namesTheirThinking || wording.contains("that {") else { return .conversational }
    if namesTheirThinking { return .crossExamining }
    let lowered = wording.lowercased()
    let framesTheClaim = claimFrames.contains { frame in
      lowered.contains(frame + " {claim}") || lowered.contains(frame + " {inverted}")
    }
    return framesTheClaim ? .crossExamining : .conversational
  }

  /// An examiner's names for someone's thinking, as a question says them after its first word.
  private static let examinersWords = [
    "your belief", "this belief", "What evidence", "what evidence", "the sources",
    "your assumptions",
    "your premise", "the premise", "the evidence",
  ]

  /// What holds a claim up as an object to be examined, said just before it.
  private static let claimFrames = [
    "the view that", "the belief that", "the idea that", "the conclusion that",
    "when you say that", "in believing that", "the claim that", "might it be that",
  ]
}
