/// The three kinds of session, each logged and exported the same way.
///
/// The raw values are written into logs and exports; never rename them.
public enum SessionMode: String, CaseIterable, Codable, Sendable, Hashable {
  /// `socratic explore`: the person questions a belief of their own.
  case explore
  /// `socratic partner`: the person gets questions to ask someone in a live conversation.
  case partner
  /// `socratic drill`: the person asks the questions and is coached on each.
  case drill
}
