/// A complaint that scolds the listener for an act left undone and measures them against others
/// ("Why can't you just hang your coat up like everyone else?"): what stops the act is asked,
/// as for any failing (`AccusationRewrites`), with the measure left out, which no rewrite may
/// keep ("What gets in the way of hanging your coat up?"). A scolding with no measure is left
/// to the accusation's own rewrite.
enum ScoldedActRewrites {
  /// The rewrite's words without its "?", or nil when no measure against others follows, or no
  /// act in its base form follows the scolding.
  static func askingWhatHelps(_ reading: QuestionReading) -> [Token]? {
    let core = reading.core
    guard !core.isEmpty else { return nil }
    let words = TokenPatternWords(reading.words, end: core.upperBound)
    guard let start = scolding.matchEnds(in: words, from: core.lowerBound).max() else {
      return nil
    }
    guard
      var stop = (start..<core.upperBound).first(where: {
        !measures.matchEnds(in: words, from: $0).isEmpty
      })
    else { return nil }
    while stop > start, reading.tokens[stop - 1].kind == .punctuation { stop -= 1 }
    while let tail = tails.first(where: {
      stop - $0.count > start && reading.words[(stop - $0.count)..<stop].elementsEqual($0)
    }) {
      stop -= tail.count
    }
    guard start < stop,
      Lexicon.verbReadings(of: reading.words[start]).contains(where: { $0.form == .base }),
      let base = QuestionRewriter.baseForm(reading.words[start]),
      let doing = QuestionRewriter.gerund(of: base)
    else { return nil }
    return QuestionRewriter.phrase("What gets in the way of") + [Token(doing)]
      + reading.tokens[(start + 1)..<stop]
  }

  /// "Why can't you just", "How come you won't ever": the scolding before the act.
  private static let scolding = TokenPattern(
    "(why|how come) (can't|cant|won't|wont|couldn't|wouldn't|don't|dont) you"
      + " (just|ever|once|simply)?")

  /// A measure against others that the act falls short of: "like a normal person", "like
  /// everyone else".
  private static let measures = TokenPattern(
    "like (a|an|everyone|everybody|anyone|anybody|the rest|other|normal|any)")

  /// Words at the end that charge how seldom: "for once", "ever".
  private static let tails: [[String]] = [
    ["for", "once"], ["once"], ["ever"], ["for", "a", "change"], ["again"],
  ]
}
