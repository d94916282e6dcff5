/// A reflection that gives back what others tell the persona ("so people keep telling you your
/// vote matters", "you've been told it's safe") reports a view put to it, not its own: saying
/// the opposite of its belief, it turns nothing round.
extension ReflectionFit {
  /// Whether a reflection reports what others say or tell the persona.
  /// - Parameter words: the reflection's words in lowercase, as the tokenizer splits them.
  static func reportsOthers(_ words: [String]) -> Bool {
    words.indices.contains { index in
      let next = words.dropFirst(index + 1).prefix(reportReach)
      // "… telling you", "told you": others speak to the persona.
      if tellingVerbs.contains(words[index]) { return next.first == "you" }
      // "you've been told", "you keep hearing": the persona is spoken to.
      // "so you've told everyone …" is the persona telling, not told: a word of telling
      // after "you" needs "been" before it.
      if words[index] == "you" {
        let gap = next.prefix { !toldOrHeard.contains($0) }
        guard let verb = next.first(where: toldOrHeard.contains),
          gap.allSatisfy(reportGaps.contains)
        else { return false }
        return heardVerbs.contains(verb) || gap.contains("been")
      }
      // "people say", "everyone keeps saying": others' view.
      return speakers.contains(words[index])
        && next.contains(where: sayingVerbs.contains)
        && next.prefix { !sayingVerbs.contains($0) }.allSatisfy(reportGaps.contains)
    }
  }

  /// How many words after a speaker or "you" the verb of saying may stand: "keep on telling".
  private static let reportReach = 3

  /// Verbs of telling whose object follows: "telling you", "told you".
  private static let tellingVerbs: Set<String> = [
    "tell", "tells", "telling", "told", "warn", "warns", "warning", "warned", "remind",
    "reminds", "reminding", "reminded",
  ]

  /// What the persona is told or hears: "you've been told", "you keep hearing".
  private static let toldOrHeard: Set<String> = [
    "told", "hear", "hearing", "heard", "warned", "reminded",
  ]

  /// What the persona hears, whoever says it: "you keep hearing".
  private static let heardVerbs: Set<String> = ["hear", "hearing", "heard"]

  /// Verbs of saying after others: "people say", "everyone keeps saying".
  private static let sayingVerbs: Set<String> = [
    "say", "says", "saying", "said", "claim", "claims",
  ]

  /// Who speaks when a reflection reports others.
  private static let speakers: Set<String> = [
    "people", "everyone", "everybody", "others", "they", "folks", "friends", "family", "media",
    "politicians", "experts",
  ]

  /// Words between a speaker and its verb of saying: "'ve been", "keep", "always".
  private static let reportGaps: Set<String> = [
    "'ve", "have", "been", "keep", "keeps", "kept", "always", "still", "all", "get", "are", "'re",
    "on",
  ]
}
