/// Finds the key terms of a text worth clarifying: loaded or vague words ("scam", "rigged",
/// "freedom") and absolutes ("always", "everyone").
///
/// Terms come from a built-in list that topic packs extend (`extraTerms`). A term matches a
/// whole word in any case, its regular plural ("scams") and its verb forms ("destroys" for
/// "destroy"); terms of several words ("no one", "free speech") match those words in a row.
/// Each term is reported once, as written in the text, in lowercase unless its case is fixed
/// ("NFT"), in the order it first appears.
///
/// A few loaded words name a plain thing inside a compound noun and are not terms there:
/// "nuclear power", "rent control", "market value", "power plants" (but "too much power",
/// "absolute power"). Contested ideas of two words are terms as a whole: "free speech",
/// "national security". An absolute after a hedge is not one: "hardly anyone".
public struct KeyTermFinder: Sendable {
  private var entriesByFirstWord: [String: [[String]]] = [:]

  /// A finder for the built-in terms and the extra ones.
  /// - Parameter extraTerms: more terms, such as a topic pack's; case does not matter.
  public init(extraTerms: [String] = []) {
    entriesByFirstWord = Self.builtInEntries
    for term in extraTerms {
      Self.add(
        Tokenizer.tokenize(term).filter(\.isWord).map(\.lowercased), to: &entriesByFirstWord)
    }
  }

  /// The built-in terms by their first word, built once: they are plain lowercase words.
  private static let builtInEntries: [String: [[String]]] = {
    var entries: [String: [[String]]] = [:]
    for term in loadedTerms + absoluteTerms {
      add(term.split(separator: " ").map(String.init), to: &entries)
    }
    return entries
  }()

  private static func add(_ words: [String], to entries: inout [String: [[String]]]) {
    guard let first = words.first, entries[first]?.contains(words) != true else { return }
    entries[first, default: []].append(words)
  }

  /// The key terms of a text.
  public func terms(in text: String) -> [String] {
    terms(in: Tokenizer.tokenize(text))
  }

