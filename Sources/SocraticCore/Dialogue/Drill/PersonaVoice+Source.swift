extension PersonaVoice {
  /// Where a line comes from.
  enum Source: Sendable, Equatable {
    /// The pack's reasons for the belief, or the engine's.
    case reason
    /// What the pack's belief says when questioned.
    case reply
    /// What would change its mind: for inversion.
    case changeOfMind
    /// What it means: for clarification.
    case meaning
    /// What others say: for viewpoints.
    case others
    /// What follows if it is right: for implications.
    case consequence
    /// Why it matters: for questions about the question.
    case stake
    /// What it takes for granted: for assumptions.
    case assumption
    /// A short answer that adds nothing: for closed questions.
    case shortAnswer
    /// A short, firm line: for leading questions.
    case defence
    /// That it never said what a leading question puts on it: for "so you think …?".
    case protest
    /// That it has no answer ready: for a question about something it has not thought about.
    case unready
    /// That it cannot say what a change would bring, and what it does know: for "What happens
    /// if …?" once the pack's replies are said.
    case guess
    /// That there may be an exception, but not one that moves it: for "Is there any …?".
    case exception
    /// How it came to the belief, before the line that stuck with it: for "How did you come to
    /// think this?".
    case origin
    /// That it has no story of its own to tell: for "Tell me about a time …".
    case noStory
    /// What others on its side say (its pack's other beliefs on its side): for a question
    /// about a thing its own lines do not speak of.
    case kindred
    /// That it knows little of a thing a question names.
    case knowsLittle
    /// That a word of its own ("all") goes further than it means: for "All of them, or some?".
    case grant
  }
}
