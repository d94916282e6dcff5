/// How the next move takes up what an answer asks: a word said first, and the questions
/// that follow it.
extension TurnRequest {
  /// What is said before the question that takes it up, if anything.
  var notice: String? {
    switch self {
    case .correction: ReflectionWriter.repair
    case .complaint: "Fair point. Let me ask something different."
    case .advice: "That's yours to decide, and I can help you think it through."
    case .askAbout: "Sure."
    case .passedOver: "You're right, I went past that."
    case .declined: "Of course \u{2014} we can leave that."
    case .repeatedQuestion: "I did. Sorry \u{2014} let me ask about something else."
    case .answeredAlready:
      "Sorry \u{2014} you'd answered that already. Let me ask about something else."
    case .insight: "That sounds like a new way of seeing it."
    default: nil
    }
  }

  /// Whether it replaces the reflection of the answer: one of a request or a correction gives
  /// back their words as if they were about the belief ("So what do you do about him.").
  var replacesReflection: Bool {
    switch self {
    case .correction, .contrast, .complaint, .askAbout, .advice, .selfQuestion, .passedOver,
      .repeatedQuestion, .answeredAlready, .insight, .declined:
      true
    default: false
    }
  }

  /// The questions that take it up, in the order they are offered.
  var wordings: [String] {
    switch self {
    case .stop, .protest, .complaint, .repeatedQuestion, .answeredAlready, .declined: []
    case .insight:
      ["What does seeing it that way open up for you?", "What looks different to you now?"]
    case .contrast(let said, let meant):
      Self.isFeeling(meant)
        ? ["So you feel more \(meant) than \(said). What leaves you feeling \(meant)?"]
        : ["So it's \(meant), not \(said). What makes \(meant) the bigger part for you?"]
    case .correction(let restated):
      // "What makes that the heart of it for you?" after a restatement named nothing.
      (restated
        ? [] : ["How would you put it in your own words?", "What is the point, as you see it?"])
        + ["What would you most want me to understand about how you see it?"]
    case .askAbout(let topic):
      ["What would you like to say about \(topic ?? "it")?", "What's on your mind about it?"]
    case .advice(let topic):
      ["What do you think you could do about \(topic ?? "it")?", "What options do you see?"]
    case .selfQuestion:
      ["What makes you ask that about yourself?", "How do the two fit together, for you?"]
    case .guilt:
      ["What stays with you most about it?", "What would you want to have done differently?"]
    case .confession:
      Self.ownPointQuestions
    case .passedOver(_, let name):
      (name.map { ["How does \($0)'s side of it sit with your view?"] } ?? [])
        + ["What did I pass over that matters most to you?"]
    }
  }

  /// How something they grant or confess sits with their view, asked without naming it for
  /// them: after a confession, and after a point granted in a word or two ("ok fair"). "For
  /// yourself" with nothing named left them asking what "that" was.
  static let ownPointQuestions = [
    "How does that sit with you, next to your view?", "What does that change for you, if anything?",
  ]

  /// Whether words name a feeling, as the answer reader reads one ("i feel uneasy").
  static func isFeeling(_ words: String) -> Bool {
    !AnswerMoveReader.read("i feel \(words)").feelings.isEmpty
  }

  /// The first question that takes it up and was not asked yet.
  func question(isAsked: (String) -> Bool) -> PlannedQuestion? {
    let kind: QuestionKind
    if case .correction = self { kind = .clarification } else { kind = .meta }
    return wordings.first { !isAsked($0) }.map {
      PlannedQuestion(Question(kind: kind, text: $0), source: .followUp)
    }
  }
}
