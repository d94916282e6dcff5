/// The speaker reporting an act of their own: what they noticed, asked, said or set out to
/// tell ("I noticed you were late twice", "that's why I asked", "I did want to mention …"). The
/// line tells the person something from the speaker's side, which no reflection does; verbs of
/// listening ("I hear", "I get the sense", "I imagine") give back and are not among them.
enum SpeakerActs {
  /// What the first words of a line state when the speaker is the subject of a past act of
  /// their own: "I" and, past a helper or an adverb ("did", "just"), such a verb.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  /// - Returns: the kind of statement the act makes — asking steers the conversation, the rest
  ///   inform — or nil when the speaker reports no act of their own.
  static func reportedAct(in words: [String]) -> StatementKind? {
    let read = words.prefix(wordsRead)
    for index in read.indices where read[index] == "i" {
      var verb = index + 1
      while verb < read.endIndex, helpers.contains(read[verb]) { verb += 1 }
      if verb < read.endIndex, let kind = acts[read[verb]] { return kind }
    }
    return nil
  }

  /// How much a reported act of the speaker's weighs for information: more than a frame of
  /// giving back ("it sounds like") in the same line.
  static let weight = 4

  /// How many words are read: a long turn's other cues decide it anyway.
  private static let wordsRead = 40

  /// Words between "I" and the verb: "I did want", "I just noticed", "I've read".
  private static let helpers: Set<String> = [
    "did", "just", "also", "actually", "really", "'ve", "have", "had", "recently",
  ]

  /// Past acts of the speaker's own, and the kind of statement reporting them makes:
  /// observing, telling and looking up inform; asking steers the conversation.
  private static let acts: [String: StatementKind] = [
    "noticed": .information, "said": .information, "mentioned": .information,
    "wanted": .information, "saw": .information, "read": .information, "found": .information,
    "checked": .information, "looked": .information, "told": .information,
    "explained": .information, "wrote": .information, "spoke": .information,
    "asked": .structuring,
  ]
}
