/// A line that is nothing but a retort waving away what the other person said ("Whatever.",
/// "Fine, whatever.", "K.", "sure, and pigs might fly"), or that likens their view to one
/// nobody holds ("and your uncle said the moon landing was faked too"): it gives nothing of
/// theirs back, however short it is, and a short line that tells nothing new is otherwise read
/// as a reflection.
enum DismissiveRetort {
  /// Whether the line's words, punctuation aside, are one of `retorts`, or a scoff after the
  /// words that open a turn: one of `scoffs`, or a chance ruled out ("no chance", "pigs might
  /// fly", `PartnerCues.chanceJudgedOrGone`) as the whole line.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func isRetort(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true }
    if retorts.contains(said) { return true }
    // "no" opens a turn as often as it opens "no chance": try the scoff after each opener.
    let openers = said.prefix { CritiqueVocabulary.turnOpeners.contains($0) || $0 == "sure" }
    return (0...openers.count).contains { start in
      let scoff = Array(said[start...])
      return scoffs.contains(scoff)
        || (!scoff.isEmpty
          && PartnerCueMatcher.chanceJudgedOrGone.matchEnd(atStartOf: scoff.map { Token($0) })
            == scoff.count)
    }
  }

  /// Whether a line joined on with "and" says someone else held a view too, to put theirs beside
  /// it: "and my nan said the earth was flat too", "and people thought smoking was fine as
  /// well". A dig, not their words given back. What the listener said or thought themselves
  /// ("and you said it was working too") is theirs recalled, and "the same thing" or "that"
  /// after the verb backs them: a likened view is a clause of its own.
  /// - Parameter words: the line's words as typed, in lowercase: normalising speech drops the
  ///   "and".
  static func isLikening(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true }
    guard said.first == "and", said.count <= likeningLength,
      let holder = said.dropFirst().first, !ownHolders.contains(holder),
      said.last == "too" || said.suffix(2).elementsEqual(["as", "well"]),
      let verb = said.dropFirst(2).prefix(likenedSubjectLength).firstIndex(
        where: viewVerbs.contains)
    else { return false }
    let view = said[(verb + 1)...].drop { $0 == "that" }
    return ClauseParser.finiteVerbIndex(in: view.map { Token($0) }) != nil
  }

  /// The most words a likening has, "and" and "too" among them.
  private static let likeningLength = 16

  /// Holders of a view that is the speaker's or the listener's own, not someone else's: "and i
  /// said", "and you thought". "my nan" is someone else.
  private static let ownHolders: Set<String> = ["i", "we", "you"]

  /// How far after "and" the verb of the view likened to theirs stands: "and | my old nan |
  /// said".
  private static let likenedSubjectLength = 4

  /// Verbs that report a view someone held.
  private static let viewVerbs = ReflectionLead.reportingWords.union([
    "believed", "swore", "claimed",
  ])

  /// Stock lines of disbelief that scoff at what was said: "pigs might fly", "dream on".
  private static let scoffs: Set<[String]> = Set(
    [
      "pigs will fly", "in your dreams", "dream on", "as if",
    ].map { $0.split(separator: " ").map(String.init) })

  /// Whole lines that wave away what was said.
  private static let retorts: Set<[String]> = [
    ["whatever"], ["fine", "whatever"], ["ok", "whatever"], ["okay", "whatever"],
    ["yeah", "whatever"], ["k"], ["so", "what"], ["meh"], ["if", "you", "say", "so"],
    ["suit", "yourself"], ["get", "over", "it"], ["big", "deal"], ["yeah", "right"],
  ]
}
