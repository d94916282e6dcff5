/// What a person said in other words, for a reflection that says it plainly: "you don't want
/// to see them" after "I can't face seeing them" keeps to what they said, whose "can't face"
/// already told that they do not want to; a reflection so worded adds nothing under it.
enum SaidOtherwise {
  /// The words their line said in other words: "want" for "can't face".
  /// - Parameter heard: their words in lowercase, as the tokenizer splits them.
  static func words(in heard: [String]) -> [String] {
    table.compactMap { phrase, meaning in
      heard.indices.contains { heard[$0...].starts(with: phrase) } ? meaning : nil
    }
  }

  /// Phrases of not wanting, and the word a reflection says them in.
  private static let table: [(phrase: [String], meaning: String)] = [
    (["can't", "face"], "want"), (["cannot", "face"], "want"), (["can't", "bear"], "want"),
    (["can't", "stand"], "want"), (["dread"], "want"), (["dreading"], "want"),
    (["don't", "fancy"], "want"), (["not", "up", "for"], "want"),
  ]
}
