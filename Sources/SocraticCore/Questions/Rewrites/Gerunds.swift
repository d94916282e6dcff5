extension QuestionRewriter {
  /// The -ing form of a verb, checked against the lexicon: "vote" → "voting", "stop" →
  /// "stopping", "forget" → "forgetting", "visit" → "visiting", "lie" → "lying", "see" →
  /// "seeing"; nil when no spelling reads as it.
  ///
  /// A final consonant after one vowel is doubled when that syllable is stressed: always in a
  /// word of one syllable ("put", "quit"), and in a longer one only when it is in
  /// `finalStressVerbs` ("forget", "admit", "prefer"), not otherwise ("visit", "open", "offer").
  static func gerund(of base: String) -> String? {
    if base == "be" { return "being" }
    var candidates: [String] = []
    if base.hasSuffix("ie") {
      candidates.append(String(base.dropLast(2)) + "ying")
    } else if base.hasSuffix("e"), !["ee", "ye", "oe"].contains(where: base.hasSuffix) {
      candidates.append(String(base.dropLast()) + "ing")
    } else if let last = base.last, endsInStressedClosedSyllable(base) {
      // The rule, not the lexicon, which can miss these or accept the single consonant.
      return base + String(last) + "ing"
    }
    candidates.append(base + "ing")
    return candidates.first { candidate in
      Lexicon.verbReadings(of: candidate).contains {
        $0.form == .presentParticiple && $0.base == base
      }
    }
  }

  /// Whether a verb ends in one vowel and one consonant (not w, x or y) in a stressed
  /// syllable: a word with no other vowel ("stop", "plan", "quit"), or one whose last
  /// syllable carries the stress (`finalStressVerbs`).
  private static func endsInStressedClosedSyllable(_ word: String) -> Bool {
    let letters = Array(word)
    guard letters.count >= 3, let last = letters.last, !"aeiouwxy".contains(last),
      "aeiou".contains(letters[letters.count - 2]),
      !"aeio".contains(letters[letters.count - 3])
    else { return false }
    // The "u" of "qu" is no vowel of its own: "quit" → "quitting".
    let vowels = letters.indices.filter {
      "aeiou".contains(letters[$0]) && !(letters[$0] == "u" && $0 > 0 && letters[$0 - 1] == "q")
    }
    if vowels.count == 1 { return true }
    return finalStressVerbs.contains(word)
  }

  /// Verbs of two or more syllables whose last syllable takes the stress and doubles its
  /// consonant before "-ing". A verb stressed earlier is not here: "visit", "open", "offer",
  /// "target", "profit", "enter".
  private static let finalStressVerbs: Set<String> = [
    "forget", "beget", "begin", "admit", "commit", "omit", "permit", "submit", "emit", "remit",
    "transmit", "acquit", "prefer", "refer", "confer", "defer", "infer", "transfer", "occur",
    "recur", "incur", "concur", "deter", "regret", "control", "patrol", "compel", "expel",
    "propel", "repel", "dispel", "rebel", "excel", "forbid", "upset", "reset", "offset",
    "equip", "allot", "abet", "outwit", "unzip", "embed", "outrun", "overrun", "rerun",
  ]
}
