/// A line that is nothing but a retort waving away what the other person said ("Whatever.",
/// "Fine, whatever.", "K.", "sure, and pigs might fly"), or that likens their view to one
/// nobody holds ("and your uncle said the moon landing was faked too"): it gives nothing of
/// theirs back, however short it is, and a short line that tells nothing new is otherwise read
/// as a reflection.
enum DismissiveRetort {
  /// Whether the line's words, punctuation aside, are one of `retorts`, or a scoff
  /// (`scoffs`) after the words that open a turn.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func isRetort(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true }
    if retorts.contains(said) { return true }
    let scoff = said.drop { CritiqueVocabulary.turnOpeners.contains($0) || $0 == "sure" }
    return scoffs.contains(Array(scoff))
  }

  /// Whether a line joined on with "and" says someone else held a view too, to put theirs beside
  /// it: "and my nan said the earth was flat too", "and people thought smoking was fine as
  /// well". A dig, not their words given back.
  /// - Parameter words: the line's words as typed, in lowercase: normalising speech drops the
  ///   "and".
  static func isLikening(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true }
    guard said.first == "and", said.count <= likeningLength,
      let holder = said.dropFirst().first,
      !FunctionWords.speakerWords.union(["we"]).contains(holder),
      said.last == "too" || said.suffix(2).elementsEqual(["as", "well"]),
      let verb = said.dropFirst(2).prefix(likenedSubjectLength).firstIndex(
        where: viewVerbs.contains)
    else { return false }
    // "and my mum said that too" backs them; a view of its own follows a likening's verb.
    return said.count - verb > likenedViewLength
  }

  /// The most words a likening has, "and" and "too" among them.
  private static let likeningLength = 16

  /// The fewest words after the likening's verb, its last word among them: "the earth was flat
  /// too".
  private static let likenedViewLength = 3

  /// How far after "and" the verb of the view likened to theirs stands: "and | my old nan |
  /// said".
  private static let likenedSubjectLength = 4

  /// Past verbs that report a view someone held.
  private static let viewVerbs: Set<String> = [
    "said", "thought", "believed", "reckoned", "swore", "claimed",
  ]

  /// Stock lines of disbelief that scoff at what was said: "pigs might fly", "dream on".
  private static let scoffs: Set<[String]> = Set(
    [
      "pigs might fly", "pigs will fly", "in your dreams", "dream on", "as if",
    ].map { $0.split(separator: " ").map(String.init) })

  /// Whole lines that wave away what was said.
  private static let retorts: Set<[String]> = [
    ["whatever"], ["fine", "whatever"], ["ok", "whatever"], ["okay", "whatever"],
    ["yeah", "whatever"], ["k"], ["so", "what"], ["meh"], ["if", "you", "say", "so"],
    ["suit", "yourself"], ["get", "over", "it"], ["big", "deal"], ["yeah", "right"],
  ]
}
