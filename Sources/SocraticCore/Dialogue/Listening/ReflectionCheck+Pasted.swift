/// Words said to the listener that are no part of a clause of theirs, and never given back:
/// an exclamation or a fond word opening it ("wow ok …", "honestly love i dont know …"), an
/// apology for the talk ("sorry hun i thought we'd finished"), a tease by a mock title ("mr
/// sensible has spoken"). Given back they read as the tool exclaiming, apologising or
/// calling someone "love".
extension ReflectionCheck {
  /// The tokens without the exclamations and fond words that open them (`openingExclamations`,
  /// and a word calling the listener before the clause's subject).
  static func withoutPastedOpening(_ tokens: [Token]) -> [Token] {
    var at = 0
    while at < tokens.count {
      let word = tokens[at].lowercased
      let next = at + 1 < tokens.count ? tokens[at + 1].lowercased : ""
      let callsListener =
        PartnerCues.listenerNames.contains(word) || TypedForms.addressTerms.contains(word)
      guard
        tokens[at].kind == .punctuation || openingExclamations.contains(word)
          || callsListener && FunctionWords.subjectPronouns[next] != nil && next != "it"
      else { break }
      at += 1
    }
    guard at > 0, at < tokens.count else { return tokens }
    var kept = Array(tokens[at...])
    kept[0].hasSpaceBefore = false
    return kept
  }

  /// Whether the tokens open on a word that only exclaims, never "honestly" or "oh", which
  /// open views as well: "wow ok …".
  static func opensOnExclamation(_ tokens: [Token]) -> Bool {
    tokens.first(where: \.isWord).map { exclamations.contains($0.lowercased) } ?? false
  }

  /// Words that only exclaim.
  static let exclamations: Set<String> = [
    "wow", "woah", "whoa", "ooh", "oooh", "aw", "aww", "awww", "gosh", "blimey", "crikey",
    "jeez", "yikes", "oops",
  ]

  /// Words that open what they say without being part of its clause: the exclamations, and
  /// "oh", "ah" and "honestly" when they come first.
  static let openingExclamations = exclamations.union(["oh", "ah", "ahh", "honestly"])

  /// Whether the tokens open on an apology for the talk itself, "sorry" before its subject or
  /// a word calling the listener ("sorry i thought …", "soz mate …"): it needs no reflection.
  static func apologises(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard words.count > 1, apologyWords.contains(words[0]) else { return false }
    let next = words[1]
    return FunctionWords.subjectPronouns[next] != nil && next != "it"
      || PartnerCues.listenerNames.contains(next) || TypedForms.addressTerms.contains(next)
  }

  /// Words that open an apology.
  private static let apologyWords = TurnCues.apologies

  /// Whether the tokens tease the listener by a mock title: "mr sensible has spoken", "ok miss
  /// perfect". A title that opens what they say (after "ok" or an exclamation at most), before
  /// a describing word or a common noun in lowercase (no name), is a tease, never a view; one inside a noun
  /// phrase ("the lollipop lady nearly got hit") names someone.
  static func teasesWithTitle(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord)
    guard let at = words.firstIndex(where: { mockTitles.contains($0.lowercased) }),
      words[..<at].allSatisfy({ titleOpeners.contains($0.lowercased) }), at + 1 < words.count
    else { return false }
    let next = words[at + 1]
    let classes = Lexicon.classes(of: next.lowercased)
    return next.text == next.lowercased && (classes.contains(.adjective) || classes.contains(.noun))
  }

  /// What may come before a mock title that opens a tease: "ok", "well", an exclamation.
  private static let titleOpeners = openingExclamations.union([
    "ok", "okay", "alright", "right", "well", "yes", "yeah", "so",
  ])

  /// Titles put before a common word to tease: "mr sensible", "captain obvious".
  private static let mockTitles: Set<String> = [
    "mr", "mrs", "miss", "ms", "captain", "professor", "sir", "lord", "lady", "madam",
  ]
}