  /// The key terms of a tokenized text.
  /// - Parameter verbGroup: where the text's finite verb group stands, when known: a word
  ///   there is a verb, never part of a compound noun ("Big Tech controls …").
  public func terms(in tokens: [Token], verbGroup: Range<Int>? = nil) -> [String] {
    var found: [String] = []
    var seen: Set<String> = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      guard token.kind == .word else {
        index += 1
        continue
      }
      var matchedLength = 0
      for key in Self.lookupKeys(for: token.lowercased) {
        for words in entriesByFirstWord[key] ?? [] where words.count > matchedLength {
          guard index + words.count <= tokens.count else { continue }
          let matches = words.indices.dropFirst().allSatisfy {
            tokens[index + $0].lowercased == words[$0]
          }
          if matches { matchedLength = words.count }
        }
      }
      if matchedLength > 0, index > 0, Self.isAbsolute(token.lowercased),
        Self.hedgesOfAbsolutes.contains(tokens[index - 1].lowercased)
      {
        // "hardly anyone", "almost never": the hedge takes the absolute back.
        matchedLength = 0
      }
      if matchedLength == 1, Self.isFrequency(tokens, at: index) {
        // "every couple of years", "every other week": how often, no absolute.
        matchedLength = 0
      }
      if matchedLength == 1, Self.isOwnRecord(tokens, at: index) {
        // "we've never won more than a tenner": their own record, a plain fact.
        matchedLength = 0
      }
      if matchedLength == 1, token.lowercased == "all", Self.isIdiomaticAll(tokens, at: index) {
        matchedLength = 0
      }
      if matchedLength == 1, Self.plainInCompounds.contains(token.lowercased),
        Self.isInCompound(tokens, at: index, verbGroup: verbGroup ?? 0..<0)
      {
        matchedLength = 0
      }
      if matchedLength == 1, index + 1 < tokens.count,
        Self.namesWithLoadedWords[token.lowercased]?.contains(tokens[index + 1].lowercased)
          == true
      {
        // "best man", "bad luck": the word is part of the name of a plain thing.
        matchedLength = 0
      }
      if matchedLength > 0 {
        let written = tokens[index..<(index + matchedLength)]
          .map { Self.isAcronym($0) ? $0.text : $0.lowercased }
          .joined(separator: " ")
        if seen.insert(written.lowercased()).inserted { found.append(written) }
        index += matchedLength
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether the absolute at an index tells what the speaker has done or had so far, a fact
  /// of their own record, no claim to test: "we've never won more than a tenner", "i have
  /// always paid on time", "ive never missed one".
  private static func isOwnRecord(_ tokens: [Token], at index: Int) -> Bool {
    let before = tokens[..<index].filter { $0.kind == .word }.suffix(2).map(\.lowercased)
    if let last = before.last, recordOpeners.contains(last) { return true }
    return before.count == 2 && ["i", "we"].contains(before[0])
      && perfectAuxiliaries.contains(before[1])
  }

  /// The auxiliaries of a perfect after "i" or "we": "we've never", "i had always".
  private static let perfectAuxiliaries: Set<String> = ["'ve", "have", "had", "'d"]
  /// A speaker and a perfect auxiliary typed as one word: "ive never", "weve always".
  private static let recordOpeners: Set<String> = ["ive", "weve"]

  /// Whether "all" at an index is part of an idiom in which it quantifies nothing the belief
  /// claims: "of all time", "at all", "after all", "above all", "first of all", "all in all",
  /// "all along".
  private static func isIdiomaticAll(_ tokens: [Token], at index: Int) -> Bool {
    let previous = index > 0 ? tokens[index - 1].lowercased : ""
    let next = index + 1 < tokens.count ? tokens[index + 1].lowercased : ""
    if ["at", "after", "above"].contains(previous) || next == "along" { return true }
    if previous == "of", next == "time" || (index > 1 && tokens[index - 2].lowercased == "first") {
      return true
    }
    if previous == "in", index > 1, tokens[index - 2].lowercased == "all" { return true }
    return next == "in" && index + 2 < tokens.count && tokens[index + 2].lowercased == "all"
  }

  /// Whether the absolute at an index opens a span of time that tells how often or how long,
  /// not how many: "every couple of years", "every other week", "every 6 months", "every so
  /// often", "all day" ("every time" and "all the time" stay absolutes).
  private static func isFrequency(_ tokens: [Token], at index: Int) -> Bool {
    guard frequencyOpeners.contains(tokens[index].lowercased) else { return false }
    let after = tokens[(index + 1)...].prefix { $0.kind == .word || $0.kind == .number }
    let unit = after.first { $0.kind == .word && !spanCounts.contains($0.lowercased) }
    return unit.map { spanUnits.contains($0.lowercased) } ?? false
  }

  /// Absolutes that open a span of time: "every", "all".
  private static let frequencyOpeners: Set<String> = ["every", "all"]
  /// Words that count the units of a span: "every couple of years", "every other day".
  private static let spanCounts: Set<String> = [
    "couple", "of", "few", "other", "single", "two", "three", "four", "five", "six", "ten",
    "second", "third", "fourth", "blessed", "odd",
  ]
  /// Units of time, and the words that end "every now and then" and "every so often".
  private static let spanUnits: Set<String> = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night",
    "nights", "week", "weeks", "weekend", "weekends", "fortnight", "month", "months", "year",
    "years", "decade", "decades", "summer", "winter", "spring", "autumn", "morning",
    "mornings", "evening", "evenings", "christmas", "season", "term", "semester", "now", "so",
    "yr", "yrs",
  ]

  /// Loaded words that open the fixed name of a plain thing, with the words that finish it:
  /// "best man", "best friend", "good luck", "bad breath". Nothing there to clarify.
  private static let namesWithLoadedWords: [String: Set<String>] = [
    "best": ["man", "men", "friend", "friends", "mate", "mates", "pal", "before", "woman"],
    "good": ["luck", "morning", "night", "friday"],
    "bad": ["luck", "breath", "back", "knee", "knees"],
  ]

  /// Loaded words that name a plain thing inside a compound noun: "nuclear power", "rent
  /// control", "market value", "national security", "food waste".
  private static let plainInCompounds: Set<String> = [
    "power", "control", "controls", "value", "values", "security", "waste",
  ]

  /// Whether the word at an index is part of a compound noun: its head after a classifying
  /// adjective or a noun used as a modifier ("nuclear power", "rent control"), or a noun
  /// modifying the noun after it ("power plants"). Not a verb, and not a noun after a verb
  /// ("want control") or after a describing adjective ("absolute power").
  private static func isInCompound(_ tokens: [Token], at index: Int, verbGroup: Range<Int>)
    -> Bool
  {
    guard !verbGroup.contains(index) else { return false }
    func isNoun(_ position: Int) -> Bool {
      guard position >= 0, position < tokens.count, !verbGroup.contains(position) else {
        return false
      }
      let token = tokens[position]
      let word = token.lowercased
      guard token.kind == .word, !FunctionWords.isFunctionWord(word),
        !FunctionWords.isVerbAdverb(word)
      else { return false }
      // A word that can be an adjective describes the noun after it ("absolute power").
      let classes = Lexicon.classes(of: word)
      if classes.contains(.adjective) { return false }
      return token.hasFixedCase || classes.contains(.noun) || Lexicon.singular(of: word) != nil
    }
    if index > 0 {
      let previous = tokens[index - 1].lowercased
      if Lexicon.classes(of: previous).contains(.relational), !verbGroup.contains(index - 1) {
        return true
      }
      // A noun before it modifies it when it stands where a noun phrase can start: first, or
      // after a determiner, a preposition or an adjective.
      if isNoun(index - 1) {
        guard index >= 2 else { return true }
        let before = tokens[index - 2]
        let word = before.lowercased
        if FunctionWords.beginsNounPhrase(before) || FunctionWords.prepositions.contains(word)
          || FunctionWords.coordinators.contains(word) || before.kind == .punctuation
          || Lexicon.classes(of: word).contains(.adjective) && !verbGroup.contains(index - 2)
        {
          return true
        }
      }
    }
    return isNoun(index + 1)
  }

  /// Whether a word is written as a name or an acronym ("NFT", "TikTok"), not just in capitals
  /// for emphasis ("RIGGED").
  private static func isAcronym(_ token: Token) -> Bool {
    guard token.hasFixedCase else { return false }
    let isAllCapitals = !token.text.contains(where: \.isLowercase)
    return !isAllCapitals || token.text.count <= 3 || !Lexicon.isKnown(token.lowercased)
  }

  /// Whether a term is an absolute ("always", "never", "everyone", "all").
  public static func isAbsolute(_ term: String) -> Bool {
    absoluteSet.contains(Token.normalized(term))
  }

  /// The word as written and the stems of its regular endings: the keys a term can be found
  /// under ("scams" → "scam", "destroys" → "destroy", "lied" → "lie", "rigged" → "rig").
  static func lookupKeys(for word: String) -> [String] {
    var keys = [word]
    for (suffix, replacements) in Self.endings where word.hasSuffix(suffix) {
      let stem = word.dropLast(suffix.count)
      guard stem.count >= 2 else { continue }
      for replacement in replacements { keys.append(stem + replacement) }
      if suffix == "ed" || suffix == "ing", let last = stem.last, stem.dropLast().last == last {
        keys.append(String(stem.dropLast()))  // "banned" → "ban"
      }
    }
    return keys
  }

  private static let endings: [(String, [String])] = [
    ("ies", ["y"]), ("es", ["", "e"]), ("s", [""]), ("ied", ["y"]), ("ed", ["", "e"]),
    ("ing", ["", "e"]),
  ]

  /// Words that make an absolute nearly so.
  private static let hedgesOfAbsolutes: Set<String> = [
    "hardly", "barely", "scarcely", "almost", "nearly", "virtually", "practically",
  ]

  /// Absolutes: words that admit no exception.
  public static let absoluteTerms: [String] = [
    "always", "never", "everyone", "everybody", "everything", "nobody", "no one", "nothing",
    "all", "every", "none", "only", "completely", "totally", "entirely", "impossible",
    "inevitable", "inevitably", "certainly", "definitely", "forever", "absolutely", "anyone",
    "anything",
  ]

  private static let absoluteSet = Set(absoluteTerms)

  /// Loaded, vague or contested words.
  public static let loadedTerms: [String] = [
    // Judgements of honesty and motive.
    "scam", "fraud", "rigged", "corrupt", "corruption", "fake", "propaganda", "lie", "liar",
    "honest", "dishonest", "manipulate", "manipulation", "brainwash", "agenda", "greed",
    "greedy", "exploit", "exploitation", "theft", "steal", "conspiracy", "cover-up", "hoax",
    "elite", "establishment", "mainstream", "woke", "censorship", "bias", "biased",
    // Danger and ruin.
    "dangerous", "danger", "threat", "risky", "safe", "unsafe", "toxic", "harmful", "harm",
    "destroy", "ruin", "kill", "stifle", "crisis", "disaster", "catastrophe", "collapse",
    "bubble", "broken", "failed", "failure", "useless", "worthless", "waste", "overrated",
    "overhyped", "hype", "doomed", "dead",
    // Values and politics.
    "freedom", "free", "liberty", "fair", "unfair", "fairness", "justice", "injustice",
    "equality", "equity", "rights", "democracy", "democratic", "authoritarian", "tyranny",
    "dictator", "dictatorship", "regime", "fascist", "fascism", "communist", "communism",
    "socialist", "socialism", "capitalism", "radical", "extreme", "extremist", "terrorist",
    "aggression", "aggressor", "genocide", "invasion", "imperialism", "sovereignty",
    "security", "patriot", "traitor", "racist", "sexist", "moral", "immoral", "evil", "wrong",
    "deserve", "natural", "unnatural", "normal", "real", "truth", "progress", "innovation",
    "productivity", "success", "successful", "lazy", "stupid", "smart", "intelligent",
    "conscious", "sentient", "creative", "art", "human", "privacy", "transparent",
    "accountable", "responsible", "ethical", "sustainable", "healthy", "better", "worse",
    "best", "worst", "good", "bad", "too much", "too many", "enough", "value", "power",
    "control", "future", "obsolete", "replace",
    // Contested ideas named by two words, found as a whole.
    "free speech", "free market", "free will", "free trade", "national security",
    "human rights", "hate speech", "social justice", "common sense",
  ]
}
