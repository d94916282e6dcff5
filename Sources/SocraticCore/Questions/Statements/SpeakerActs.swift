/// The speaker reporting an act of their own: what they noticed, asked, said or set out to
/// tell ("I noticed you were late twice", "that's why I asked", "I did want to mention …"). The
/// line tells the person something from the speaker's side, which no reflection does; verbs of
/// listening ("I hear", "I get the sense", "I imagine") give back and are not among them.
enum SpeakerActs {
  /// Whether the first words of a line have the speaker as the subject of a past act of their
  /// own: "I" and, past a helper or an adverb ("did", "just"), such a verb.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func reportsOwnAct(_ words: [String]) -> Bool {
    let read = words.prefix(wordsRead)
    for index in read.indices where read[index] == "i" {
      var verb = index + 1
      while verb < read.endIndex, helpers.contains(read[verb]) { verb += 1 }
      if verb < read.endIndex, acts.contains(read[verb]) { return true }
    }
    return false
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

  /// Past acts of the speaker's own: observing, asking, telling, looking up.
  private static let acts: Set<String> = [
    "noticed", "asked", "said", "mentioned", "wanted", "saw", "read", "found", "checked",
    "looked", "told", "explained", "wrote", "spoke",
  ]
}
