/// Verbs a participle may follow as their complement: "they keep going", "she stopped
/// talking". Read by the explore questions' slots and the drill persona's reading of a thing.
public enum CatenativeVerbs {
  /// Verbs that take a participle after them: "they keep going", "she started working".
  public static let all: Set<String> = [
    "keep", "start", "stop", "begin", "finish", "quit", "go", "come", "like", "love", "hate",
    "enjoy", "mind", "avoid", "try", "risk", "spend", "miss", "end", "feel", "see", "hear",
  ]
}
