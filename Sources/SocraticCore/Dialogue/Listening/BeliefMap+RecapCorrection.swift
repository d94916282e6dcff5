extension BeliefMap {
  /// Sets the map right by what a person said to a recap that got them wrong ("no, it's more
  /// that the rent keeps going up"). What they meant, when it names another reason on the map
  /// by its words that carry meaning, is the reason they lean on, and is kept with it in their
  /// words. Otherwise, when the recap led with a reason they were taken to lean on, that
  /// leaning was misheard: what they meant is the reason they lean on, in place of the one led
  /// with when it speaks of the same thing, else besides it. When the recap led with no leaning,
  /// the reason it led with was misheard, and their words take its place. Later recaps and the
  /// closing show it so.
  /// - Parameters:
  ///   - meant: what they meant, as typed.
  ///   - led: the reason the recap led with, by index, when it named one.
  mutating func correctRecap(meant: String, led: Int?) {
    let text = Self.reasonText(forMeant: meant)
    // "no, i said the bin lorries", when the recap led with "the bin lorries keep getting
    // stuck": the reason as they first told it leads, never cut down to the words that named it.
    if let led, reasons.indices.contains(led), !Self.stems(of: meant).isEmpty,
      Self.stems(of: meant).isSubset(of: Self.stems(of: reasons[led].text))
    {
      strongest = led
      return
    }
    if let named = reasonMeant(by: meant, besides: led) {
      strongest = named
      if !reasons[named].evidence.contains(meant) { reasons[named].evidence.append(meant) }
      return
    }
    guard let led, reasons.indices.contains(led) else {
      reasons.append(Reason(text: text))
      strongest = reasons.count - 1
      return
    }
    let sameThing = !Self.stems(of: meant).isDisjoint(with: Self.stems(of: reasons[led].text))
    if strongest == led, !sameThing {
      reasons.append(Reason(text: text))
      strongest = reasons.count - 1
      return
    }
    // What was told for the misheard reason was told by them: it stays, as a story of its own.
    let old = reasons[led]
    for story in old.examples + old.evidence where !examples.contains(story) {
      examples.append(story)
    }
    var reason = Reason(text: text)
    reason.sources = old.sources
    reasons[led] = reason
    strongest = led
  }

  /// The reason on the map, besides one, that words name: the one sharing most of their words
  /// that carry meaning.
  func reasonMeant(by words: String, besides excluded: Int?) -> Int? {
    let said = Self.stems(of: words)
    guard !said.isEmpty else { return nil }
    let shared = reasons.indices.map {
      $0 == excluded ? 0 : said.intersection(Self.stems(of: reasons[$0].text)).count
    }
    guard let best = shared.indices.max(by: { shared[$0] < shared[$1] }), shared[best] > 0
    else { return nil }
    return best
  }

  /// What they meant as a reason: a clause as it is, a thing as what the reason is of ("the
  /// parking" → "of the parking", given back as "because of the parking").
  static func reasonText(forMeant meant: String) -> String {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(meant))
    guard ClauseParser.finiteVerbIndex(in: tokens) == nil,
      ReflectionWriter.ofPhrase("of " + meant) != nil
    else { return meant }
    return "of " + meant
  }
}
