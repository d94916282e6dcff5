/// What a statement does instead of asking or giving back: the three the critic tells apart,
/// each with what a learner reads about it and what to say instead.
enum StatementKind: Sendable, Hashable {
  /// Tells the person what to do: "You should cut down.", "Try walking to work."
  case advice
  /// Tells the person a fact: "Most people who quit try several times."
  case information
  /// Tells the person what the speaker thinks: "I think that's a mistake."
  case opinion

  /// The problem in a short phrase a learner understands, starting in lowercase.
  var explanation: String {
    switch self {
    case .advice:
      "advice: it tells the person what to do, where a question would draw out their own ideas"
    case .information:
      "information: it tells the person something instead of asking or giving back what they said"
    case .opinion:
      "your opinion: it argues your view instead of drawing out theirs"
    }
  }

  /// What to say instead: an open question, which the critic passes.
  var suggestion: String {
    switch self {
    case .advice: "What ideas do you have about what might help?"
    case .information: "What do you already know about this?"
    case .opinion: "How do you see it?"
    }
  }
}
