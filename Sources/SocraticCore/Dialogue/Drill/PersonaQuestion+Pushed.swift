/// What a leading question pushes the persona to call something.
extension PersonaQuestion {
  /// What a leading question pushes the persona to call something, as one word: "risky" in
  /// "don't you think it's kind of risky putting money in it?", "wasteful" in "isn't it a bit
  /// wasteful?"; nil for any other form, or when it calls nothing anything in one adjective.
  var pushedQuality: String? {
    guard form == .leading else { return nil }
    // Words as read (`Shorthand`: "isnt" as "isn't", "thats" as "that" "'s"), a negated
    // copula parted from its "n't" ("is" "nt") and clitics without their apostrophe ("s").
    let words = Shorthand.expanded(self.words).flatMap { token -> [String] in
      let word = token.lowercased.replacingOccurrences(of: "\u{2019}", with: "'")
      if word.hasSuffix("n't"), Self.copulas.contains(String(word.dropLast(3))) {
        return [String(word.dropLast(3)), "nt"]
      }
      return [Self.withoutApostrophes(word)]
    }
    guard let copula = words.firstIndex(where: Self.copulas.contains) else { return nil }
    // "what's different" asks what is: a question word before the copula pushes nothing; nor
    // does what the asker says of their own side ("we're all still working"), which puts
    // nothing on the persona's claim.
    if copula > 0,
      Self.questionWords.contains(words[copula - 1]) || Self.askersSide.contains(words[copula - 1])
    {
      return nil
    }
    var rest = words[(copula + 1)...]
    // "isn't it wasteful" asks rhetorically: the quality is still pushed; "it's not safe"
    // pushes the opposite, which one word said back would turn round.
    if rest.first == "nt", let next = rest.dropFirst().first, Self.subjects.contains(next) {
      rest = rest.dropFirst(2)
    }
    guard let word = rest.drop(while: Self.qualityHedges.contains).first else { return nil }
    let classes = Lexicon.classes(of: word)
    guard classes.contains(.adjective), !classes.contains(.noun), !classes.contains(.verb) else {
      return nil
    }
    return word
  }

  /// What a rhetorical "isn't it …" asks about.
  private static let subjects: Set<String> = ["it", "that", "this", "they", "he", "she"]

  /// Who the asker speaks of when they speak of themselves: what is said of them is no
  /// quality pushed on the persona's claim.
  private static let askersSide: Set<String> = ["i", "we"]

  /// Words that say what something is, before a quality ("s" of "it's").
  private static let copulas: Set<String> = ["is", "are", "was", "were", "s", "re", "be"]

  /// Words that soften or strengthen a quality, between the copula and it, and quantifiers
  /// floated after it ("they're all greedy"): how many the subject is, never a quality.
  private static let qualityHedges: Set<String> = [
    "kind", "sort", "of", "a", "bit", "little", "really", "very", "too", "so", "pretty", "quite",
    "just", "totally", "completely", "way", "super", "actually", "basically", "all", "both",
    "each",
  ]
}
