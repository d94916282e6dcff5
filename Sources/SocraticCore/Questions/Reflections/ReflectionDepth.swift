/// How deep a reflection goes.
///
/// The raw values are part of the JSON contract of `socratic critique --json`; never rename them.
public enum ReflectionDepth: String, CaseIterable, Codable, Sendable, Hashable {
  /// Their meaning, in their words or fewer: "You've been drinking more since the move."
  case simple
  /// Adds the feeling, meaning, value or other side underneath: "You're worried it's getting
  /// out of hand."
  case complex
}
