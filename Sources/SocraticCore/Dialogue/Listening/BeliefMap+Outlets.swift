extension BeliefMap {
  /// The outlets an answer names as where the person got something from, as short phrases:
  /// "a documentary on the BBC", "a Channel 4 thing", "the Guardian" (after "I read it in").
  /// A name is a run of capitalised words (and numbers after one) that does not open the
  /// sentence; an outlet with no name ("someone said", "a video") is none. Only the first
  /// 1,000 characters are read.
  static func namedOutlets(in text: String) -> [String] {
    var found: [String] = []
    for sentence in sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000)) {
      let marked = sentence.split(whereSeparator: \.isWhitespace).map(withoutOutletMarks)
      // Every outlet has a name, capitalised after the sentence's first word: a sentence
      // without one is not read word by word.
      guard marked.dropFirst().contains(where: isCapitalised) else { continue }
      let typed = marked.map(String.init)
      let words = typed.map { $0.lowercased() }
      for index in words.indices {
        if let phrase = outlet(at: index, typed: typed, words: words),
          !found.contains(where: { $0.lowercased().contains(phrase.lowercased()) })
        {
          found.removeAll { phrase.lowercased().contains($0.lowercased()) }
          found.append(phrase)
        }
      }
    }
    return found
  }

  /// Whether a line only tells where they learned something ("i read it in the Guardian too",
  /// "saw that on the BBC"): a source, no reason.
  static func onlyTellsWhereLearned(_ text: String) -> Bool {
    let words = plainWords(text).drop { ["i", "and", "also", "but", "well", "yeah"].contains($0) }
    guard let verb = words.first, learningVerbs.contains(verb) else { return false }
    let object = words.dropFirst().drop { ["about", "it", "that", "this", "all"].contains($0) }
    return object.count < words.count - 1 && object.first.map(outletPrepositions.contains) == true
  }

  /// The outlet named from a word on: "a documentary on the BBC", "a Channel 4 thing", or,
  /// after a verb of learning and a preposition, "the Guardian".
  private static func outlet(at index: Int, typed: [String], words: [String]) -> String? {
    let word = words[index]
    if outletDeterminers.contains(word) {
      // "a documentary on the BBC", "an article in the Times".
      if index + 2 < words.count, outletMedia.contains(words[index + 1]),
        outletPrepositions.contains(words[index + 2]),
        let end = nameEnd(from: index + 3, typed: typed, words: words)
      {
        return typed[index..<end].joined(separator: " ")
      }
      // "a Channel 4 thing", "this BBC documentary".
      if let end = nameEnd(from: index + 1, typed: typed, words: words, allowsThe: false),
        end < words.count, outletMedia.contains(words[end])
      {
        return typed[index...end].joined(separator: " ")
      }
      return nil
    }
    // "I read it in the Guardian", "heard it on LBC".
    guard learningVerbs.contains(word) else { return nil }
    for preposition in (index + 1)..<min(index + 4, words.count)
    where outletPrepositions.contains(words[preposition]) {
      if let end = nameEnd(from: preposition + 1, typed: typed, words: words) {
        return typed[(preposition + 1)..<end].joined(separator: " ")
      }
    }
    return nil
  }

  /// Where a name that starts at an index (after an optional "the") ends, when one does: its
  /// words are capitalised, or numbers after a capitalised one ("Channel 4").
  private static func nameEnd(
    from start: Int, typed: [String], words: [String], allowsThe: Bool = true
  ) -> Int? {
    var index = start
    if allowsThe, index < words.count, words[index] == "the" { index += 1 }
    let first = index
    while index < typed.count, index > 0,
      isCapitalised(typed[index])
        || index > first && typed[index].allSatisfy(\.isNumber)
          && !typed[index].isEmpty
    {
      index += 1
    }
    return index > first ? index : nil
  }

  /// A typed word without the marks around it: "(BBC)," → "BBC".
  private static func withoutOutletMarks(_ word: Substring) -> Substring {
    guard let first = word.firstIndex(where: { !outletMarks.contains($0) }),
      let last = word.lastIndex(where: { !outletMarks.contains($0) })
    else { return "" }
    return word[first...last]
  }

  /// Whether a typed word is capitalised as a name is: not "I" and its contractions.
  private static func isCapitalised(_ word: some StringProtocol) -> Bool {
    guard let first = word.first, first.isUppercase else { return false }
    return !["i", "i'm", "i've", "i'd", "i'll"].contains(word.lowercased())
  }

  /// Marks trimmed off a typed word.
  private static let outletMarks = Set<Character>(",.;:!?\"()[]\u{201C}\u{201D}")

  /// Determiners that open an outlet: "a documentary", "the Guardian".
  private static let outletDeterminers: Set<String> = ["a", "an", "the", "this", "that", "some"]

  /// Kinds of thing a person learns from.
  private static let outletMedia: Set<String> = [
    "documentary", "programme", "program", "show", "thing", "piece", "article", "report",
    "podcast", "series", "film", "video", "interview", "study", "story", "segment", "special",
    "investigation", "paper", "book", "doc", "feature", "episode", "post", "thread", "channel",
  ]

  /// Prepositions that tie an outlet to who made it, or a telling to where it was told.
  private static let outletPrepositions: Set<String> = ["on", "in", "from", "by"]

  /// Verbs of learning something from an outlet.
  private static let learningVerbs: Set<String> = [
    "read", "saw", "seen", "see", "heard", "watched", "watch", "listened", "learned", "learnt",
  ]
}
