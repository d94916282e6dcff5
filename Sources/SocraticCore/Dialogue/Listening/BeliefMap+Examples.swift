extension BeliefMap {
  /// Takes off the story a sentence sets aside ("the doctor thing was a bad example"): the
  /// example or evidence, under a reason or on its own, that shares most of the sentence's
  /// words that carry meaning. The reason it backed stays.
  /// - Returns: whether a story was taken off.
  mutating func dropExample(named sentence: String) -> Bool {
    let words = Self.stems(of: sentence).subtracting(Self.exampleFrameWords)
    guard !words.isEmpty else { return false }
    var best: (reason: Int?, text: String, shared: Int)?
    func consider(_ text: String, under reason: Int?) {
      let shared = words.intersection(Self.stems(of: text)).count
      if shared > (best?.shared ?? 0) { best = (reason, text, shared) }
    }
    for (index, reason) in reasons.enumerated() {
      for text in reason.examples + reason.evidence { consider(text, under: index) }
    }
    for text in examples { consider(text, under: nil) }
    guard let best else { return false }
    if let index = best.reason {
      reasons[index].examples.removeAll { $0 == best.text }
      reasons[index].evidence.removeAll { $0 == best.text }
    } else {
      examples.removeAll { $0 == best.text }
    }
    return true
  }

  /// Takes off every story, under a reason or on its own, with the words of a part they set
  /// aside ("the station" in "the station thing was a bad example").
  mutating func dropStories(naming bit: String) {
    let named = Self.stems(of: bit)
    guard !named.isEmpty else { return }
    let tells = { (text: String) in named.isSubset(of: Self.stems(of: text)) }
    for index in reasons.indices {
      reasons[index].examples.removeAll(where: tells)
      reasons[index].evidence.removeAll(where: tells)
    }
    examples.removeAll(where: tells)
  }

  /// The words that name a part of what they said, before "bit", "thing" or "part": "the
  /// commuting" in "forget the commuting bit", "the doctor" in "the doctor thing was a bad
  /// example"; nil when no such part is named.
  static func namedBit(in words: [String]) -> String? {
    for (index, word) in words.enumerated() where index >= 2 && bitNouns.contains(word) {
      guard let opener = words[..<index].lastIndex(where: bitOpeners.contains),
        index - opener > 1, index - opener <= 4
      else { continue }
      return words[(opener + 1)..<index].joined(separator: " ")
    }
    return nil
  }

  /// Nouns that name a part of what was said: "the X bit".
  static let bitNouns: Set<String> = [
    "bit", "thing", "part", "stuff", "point", "side", "argument", "example", "one",
  ]

  /// Words that open such a part.
  private static let bitOpeners: Set<String> = ["the", "that", "this", "my"]

  /// Words of a sentence that sets a story aside and name nothing of the story.
  private static let exampleFrameWords: Set<String> = [
    "bad", "example", "thing", "bit", "ok", "okay", "great", "good", "really", "wasnt", "isnt",
  ]

  /// Whether words say nothing but when or how much ("2023 it was", "like 3 years ago i
  /// think"): a date or a number with words that carry no meaning is no reason and no story.
  static func isTrivia(_ text: String) -> Bool {
    plainWords(text).allSatisfy { word in
      word.allSatisfy(\.isNumber) || FunctionWords.isFunctionWord(word)
        || triviaWords.contains(word)
    }
  }

  /// Words that only place a thing in time or hedge it: "ago", "spring", "think".
  private static let triviaWords: Set<String> = TimeWords.monthsButMay.union(TimeWords.seasons)
    .union([
      "ago", "year", "years", "month", "months", "week", "weeks", "day", "days", "season",
      "fall", "may", "early", "late", "think", "reckon", "guess", "suppose", "maybe", "like",
      "about", "around", "or", "so", "was", "it", "yeah",
    ])

  /// Whether words suppose rather than tell: "if it's all cost cutting then the machines get
  /// off lightly" is no story, no point granted, and often the one they argue against.
  static func isSupposition(_ text: String) -> Bool {
    let words = plainWords(text)
    guard let first = words.first(where: { !suppositionLeads.contains($0) }) else { return false }
    return suppositionWords.contains(first)
  }

  /// Words that may open a supposition before it: "so", "but".
  private static let suppositionLeads: Set<String> = [
    "so", "but", "and", "because", "cos", "well", "ok", "okay",
  ]

  /// Words that open a supposition.
  private static let suppositionWords: Set<String> = ["if", "unless", "suppose", "supposing"]
}
