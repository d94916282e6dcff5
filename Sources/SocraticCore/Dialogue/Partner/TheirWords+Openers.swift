/// How partner mode takes the words that open a turn off what it states: "right so dont laugh.
/// im selling the car" states that they are selling the car; "nah serious, the bus is quicker"
/// that the bus is quicker; "right so dont laugh." alone states nothing.
extension TheirWords {
  /// A sentence without the openers and fillers before what it says (`PartnerCues.discourseOpeners`,
  /// `PartnerCues.pausedOpeners` before a pause or another opener, `PartnerCues.clauseOpeners`
  /// before a clause), with the commas and dashes after them; as it is when none opens it.
  static func droppingOpeners(_ sentence: [Token]) -> [Token] {
    let forms = readings(of: sentence)
    var start = 0
    func skipPauses() {
      while start < sentence.count, sentence[start].kind == .punctuation,
        pauses.contains(sentence[start].text)
      {
        start += 1
      }
    }
    while start < sentence.count {
      let from = start
      if let end = forms.lazy.compactMap({
        PartnerCueMatcher.discourseOpener.matchEnd(atStartOf: Array($0[from...]))
      }).first {
        start += end
      } else if let end = forms.lazy.compactMap({ form in
        PartnerCueMatcher.pausedOpener.matchEnd(atStartOf: Array(form[from...]))
          .flatMap { isPauseOrOpener(at: from + $0, in: form) ? $0 : nil }
      }).first {
        start += end
      } else if let end = forms.lazy.compactMap({ form in
        PartnerCueMatcher.clauseOpener.matchEnd(atStartOf: Array(form[from...]))
          .flatMap { opensAClause(at: from + $0, in: form) ? $0 : nil }
      }).first {
        start += end
      } else {
        break
      }
      skipPauses()
    }
    guard start > 0, start < sentence.count else { return start > 0 ? [] : sentence }
    var kept = Array(sentence[start...])
    kept[0].hasSpaceBefore = false
    return kept
  }

  /// Whether a sentence is only openers and an aside that excuses what comes next: "right so
  /// dont laugh.", "ok um.", "nah serious tho": it claims nothing.
  static func isOnlyAnOpener(_ sentence: [Token]) -> Bool {
    guard sentence.contains(where: \.isWord) else { return false }
    let rest = droppingOpeners(sentence)
    return !rest.contains(where: \.isWord) || SpokenAside.isAlone(rest)
      || rest.allSatisfy { !$0.isWord || openerTails.contains($0.lowercased) }
  }

  /// The ways a sentence is read for its openers: as typed, and, when a word draws a letter out
  /// ("rightttt so", "sooo", "welll"), with that letter said once and said twice.
  private static func readings(of sentence: [Token]) -> [[Token]] {
    guard sentence.contains(where: { $0.isWord && drawnOut($0.lowercased, to: 2) != nil }) else {
      return [sentence]
    }
    return [1, 2].map { times in
      sentence.map { token in
        guard token.isWord, let said = drawnOut(token.lowercased, to: times) else { return token }
        return Token(
          said, kind: token.kind, hasSpaceBefore: token.hasSpaceBefore,
          hasLineBreakBefore: token.hasLineBreakBefore)
      }
    }
  }

  /// A word with every letter said three or more times in a row said `times` times instead
  /// ("rightttt" → "right"), or nil when it draws no letter out: no English word spells a
  /// letter three times running.
  private static func drawnOut(_ word: String, to times: Int) -> String? {
    guard !isPlainASCIIWithoutRuns(word) else { return nil }
    var said = ""
    var isDrawn = false
    var index = word.startIndex
    while index < word.endIndex {
      let letter = word[index]
      let run = word[index...].prefix { $0 == letter }
      if run.count >= 3, letter.isLetter {
        isDrawn = true
        said += String(repeating: letter, count: times)
      } else {
        said += run
      }
      index = run.endIndex
    }
    return isDrawn ? said : nil
  }

  /// Whether a word is plain ASCII with no byte three times running, so it draws no letter out:
  /// most words, told without walking their characters.
  private static func isPlainASCIIWithoutRuns(_ word: String) -> Bool {
    var previous: UInt8 = 0
    var run = 0
    for byte in word.utf8 {
      guard byte < 0x80 else { return false }
      run = byte == previous ? run + 1 : 1
      if run >= 3 { return false }
      previous = byte
    }
    return true
  }

  /// Whether a pause, the sentence's end, another opener or an aside ("so hear me out, …")
  /// comes at an index.
  private static func isPauseOrOpener(at index: Int, in sentence: [Token]) -> Bool {
    guard index < sentence.count else { return true }
    let token = sentence[index]
    if token.kind == .punctuation { return true }
    let rest = Array(sentence[index...])
    return PartnerCueMatcher.discourseOpener.matchEnd(atStartOf: rest) != nil
      || SpokenAside.end(atStartOf: rest) != nil
      || PartnerCueMatcher.pausedOpener.matchEnd(atStartOf: Array(rest.prefix(1))) != nil
  }

  /// Whether a word that begins a clause (`PartnerCues.clauseOpeningWords`) comes at an index.
  private static func opensAClause(at index: Int, in sentence: [Token]) -> Bool {
    index < sentence.count && PartnerCues.clauseOpeningWords.contains(sentence[index].lowercased)
  }

  /// The marks of a pause after an opener.
  private static let pauses: Set<String> = [
    ",", "-", "\u{2013}", "\u{2014}", "...", "\u{2026}", ":",
  ]

  /// Words that close an opener said alone: "nah serious tho".
  private static let openerTails: Set<String> = ["tho", "though", "then", "like", "lol", "haha"]

  /// Whether a sentence of theirs opens by naming a plan of their own, after any openers:
  /// "i'll book two lessons in march", "im gonna ask my boss first". A plan's step is taken
  /// up, never weighed as a reason for the claim nor doubted.
  var tellsAPlan: Bool {
    sentences.prefix(Self.planSentenceReach).contains { sentence in
      let words = Self.droppingOpeners(sentence).filter(\.isWord).map(\.lowercased)
      return Self.namesAPlan(words.prefix(Self.planReach))
    }
  }

  /// Whether a sentence of theirs opens by naming what they want (`PartnerCues.wishing`): "i
  /// just want a weekend off for once". A value of theirs, heard; never a reason to weigh.
  var namesAWant: Bool {
    sentences.prefix(Self.planSentenceReach).contains { sentence in
      PartnerCueMatcher.wishing.matchEnd(atStartOf: Self.droppingOpeners(sentence).filter(\.isWord))
        != nil
    }
  }

  /// How many words at the start of a sentence are read for a plan.
  private static let planReach = 4

  /// How many sentences of a turn are read for a plan.
  private static let planSentenceReach = 3
}
