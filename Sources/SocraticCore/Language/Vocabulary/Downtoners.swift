/// Words that make what they go with smaller than its word alone: "a bit", "slightly".
enum Downtoners {
  /// The words, in lowercase.
  static let words: Set<String> = ["bit", "little", "slightly", "somewhat", "tad"]
}
