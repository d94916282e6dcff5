/// A request or a reminder put as a question, said instead as the asker's own plain request
/// and an open question about how to manage it: "Are you ever going to pay me back?" → "I'd
/// like you to pay me back. How could we make that work?"; "Can you not leave your shoes on
/// the stairs?" → "I'd rather you didn't leave your shoes on the stairs. How could we make
/// that work?".
///
/// Read when the question opens on a reminder ("are you ever going to", "will you ever", "when
/// exactly were you planning on"), a request turned negative ("can you not"), or a request
/// with a dig (`SarcasmRules`): a dig ("like a grown-up", "for once") and an impatient tail
/// ("ever", "again") are left out.
enum OwnRequestRewrites {
  /// The plain request and its question, or nil when the question asks for no act.
  /// - Parameters:
  ///   - reading: the question as written.
  ///   - hasDig: whether the critic found a jab in it, which makes a request one to restate.
  static func suggestion(for reading: QuestionReading, hasDig: Bool) -> String? {
    let words = Array(reading.coreWords)
    let start = reading.core.lowerBound
    guard let (opening, isNegative) = opening(of: words, hasDig: hasDig) else { return nil }
    var end = reading.core.upperBound
    // "… like a normal person for once": the dig and all after it go.
    if let like = (start + opening..<end).first(where: { isDigComparison(reading.words, at: $0) }) {
      end = like
    }
    while let tail = impatientTails.first(where: {
      end - $0.count > start + opening && reading.words[(end - $0.count)..<end].elementsEqual($0)
    }) {
      end -= tail.count
    }
    while end > start + opening, reading.tokens[end - 1].kind == .punctuation { end -= 1 }
    var act = Array(reading.tokens[(start + opening)..<end])
    act.removeAll { softeners.contains($0.lowercased) }
    // "… planning on giving it back": the act said as asked, "give it back".
    if let first = act.first, first.lowercased.hasSuffix("ing"),
      let base = QuestionRewriter.baseForm(first.lowercased)
    {
      act[0] = first.replacingText(with: base)
    }
    guard let verb = act.first?.lowercased, act.count > 1 || !FunctionWords.isFunctionWord(verb),
      Lexicon.verbReadings(of: verb).contains(where: { $0.form == .base }),
      act.allSatisfy({ $0.kind != .punctuation || $0.text == "'s" })
    else { return nil }
    let asked = QuestionRewriter.tokens(isNegative ? "I'd rather you didn't" : "I'd like you to")
    let said = QuestionRewriter.finished(asked + act)
    return String(said.dropLast()) + ". " + askingHow
  }

  /// The open question after the request: how to manage it together.
  static let askingHow = "How could we make that work?"

  /// How many words open the request before its act, and whether it asks for an act not done.
  private static func opening(of words: [String], hasDig: Bool) -> (Int, Bool)? {
    for (pattern, isNegative) in reminders where words.starts(with: pattern) {
      return (pattern.count, isNegative)
    }
    if let end = overdue.matchEnds(in: TokenPatternWords(words), from: 0).max() {
      return (end, false)
    }
    guard hasDig, words.count > 2, ["can", "could", "will", "would"].contains(words[0]),
      words[1] == "you"
    else { return nil }
    return (2, false)
  }

  /// Whether a comparison that belittles the person starts at a word: "like a grown-up".
  private static func isDigComparison(_ words: [String], at index: Int) -> Bool {
    guard words[index] == "like", index + 1 < words.count else { return false }
    return ["a", "an", "everyone", "everybody", "anyone", "anybody", "the"].contains(
      words[index + 1])
  }

  /// Openings of a reminder or a request put as a question, the act after them.
  private static let reminders: [([String], Bool)] = [
    (["are", "you", "ever", "going", "to"], false), (["are", "you", "ever", "gonna"], false),
    (["will", "you", "ever"], false), (["are", "you", "going", "to", "ever"], false),
    (["can", "you", "not"], true), (["could", "you", "not"], true),
    (["will", "you", "not"], true), (["would", "you", "not"], true),
  ]

  /// "When exactly were you planning on …", "When are you ever going to …": an act overdue,
  /// put as a date asked.
  private static let overdue = TokenPattern(
    "(when|what time) (exactly)? (were|was|are|will) you (ever)? (planning on|planning to"
      + "|thinking of|going to|gonna|intending to|meaning to|hoping to)")

  /// Words that only soften or sharpen a request: left out of the act.
  private static let softeners: Set<String> = ["just", "maybe", "please", "possibly", "actually"]

  /// Tails of impatience that the plain request leaves out.
  private static let impatientTails: [[String]] = [
    ["for", "once"], ["for", "a", "change"], ["ever"], ["again"], ["already"],
    ["at", "some", "point"], ["one", "day"], ["at", "all"],
  ]
}
