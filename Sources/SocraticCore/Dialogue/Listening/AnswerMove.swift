/// What an answer does in a conversation, read from what it says rather than from single words.
///
/// The raw values are the ones logged in an answer event's `moves` (DESIGN.md) and are a
/// contract: a value may be added, never renamed.
public enum AnswerMove: String, Codable, Sendable, CaseIterable, Hashable {
  /// Gives a reason for the belief ("because …", "that's why").
  case reason
  /// Gives an example or an experience of their own ("last year my team …", "I've seen …").
  case example
  /// Cites a source or someone else's view ("my uncle says", "the news", "Haidt's book").
  case source
  /// Concedes a point or wavers ("ok fair", "I guess", "maybe both? I don't know anymore").
  case concession
  /// Says what would change their mind ("if I saw … I'd rethink it").
  case wouldChangeMind = "would_change_mind"
  /// Names a feeling of their own ("honestly I'm exhausted").
  case feeling
  /// Asks a question back ("what do you think?").
  case asksBack = "asks_back"
  /// Repeats an earlier answer, or says so ("same as I said before").
  case `repeat`
  /// Says nothing to build on: noise ("asdf", "?"), a lone "yes", "I don't know", or a
  /// naming answer too short to build on ("the sleep"), which still answers its question
  /// (`AnswerTally`).
  case noContent = "no_content"
  /// Leaves the topic or makes a request ("pass the gravy", "can we talk about something else").
  case offTopic = "off_topic"
}
