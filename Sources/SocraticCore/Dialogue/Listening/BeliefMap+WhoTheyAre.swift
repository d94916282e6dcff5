/// What a person told of who they are, which is no reason for the belief: shown as where
/// they come from.
extension BeliefMap {
  /// Whether words tell who the speaker is, not why they believe it: "I" and a verb in the
  /// present with "a" or "an" after it ("I'm a nurse", "I run a cafe", "I have a son"), or
  /// where they live or work ("i live in armley", "i work at the chemist").
  static func tellsWhoTheyAre(_ text: String) -> Bool {
    let told = TypedForms.written(Tokenizer.tokenize(TypedForms.cleaned(text)))
    let words = told.filter(\.isWord).map(\.lowercased)
    guard words.count >= 3, words[0] == "i" else { return false }
    // "i live in armley", "i work at the pharmacy": where they live or work is who they are,
    // when nothing is said after it ("… and the regulars are lovely" is a reason of its own).
    if placeVerbs.contains(words[1]), placePrepositions.contains(words[2]) {
      return ClauseParser.finiteVerbIndex(in: Array(told.drop { $0.lowercased != words[2] }))
        == nil
    }
    guard ["a", "an"].contains(words[2]) else { return false }
    let readings = Lexicon.verbReadings(of: words[1])
    return ["'m", "am"].contains(words[1])
      || readings.contains { $0.form == .base } && !readings.contains { $0.form == .past }
  }

  /// Verbs by which a person tells where they live or work: "i live in …", "i work at …".
  private static let placeVerbs: Set<String> = ["live", "work", "grew"]

  /// Prepositions of place after those verbs ("grew up" takes "up").
  private static let placePrepositions: Set<String> = ["in", "at", "for", "near", "up", "on"]

  /// What they told of themselves: the background the map kept, and what they said of who
  /// they are, given as a reason or where they backed one ("I'm a teacher so I see it in
  /// class", "i live in leeds").
  public var aboutThem: [String] {
    var result = background.map(TypedForms.trimmed)
    let told = reasons.flatMap { [$0.text] + $0.examples + $0.evidence } + examples
    for text in told.map(TypedForms.trimmed) where Self.tellsWhoTheyAre(text) {
      if !result.contains(text) { result.append(text) }
    }
    return result
  }
}
