/// Splits the stated reason off a sentence: "X because Y" → "X" and "because Y".
///
/// - "because" (also "'cause", "cuz"), "given that", "seeing that", "seeing as" and
///   "considering that" always give a reason, after the statement or before it with a comma
///   ("Because of FTX, crypto is a scam").
/// - "since" gives one only when a clause follows it and the statement is not in the perfect
///   ("Crypto is a scam since it has no value", but not "Prices have risen since the war
///   started", where "since" is about time).
/// - "as" gives one only after a comma and before a clause ("AI will take jobs, as it is
///   cheaper").
/// - ", so" draws a conclusion: what follows it is the statement and what comes before it the
///   reason, as written, without a connective ("Half the country doesn't vote, so democracy is
///   a joke" → "democracy is a joke" and "half the country doesn't vote").
public enum ReasonSplitter {
  /// A sentence split into the statement and its reason.
  public struct Split: Sendable, Equatable {
    /// The statement without the reason, and without the comma before it.
    public var statement: [Token]
    /// The reason with its connective ("because of FTX"), or the premise before ", so"; nil
    /// when none is stated.
    public var reason: [Token]?
  }

  /// What a reason gives: a clause to be confident of, or a thing to point at.
  public enum Content: Sendable, Equatable {
    /// "because it has no value" → "it has no value".
    case clause([Token])
    /// "because of FTX" → "FTX".
    case thing([Token])
  }

  /// The sentence's statement and reason.
  public static func split(_ tokens: [Token]) -> Split {
    if let split = leadingReason(in: tokens) { return split }
    if let split = conclusion(in: tokens) { return split }
    var depth = 0
    for index in tokens.indices {
      let token = tokens[index]
      if ["(", "["].contains(token.text) { depth += 1 }
      if [")", "]"].contains(token.text) { depth = max(0, depth - 1) }
      guard depth == 0, index > 0, let length = connectiveLength(in: tokens, at: index) else {
        continue
      }
      let after = Array(tokens[(index + length)...])
      let word = token.lowercased
      // "The only reason it sells is because it is cheap", "It's just because they're scared":
      // a "because" after "be" is what the sentence says, not a reason given for it.
      if isComplementOfBe(tokens, connectiveAt: index) { continue }
      if word == "since" {
        guard isClause(after), !isPerfect(Array(tokens[..<index])) else { continue }
      }
      if word == "as" {
        guard tokens[index - 1].text == ",", isClause(after) else { continue }
      }
      let statement = trimmingTrailingPunctuation(Array(tokens[..<index]))
      guard statement.contains(where: \.isWord), after.contains(where: \.isWord) else {
        continue
      }
      return Split(statement: statement, reason: Array(tokens[index...]))
    }
    return Split(statement: tokens, reason: nil)
  }

  /// The text's statement and reason, as text.
  public static func split(_ text: String) -> (statement: String, reason: String?) {
    let split = split(Tokenizer.tokenize(text))
    return (split.statement.joinedText, split.reason?.joinedText)
  }

  /// What a reason gives, without its connective.
  public static func content(of reason: [Token]) -> Content? {
    guard let length = connectiveLength(in: reason, at: 0) else {
      return reason.contains(where: \.isWord) ? .clause(reason) : nil
    }
    var rest = Array(reason[length...])
    while let first = rest.first, first.kind == .punctuation { rest.removeFirst() }
    guard !rest.isEmpty else { return nil }
    rest[0].hasSpaceBefore = false
    if ["of", "to"].contains(rest.first?.lowercased) {
      rest.removeFirst()
      guard !rest.isEmpty else { return nil }
      rest[0].hasSpaceBefore = false
      return .thing(rest)
    }
    return isClause(rest) ? .clause(rest) : .thing(rest)
  }

  /// Whether the tokens open with a reason connective ("Because it is cheaper"), as an answer
  /// to a why-question often does.
  static func startsWithConnective(_ tokens: [Token]) -> Bool {
    !tokens.isEmpty && connectiveLength(in: tokens, at: 0) != nil
  }

  /// A leading reason clause ending at a comma: "Because of FTX, crypto is a scam".
  private static func leadingReason(in tokens: [Token]) -> Split? {
    guard let length = connectiveLength(in: tokens, at: 0),
      let comma = tokens.firstIndex(where: { $0.text == "," }), comma > length,
      comma + 1 < tokens.count
    else { return nil }
    let reason = Array(tokens[..<comma])
    var statement = Array(tokens[(comma + 1)...])
    let word = tokens[0].lowercased
    if word == "since" || word == "as" {
      guard isClause(Array(reason[length...])) else { return nil }
    }
    guard isClause(statement) else { return nil }
    statement[0].hasSpaceBefore = false
    return Split(statement: statement, reason: reason)
  }

