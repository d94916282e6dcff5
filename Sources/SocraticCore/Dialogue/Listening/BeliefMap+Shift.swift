extension BeliefMap {
  /// Takes in where an answer shows the person ended up: a view they refined ("its not the
  /// vaccines, its the pushing"), a realisation ("rami isn't the one putting my rent up. the
  /// landlord is"), what moved them, and a reason they withdrew ("the job thing… thats more me
  /// being scared than a reason"), which leaves their reasons. Only the first 1,000
  /// characters are read, as the answer reader reads them.
  /// - Parameters:
  ///   - text: the answer as typed.
  ///   - asksWhatMoved: whether the question asked what moved them: then every sentence of the
  ///     answer that says something is where they ended up.
  public mutating func recordShift(in text: String, asksWhatMoved: Bool = false) {
    let sentences = Self.sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000))
    var found: [String] = []
    for (index, sentence) in sentences.enumerated() {
      let words = Self.plainWords(sentence)
      if Self.pointsBack(words), index > 0, Self.saysSomething(sentences[index - 1]) {
        found.append(sentences[index - 1])
      } else if Self.withdraws(words) {
        withdrawReason(named: sentence)
        found.append(sentence)
      } else if Self.shiftCues.contains(where: { Self.has($0, in: words) })
        || Self.turnsToAnother(words)
      {
        // "rami isn't the one putting my rent up. the landlord is.": the short sentence that
        // completes it comes with it.
        let next = sentences.indices.contains(index + 1) ? sentences[index + 1] : nil
        let completes =
          Self.completedCues.contains { Self.has($0, in: words) }
          && next.map { Self.plainWords($0).count <= Self.completingWordLimit } ?? false
        found.append(completes ? sentence + " " + (next ?? "") : sentence)
      } else if asksWhatMoved, Self.saysSomething(sentence), !sentence.hasSuffix("?") {
        found.append(sentence)
      }
    }
    var said: [String] = []
    for sentence in found where !said.contains(where: { $0.contains(sentence) }) {
      said.removeAll { sentence.contains($0) }
      said.append(sentence)
    }
    var shift = said.joined(separator: " ")
    while let last = shift.last, ".!,;".contains(last) { shift.removeLast() }
    guard !shift.isEmpty, !shifts.contains(where: { $0.lowercased() == shift.lowercased() })
    else { return }
    shifts.append(shift)
  }

  /// Moves the reason a withdrawal names ("the job thing … more me being scared than a
  /// reason") from their reasons to those they set aside.
  private mutating func withdrawReason(named sentence: String) {
    guard let index = reasonNamed(in: sentence) else { return }
    let reason = reasons.remove(at: index)
    if !withdrawn.contains(reason.text) { withdrawn.append(reason.text) }
    if let strongest {
      self.strongest = strongest == index ? nil : strongest > index ? strongest - 1 : strongest
    }
  }

  /// The sentences of an answer, trimmed; an ellipsis ("a total ban... my daughter") does not
  /// end one.
  static func sentences(of text: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      current.append(character)
      guard ".!?".contains(character),
        index + 1 == characters.count || characters[index + 1].isWhitespace
      else { continue }
      if character == ".", index > 0, characters[index - 1] == "." { continue }
      sentences.append(current)
      current = ""
    }
    sentences.append(current)
    return sentences.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
      .filter { !$0.isEmpty }
  }

  /// The words of a sentence, lowercased, without apostrophes: "isn't" → "isnt".
  static func plainWords(_ text: String) -> [String] {
    text.lowercased().filter { $0 != "'" && $0 != "\u{2019}" }
      .split { !$0.isLetter && !$0.isNumber }
      .map(String.init)
  }

  /// Whether a phrase's words occur in order, together, in these words.
  static func has(_ phrase: [String], in words: [String]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    let first = phrase[0]
    return (0...(words.count - phrase.count)).contains {
      words[$0] == first && words[$0..<($0 + phrase.count)].elementsEqual(phrase)
    }
  }

  /// Whether a sentence says something of its own: at least two words that carry meaning
  /// besides a rating and its hedges ("maybe 65?", "i dunno", "like i said").
  private static func saysSomething(_ sentence: String) -> Bool {
    guard !sentence.hasSuffix("?") else { return false }
    let meaning = plainWords(sentence).filter { word in
      !FunctionWords.isFunctionWord(word) && !ratingHedges.contains(word)
        && !word.allSatisfy(\.isNumber)
    }
    return meaning.count >= 2
  }

  /// Whether a sentence only points back at the one before it as what moved them ("thats what
  /// moved it").
  private static func pointsBack(_ words: [String]) -> Bool {
    pointingBackCues.contains { has($0, in: words) } && words.count <= completingWordLimit
  }

  /// Whether a sentence puts one thing in place of another: "its not cars really, its the
  /// vans racing through".
  private static func turnsToAnother(_ words: [String]) -> Bool {
    guard
      let not = words.indices.dropLast().first(where: {
        words[$0] == "its" && words[$0 + 1] == "not"
      })
    else { return false }
    return words[(not + 2)...].contains("its")
  }

  /// Whether a sentence withdraws a reason.
  private static func withdraws(_ words: [String]) -> Bool {
    withdrawalCues.contains { has($0, in: words) }
  }

  /// The most words a sentence that completes a shift, or points back at one, has.
  private static let completingWordLimit = 6

  /// Words around a rating that say nothing of where they ended up.
  private static let ratingHedges: Set<String> = [
    "like", "maybe", "dunno", "idk", "said", "guess", "probably", "prob", "about", "around",
    "ok", "okay", "yeah", "hmm", "um", "uh", "tbh", "lol", "still", "sure", "know",
  ]

  /// Words that say a view moved or was refined: what came to them, what they see now.
  private static let shiftCues: [[String]] = [
    "made me think", "makes me think", "got me thinking", "made me realise", "made me realize",
    "i realise", "i realize", "i realised", "i realized", "changed my mind", "moved me",
    "i see it differently", "i get it now", "i get it better", "i still think",
    "more like", "its not the", "isnt the one", "not the one", "its more about",
    "its really about", "i was wrong", "i take the point", "fair point", "maybe its not",
    "its not really", "thats the bit", "thats the part", "that got me", "what got me",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words of a shift that a short sentence after it completes: "rami isnt the one putting my
  /// rent up. the landlord is".
  private static let completedCues: [[String]] = [
    "isnt the one", "not the one", "wasnt the one",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that point back at the sentence before as what moved them.
  private static let pointingBackCues: [[String]] = [
    "thats what moved it", "that moved it", "thats what changed", "thats what did it",
    "that did it", "thats what got me",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that withdraw a reason they gave.
  private static let withdrawalCues: [[String]] = [
    "than a reason", "not really a reason", "not a real reason", "isnt a reason",
    "not much of a reason", "scratch that", "take that back", "i take it back", "doesnt count",
    "dont count that", "forget that one", "not really why",
  ].map { $0.split(separator: " ").map(String.init) }
}
