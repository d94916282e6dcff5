/// Whether a rewrite asks the same thing the question did, the right way round. A question about
/// what the person does not do ("How come you never ring back?", "Why don't you tidy up?")
/// asked again in its own words without the negation ("How come you ring back?") asks the
/// opposite. A rewrite that turns the lack into what stands in its way ("What makes it hard for
/// you to ring back?") is a new question and keeps the concern.
enum KeptPolarity {
  /// What the checks need of the question a rewrite is made for, read once for all the
  /// rewrites a search tries.
  struct Source {
    /// The question's words before its first negation, a negated auxiliary read as its
    /// positive and "not" ("why don't you" → "why do"); nil when nothing in it is negated.
    let beforeNegation: ArraySlice<String>?
    /// The word the question's claim denies ("not really fine" → "fine"); nil when its claim
    /// denies none, or denies an act.
    let denied: String?

    init(_ source: [Token]) {
      let words = source.filter(\.isWord)
      // "why don't you" asks by "why do", and denies.
      let asked = words.flatMap { token -> [String] in
        guard let auxiliary = FunctionWords.auxiliary(token.lowercased), auxiliary.isNegated else {
          return [token.lowercased]
        }
        return [auxiliary.positive, "not"]
      }
      beforeNegation = asked.firstIndex(where: KeptPolarity.isNegation).map { asked[..<$0] }
      denied = Self.deniedWord(in: words.map(\.lowercased))
    }

    /// A denial that opens a negative question ("Isn't crypto …", "Don't you think …") or
    /// follows a question word ("Why don't you ring?") asks, and denies no claim; an act the
    /// person is weighing ("not quitting the choir") is no claim to turn over.
    private static func deniedWord(in said: [String]) -> String? {
      guard
        let denial = said.indices.dropFirst().first(where: { KeptPolarity.isNegation(said[$0]) }),
        !said[..<denial].contains(where: FunctionWords.questionWords.contains)
      else { return nil }
      // The word denied: the first after the denial that is not a function word ("not really
      // fine", "isn't a good fit").
      let denied = said[(denial + 1)...].first {
        !FunctionWords.isFunctionWord($0) && !KeptPolarity.degreeWords.contains($0)
      }
      guard let denied, !KeptPolarity.isAct(denied) else { return nil }
      return denied
    }
  }

  /// Whether a rewrite, as tokens without its "?", drops the negation of the question `source`
  /// while opening with the words the question asked by.
  static func flips(_ body: [Token], source: [Token]) -> Bool {
    flips(body.filter(\.isWord).map(\.lowercased), source: Source(source))
  }

  /// `flips(_:source:)` for a rewrite's lowercased words and the question read once.
  static func flips(_ words: [String], source: Source) -> Bool {
    guard let beforeNegation = source.beforeNegation, words.count >= askingWordCount,
      !words.contains(where: isNegation)
    else {
      return false
    }
    return beforeNegation.firstRange(of: words.prefix(askingWordCount)) != nil
  }

  /// Whether a rewrite keeps a word the question's claim denies, without the denial: "You're
  /// not fine though, are you?" asked as "How do you feel about being fine?" asks of the
  /// opposite (see `Source.denied`). A rewrite that asks both ways ("whether that's true")
  /// takes no side.
  static func dropsDenial(_ body: [Token], source: [Token]) -> Bool {
    dropsDenial(body.filter(\.isWord).map(\.lowercased), source: Source(source))
  }

  /// `dropsDenial(_:source:)` for a rewrite's lowercased words and the question read once.
  static func dropsDenial(_ words: [String], source: Source) -> Bool {
    guard let denied = source.denied, !words.contains(where: isNegation),
      !words.contains(where: askingBothWays.contains)
    else { return false }
    return words.contains(denied)
  }

  /// Whether a word is an act said as its -ing form: "not quitting the choir" denies a plan,
  /// and asking how the plan feels turns no claim over.
  private static func isAct(_ word: String) -> Bool {
    Lexicon.verbReadings(of: word).contains { $0.form == .presentParticiple }
  }

  /// Words that put a question both ways, so that it holds no side of a denial.
  private static let askingBothWays: Set<String> = ["whether", "if"]

  /// Words of degree between a denial and what it denies: "not really fine".
  private static let degreeWords: Set<String> = [
    "really", "even", "just", "actually", "exactly", "quite", "very", "so", "too", "entirely",
  ]

  /// How many of a rewrite's first words say how it asks ("how come", "why do").
  private static let askingWordCount = 2

  /// Whether a word denies what it goes with: "not", "never", "don't", or a word for none.
  private static func isNegation(_ word: String) -> Bool {
    WordClass.negation.contains(word) || negativeWords.contains(word)
  }

  /// Words for none that deny a clause as "not" does.
  private static let negativeWords: Set<String> = [
    "n't", "no", "nobody", "nothing", "none", "nowhere", "noone", "neither", "nor",
  ]
}