  /// A conclusion drawn with ", so": "Half the country doesn't vote, so democracy is a joke"
  /// states "democracy is a joke" for the reason "half the country doesn't vote". Both sides
  /// must be clauses; "so that" gives a purpose, not a conclusion.
  private static func conclusion(in tokens: [Token]) -> Split? {
    var depth = 0
    for index in tokens.indices {
      let token = tokens[index]
      if ["(", "["].contains(token.text) { depth += 1 }
      if [")", "]"].contains(token.text) { depth = max(0, depth - 1) }
      guard depth == 0, index > 1, token.lowercased == "so", tokens[index - 1].text == ",",
        index + 1 < tokens.count, tokens[index + 1].lowercased != "that"
      else { continue }
      var statement = Array(tokens[(index + 1)...])
      let reason = trimmingTrailingPunctuation(Array(tokens[..<index]))
      guard isClause(statement), isClause(reason) else { continue }
      statement[0].hasSpaceBefore = false
      return Split(statement: statement, reason: reason)
    }
    return nil
  }

  /// Adverbs that single out a reason: "only because", "mainly because".
  static let focusingAdverbs: Set<String> = [
    "only", "just", "simply", "purely", "solely", "mainly", "mostly", "largely", "partly",
    "entirely", "all", "precisely", "exactly", "primarily", "chiefly",
  ]

  /// Whether the "because" at `index` follows a form of "be", with a focusing adverb or not.
  private static func isComplementOfBe(_ tokens: [Token], connectiveAt index: Int) -> Bool {
    guard ["because", "'cause", "cuz", "coz"].contains(tokens[index].lowercased) else {
      return false
    }
    var before = index - 1
    while before > 0, focusingAdverbs.contains(tokens[before].lowercased) { before -= 1 }
    guard before >= 0, let auxiliary = FunctionWords.auxiliary(tokens[before].lowercased) else {
      return false
    }
    return auxiliary.kind == .be && !auxiliary.isNegated
  }

  /// Whether a belief is an explanation, whose point is its "because": the claim is then the
  /// statement with its reason ("People who voted for him did it because they were scared" is
  /// not about whether they voted for him). A belief explains when the statement refers back
  /// to what was done ("did it", "do that", "did so"), when a focusing adverb singles the
  /// reason out ("voted for him only because …"), or when it says why something happened: a
  /// lexical verb in the past ("Trump won because of inflation"). Only "because" (and
  /// "'cause", "cuz") explains; "since" and "as" give reasons.
  public static func isExplanation(statement: [Token], reason: [Token]) -> Bool {
    guard let connective = reason.first?.lowercased,
      ["because", "'cause", "cuz", "coz", "'"].contains(connective),
      let clause = ClauseParser.parse(statement), !clause.subject.isEmpty, !clause.isNegated
    else { return false }
    if let last = statement.last, focusingAdverbs.contains(last.lowercased) { return true }
    guard case .lexical(let base, let tense) = clause.verb else { return false }
    let object = clause.rest.first?.lowercased
    if base == "do", ["it", "that", "this", "so"].contains(object) { return true }
    return tense == .past && clause.auxiliary == nil
  }

  /// How many words the reason connective at `index` has, or nil when there is none.
  private static func connectiveLength(in tokens: [Token], at index: Int) -> Int? {
    let word = tokens[index].lowercased
    if ["because", "'cause", "cuz", "coz", "since", "as"].contains(word) { return 1 }
    guard index + 1 < tokens.count else { return nil }
    let next = tokens[index + 1].lowercased
    if ["'", "\u{2019}"].contains(tokens[index].text), next == "cause",
      !tokens[index + 1].hasSpaceBefore
    {
      return 2  // "'cause", whose apostrophe the tokenizer reads as a quote
    }
    switch (word, next) {
    case ("given", "that"), ("seeing", "that"), ("seeing", "as"), ("considering", "that"):
      return 2
    default: return nil
    }
  }

  private static func isClause(_ tokens: [Token]) -> Bool {
    (ClauseParser.finiteVerbIndex(in: tokens) ?? 0) > 0
  }

  /// Whether a statement is in the perfect ("have risen"), which makes "since" about time.
  private static func isPerfect(_ tokens: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(tokens), case .perfect = clause.verb else {
      return false
    }
    return true
  }

  private static func trimmingTrailingPunctuation(_ tokens: [Token]) -> [Token] {
    var tokens = tokens
    while let last = tokens.last, last.kind == .punctuation,
      [",", ";", ":", "-", "\u{2013}", "\u{2014}", "(", "..."].contains(last.text)
    {
      tokens.removeLast()
    }
    return tokens
  }
}
