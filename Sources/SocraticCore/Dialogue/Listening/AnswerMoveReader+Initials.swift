/// Sources named by their initials: "ONS data shows …", "the IFS did a report", "according
/// to the IFS", "nhs figures". A body named in capitals (or one of the well-known ones typed
/// in lower case) is a source when what follows it is what it found or published, or when it
/// is what something is according to; it is given back in capitals, "the" kept as typed.
extension AnswerMoveReader {
  /// The bodies a sentence names by their initials as where something comes from.
  static func sourcesByInitials(in sentence: [Token]) -> [String] {
    let words = sentence.filter(\.isWord)
    return words.indices.compactMap { index in
      guard let initials = initials(of: words[index]) else { return nil }
      let after = words[(index + 1)...].prefix(findingReach).map(\.lowercased)
      let before = words[..<index].suffix(3).map(\.lowercased)
      let the = before.last == "the"
      let isCited =
        after.contains(where: findings.contains)
        || before.dropLast(the ? 1 : 0).suffix(2) == ["according", "to"]
      guard isCited else { return nil }
      return (the ? "the " : "") + initials
    }
  }

  /// The initials a word is, in capitals: typed in capitals ("ONS"), or a well-known body's
  /// typed in lower case ("bbc"); nil for a word, for chat typed in capitals ("LOL"), and for
  /// a word shouted ("NOBODY", "ALL the data"), unless it is a body's name that spells a word
  /// ("the WHO").
  static func initials(of token: Token) -> String? {
    let text = token.text
    if knownInitials.contains(token.lowercased) { return text.uppercased() }
    guard (2...6).contains(text.count), text.allSatisfy({ $0.isUppercase && $0.isLetter }),
      !chatInitials.contains(token.lowercased),
      initialsSpellingWords.contains(token.lowercased) || !isShouted(token.lowercased)
    else { return nil }
    return text
  }

  /// Whether a word typed in capitals is an English word shouted rather than a body's
  /// initials: a function word, or one the lexicon knows other than as a name ("fbi" is one).
  private static func isShouted(_ word: String) -> Bool {
    if FunctionWords.isFunctionWord(word) || shoutedQuantifiers.contains(word) { return true }
    let classes = Lexicon.classes(of: word)
    guard classes.isEmpty else { return !classes.contains(.properSense) }
    return Lexicon.isKnown(word)
  }

  /// Words of everyone and no one, the words most shouted for stress ("NOBODY", "EVERYONE"),
  /// whatever the lexicon holds of them.
  static let shoutedQuantifiers: Set<String> = [
    "all", "every", "everyone", "everybody", "everything", "nobody", "noone", "none", "nothing",
    "always", "never", "ever", "only", "literally",
  ]

  /// Bodies whose initials spell a word, named so only in capitals: "the WHO", "NICE".
  static let initialsSpellingWords: Set<String> = ["who", "nice"]

  /// How many words after the initials may say what the body found: "the IFS did a report".
  static let findingReach = 3

  /// Words after a body's initials that say what it found or published.
  static let findings: Set<String> = [
    "data", "figures", "numbers", "stats", "statistics", "report", "reports", "study",
    "studies", "survey", "research", "poll", "analysis", "says", "said", "found", "finds",
    "shows", "showed", "reckons", "reported", "published", "estimates", "estimated", "predicts",
    "forecast", "forecasts", "warned", "warns", "documentary", "article", "website", "site",
  ]

  /// Well-known bodies whose initials are no English word, recognised typed in lower case.
  static let knownInitials: Set<String> = [
    "bbc", "nhs", "ons", "ifs", "imf", "oecd", "cdc", "fda", "cnn", "itv", "obr", "cbo", "bls",
    "ipcc", "nasa", "fbi", "cia", "nber", "ofcom", "ofsted", "ucas", "hmrc", "msnbc",
  ]

  /// Chat typed in capitals, never a body's name.
  static let chatInitials: Set<String> = [
    "lol", "lmao", "omg", "idk", "tbh", "ngl", "imo", "imho", "btw", "fyi", "ok", "yes", "no",
    "wtf", "smh", "rofl", "afaik", "iirc", "tv", "uk", "us", "usa", "ai", "ffs", "brb", "gtg",
    "nvm", "fml", "thx",
  ]
}
