extension BeliefMap {
  /// Sets right what an answer corrects on the map: "no not the drama, its the anxiety" puts
  /// "the anxiety" where "some group chat drama" was filed; "3-4 days, not 3" puts "3-4 days"
  /// where a misquote said "3". Only the first 1,000 characters are read.
  ///
  /// A correction is a sentence that opens with "not X" and goes on with what they meant, or
  /// one that ends in ", not X" after it. An item that says X is set right: in a clause, X
  /// gives way to what they meant; an item without a verb was X itself and is replaced.
  public mutating func correct(by text: String) {
    let sentences = Self.sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000))
    // "the floods. and the scientists, not the telly lot": a contrast said further on sets
    // nothing of ours right; only an answer's opening corrects what was just put to them.
    for sentence in sentences.prefix(1) {
      guard let correction = Self.correction(in: sentence) ?? Self.turnCorrection(in: sentence)
      else { continue }
      var fixedAny = false
      for index in reasons.indices {
        // "they calm the traffic and the kids can ride to school", then "i don't care about the
        // kids bit, it's the quiet": only the half they set aside comes off, and what they
        // meant is a reason of its own.
        if let kept = Self.withoutConjunct(naming: correction, in: reasons[index].text) {
          reasons[index].text = kept
          reasons.append(Reason(text: correction.meant))
          fixedAny = true
          break
        }
        if let fixed = Self.corrected(reasons[index].text, by: correction) {
          reasons[index].text = fixed
          fixedAny = true
        }
      }
      if !fixedAny { replaceReason(sharing: correction) }
      for index in reasons.indices.reversed()
      where reasons.prefix(index).contains(where: { $0.text == reasons[index].text }) {
        reasons.remove(at: index)
        if let strongest, strongest >= index { self.strongest = max(0, strongest - 1) }
      }
      doubts = doubts.compactMap { Self.corrected($0, by: correction) ?? $0 }
      wouldChangeMind = wouldChangeMind.compactMap { Self.corrected($0, by: correction) ?? $0 }
      // "the dog didnt move anything, it was the vet bill": what moved their rating too.
      shifts = shifts.map { Self.corrected($0, by: correction) ?? $0 }
    }
  }

  /// The correction a sentence makes as the answer reader reads its turn: "the dog didnt
  /// move anything, it was the vet bill" sets "the dog" aside for "the vet bill". A better
  /// word for a feeling is no correction of the map.
  static func turnCorrection(in sentence: String) -> Correction? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(sentence))
    guard let turn = AnswerMoveReader.ownCorrection(in: tokens), !turn.isFeeling else {
      return nil
    }
    return Correction(wrong: plainWords(turn.dropped.joinedText), meant: turn.kept.joinedText)
  }

  /// Puts what they meant in place of the last reason that shares a word with what they set
  /// aside, when none says it as they put it: "not the team bit as such, the reporting bit"
  /// takes "i run a team" off. What they meant is filed as the reason: the example of the old
  /// reason that tells of it, when one does, else their words.
  private mutating func replaceReason(sharing correction: Correction) {
    let wrong = Self.stems(of: correction.wrong.joined(separator: " "))
    let meant = Self.stems(of: correction.meant)
    guard !wrong.isEmpty, !meant.isEmpty,
      let index = reasons.lastIndex(where: { !Self.stems(of: $0.text).isDisjoint(with: wrong) })
    else { return }
    let old = reasons[index]
    let told = (old.examples + old.evidence).first { !Self.stems(of: $0).isDisjoint(with: meant) }
    var reason = Reason(text: told ?? correction.meant)
    reason.examples = old.examples.filter {
      $0 != told && Self.stems(of: $0).isDisjoint(with: wrong)
    }
    reason.sources = old.sources
    reasons[index] = reason
  }

  /// What a sentence sets right: the words it says were wrong and those it means instead.
  struct Correction: Equatable {
    /// The words said to be wrong, as `plainWords` reads them: "the drama", "3".
    var wrong: [String]
    /// What they meant, as typed: "the anxiety", "3-4 days".
    var meant: String
  }

  /// The correction a sentence makes, if it makes one: "(no,) not X, (its) Y" or "Y, not X",
  /// each side a part of the sentence between commas.
  static func correction(in sentence: String) -> Correction? {
    // A part too long to be a few words is no side of a correction, and is not read; a
    // sentence with no part opening on "not" makes none.
    let pieces = sentence.split(separator: ",")
    guard
      pieces.contains(where: {
        $0.utf8.count <= longestCorrectionPart
          && plainWords(String($0)).first(where: { !correctionOpeners.contains($0) }) == "not"
      })
    else { return nil }
    let parts = pieces.map {
      $0.utf8.count > longestCorrectionPart ? "" : trimmed(String($0))
    }
    for (index, part) in parts.enumerated() {
      let words = Array(plainWords(part).drop { correctionOpeners.contains($0) })
      guard words.first == "not", (2...(correctedWordLimit + 1)).contains(words.count) else {
        continue
      }
      let wrong = Array(words.dropFirst())
      // "no not the drama, its the anxiety"
      if parts.indices.contains(index + 1) {
        let meant = meantPhrase(parts[index + 1])
        if !meant.isEmpty { return Correction(wrong: wrong, meant: meant) }
      }
      // "3-4 days, not 3"
      if index > 0, plainWords(parts[index - 1]).count <= correctedWordLimit,
        !parts[index - 1].isEmpty
      {
        return Correction(wrong: wrong, meant: parts[index - 1])
      }
    }
    return nil
  }

  /// What they meant, without the words that point at it: "its the anxiety" → "the
  /// anxiety"; cut at its sentence's end or its next comma.
  private static func meantPhrase(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    while let first = words.first, pointingOpeners.contains(plainWords(first).joined()) {
      words.removeFirst()
    }
    guard words.count <= correctedWordLimit else { return "" }
    return trimmed(words.joined(separator: " "))
  }

  /// The longest part of a sentence, in bytes, that can be a side of a correction: a few
  /// words of a few letters each.
  static let longestCorrectionPart = 160

  /// Text without the spaces and marks around it: " 3-4 days." → "3-4 days".
  private static func trimmed(_ text: String) -> String {
    let isEdge = { (character: Character) in !character.isLetter && !character.isNumber }
    return String(text.drop(while: isEdge).reversed().drop(while: isEdge).reversed())
  }

  /// The words that name the wrong thing, without an article: "the drama" → "drama".
  private static func named(_ words: [String]) -> [String] {
    Array(words.drop { ["the", "a", "an", "that", "this"].contains($0) })
  }

  /// An item set right by a correction, when it says the wrong words; nil when it does not.
  /// An item without a verb was the wrong thing itself, and is replaced whole.
  static func corrected(_ item: String, by correction: Correction) -> String? {
    let words = item.split(separator: " ").map(String.init)
    let plain = words.map { plainWords($0).joined() }
    // "an hour" as said, else "hour" without its article ("some group chat drama").
    let named = Self.named(correction.wrong)
    guard
      let (start, count) = [correction.wrong, named].lazy.compactMap({ wrong in
        Self.lastIndex(of: wrong, in: plain).map { ($0, wrong.count) }
      }).first
    else { return nil }
    // "no its not the cost, its the hassle of changing trains": what they meant, much longer
    // than the words it sets right, is a point of its own and replaces the item whole, never
    // spliced into it.
    let isNewPoint =
      correction.meant.split(separator: " ").count > correction.wrong.count + splicedWordSurplus
    if isNewPoint || ClauseParser.finiteVerbIndex(in: Tokenizer.tokenize(item)) == nil {
      return correction.meant
    }
    // "not 90, 120 million" in "it cost 90 million": the words they repeat are said once.
    let meant = correction.meant.split(separator: " ").map(String.init)
    var after = Array(words[(start + count)...])
    let overlap = (0...min(meant.count, after.count)).last {
      Array(meant.suffix($0).map { plainWords($0).joined() })
        == Array(plain[(start + count)...].prefix($0))
    }
    after.removeFirst(overlap ?? 0)
    return (words[..<start] + meant + after).joined(separator: " ")
  }

  /// An item of clauses joined by "and" ("they calm the traffic and the kids can ride to
  /// school") without the one clause that names what a correction sets aside; nil when the
  /// item is one clause, or no clause or more than one names it.
  static func withoutConjunct(naming correction: Correction, in item: String) -> String? {
    let words = item.split(separator: " ").map(String.init)
    var parts: [[String]] = [[]]
    for word in words {
      if plainWords(word) == ["and"], !(parts.last ?? []).isEmpty {
        parts.append([])
      } else {
        parts[parts.count - 1].append(word)
      }
    }
    let isClause = { (part: [String]) in
      ClauseParser.finiteVerbIndex(in: Tokenizer.tokenize(part.joined(separator: " "))) != nil
    }
    guard parts.count > 1, parts.allSatisfy(isClause) else { return nil }
    // "the kids bit" names the kids.
    let named = Self.named(correction.wrong)
    let bare = Array(named.reversed().drop(while: bitNouns.contains).reversed())
    let wrong = [correction.wrong, named, bare].filter { !$0.isEmpty }
    let naming = parts.indices.filter { index in
      let plain = parts[index].map { plainWords($0).joined() }
      return wrong.contains { lastIndex(of: $0, in: plain) != nil }
    }
    guard naming.count == 1, let dropped = naming.first else { return nil }
    return parts.indices.filter { $0 != dropped }.map { parts[$0].joined(separator: " ") }
      .joined(separator: " and ")
  }

  /// Where a run of words last starts in others, if it does.
  private static func lastIndex(of run: [String], in words: [String]) -> Int? {
    guard !run.isEmpty, words.count >= run.count else { return nil }
    return (0...(words.count - run.count)).last { Array(words[$0..<($0 + run.count)]) == run }
  }

  /// How many more words than it sets right what they meant may have and still be spliced
  /// into the item in their place.
  private static let splicedWordSurplus = 2

  /// The most words either side of a correction has.
  private static let correctedWordLimit = 6

  /// Words before "not" that open a correction: "no not the drama", "no its not the cost".
  private static let correctionOpeners: Set<String> = [
    "no", "nah", "nope", "well", "i", "mean", "its", "it", "is", "was", "thats", "that",
    "actually", "honestly", "really",
  ]

  /// Words that point at what they meant: "its the anxiety", "i mean the apps".
  private static let pointingOpeners: Set<String> = [
    "its", "it", "is", "was", "thats", "i", "mean", "meant", "said", "more",
  ]
}
