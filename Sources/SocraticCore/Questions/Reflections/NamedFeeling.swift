/// A feeling named for the listener: a short line that names how their lot feels ("still too
/// upsetting to clear his room", "things are tight at the moment") and says nothing of the
/// speaker ("I", "my"). It gives back what their words carry, in words of its own, as a complex
/// reflection does; it argues nothing and claims nothing beyond the feeling.
enum NamedFeeling {
  /// Whether a line that asks nothing names a feeling for the listener: the feeling is what
  /// the line says of its subject ("it's still too upsetting", "things are tight"), with
  /// nothing after it but the time or the deed it weighs on. A feeling word that only
  /// describes a thing ("a sad bunch of crooks") or gives a cause of its own ("upset because
  /// …") names no feeling for them.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func isNamed(in words: [String]) -> Bool {
    guard words.count <= maximumLength, !words.contains(where: speakerWords.contains) else {
      return false
    }
    return words.indices.contains { isPredicateFeeling(at: $0, in: words) }
  }

  /// Whether the word at `index` is a feeling said of the subject: after a linking verb, with
  /// only degree words between, and the line ending or going on only to its time or deed.
  private static func isPredicateFeeling(at index: Int, in words: [String]) -> Bool {
    guard feelingWords.contains(ReflectionDepthRules.stem(words[index])) else { return false }
    var before = index - 1
    while before >= 0, DegreeWords.beforeFeeling.contains(words[before]) { before -= 1 }
    guard before >= 0, linkingVerbs.contains(words[before]) else { return false }
    let after = index + 1
    return after == words.count || !(words[after].first?.isLetter ?? false)
      || feelingTails.contains(words[after])
  }

  /// The most words such a line has: a longer one says more than the feeling.
  private static let maximumLength = 12

  /// The one-word feelings a reflection names, stemmed: "upsetting", "gutted", "skint". "Feel"
  /// itself names none: "you feel the rent should be split" opens a view.
  private static let feelingWords = ReflectionDepthRules.oneWordFeelings.filter {
    !$0.hasPrefix("feel")
  }

  /// Verbs that say what their subject is or feels: "it's", "things are", "it gets".
  private static let linkingVerbs: Set<String> = [
    "'s", "is", "are", "'re", "was", "were", "be", "been", "feel", "feels", "felt", "seem",
    "seems", "get", "gets", "getting", "got",
  ]

  /// Words after the feeling that tie it to its time or the deed it weighs on: "tight at the
  /// moment", "too upsetting to clear", "hard for you".
  private static let feelingTails: Set<String> = [
    "to", "at", "for", "right", "now", "again", "lately", "atm", "these", "this", "with",
    "without", "since", "when", "after", "on",
  ]

  /// The speaker's words of themselves: a line with one tells of them.
  private static let speakerWords: Set<String> = ["i", "me", "my", "mine", "myself", "we", "our"]
}
