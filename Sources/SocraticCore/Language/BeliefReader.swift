/// A belief read from what a person wrote: the claim, its negation and the stated reason.
public struct ReadBelief: Sendable, Equatable {
  /// The claim: frames and hedges removed, first person reflected, reason split off.
  public var claim: [Token]
  /// The claim's contradiction.
  public var inverted: [Token]
  /// The stated reason with its connective ("because of FTX"), first person reflected.
  public var reason: [Token]?
  /// The sentences after the first: kept as written, never changed.
  public var context: [Token]
  /// The claim taken apart.
  public var claimClause: Clause
  /// The inversion taken apart.
  public var invertedClause: Clause
}

/// Reads a belief from a person's text.
///
/// The first sentence is the belief. Further sentences are context: they stay in the text as
/// written and are not changed, except that a next sentence giving a reason ("Crypto is a
/// scam. Because of FTX.") is taken as the belief's reason when the first has none.
///
/// In order: shorthand is read as the words it stands for ("dont", "u"; `Shorthand`), and
/// speech and chat as the sentences meant ("um", "ngl", "shoudl"; `SpeechNormalizer`); the
/// first sentence loses its final punctuation and enclosing quotes; a rhetorical question
/// states its claim ("Isn't it obvious that X?"; `QuestionReversal.rhetoricalClaim`) and a
/// topic with a comment states one ("AI regulation? total waste of time."; `TopicFragment`);
/// frames and hedges go (`FrameRemover`); the reason is split off (`ReasonSplitter`), and
/// stays in the claim too when the belief is an explanation ("They voted for him because they
/// were scared"; `ReasonSplitter.isExplanation`); the first person is
/// reflected (`FirstPersonReflector`); the first word is lowercased unless it is a name or an
/// acronym; the claim is negated (`Negator`). After a negative frame ("I don't think X") the
/// claim is the negation of X and its inversion is X.
public enum BeliefReader {
  /// The most characters a belief may have.
  public static let maximumLength = 1_000
  /// The most Unicode scalars a belief may have: what reading it costs. A character may hold
  /// any number of combining marks, so a letter followed by a million of them is one
  /// character; four scalars a character leaves room for any real script and emoji.
  public static let maximumScalars = 4 * maximumLength

  /// The belief in a text.
  /// - Throws: `NotABelief` when the text is empty, a question, longer than
  ///   `maximumLength` characters or `maximumScalars` scalars, or has no verb.
  public static func read(_ text: String) throws(NotABelief) -> ReadBelief {
    guard text.contains(where: { !$0.isWhitespace }) else { throw .empty }
    if text.utf8.count > maximumLength {
      let scalars = text.unicodeScalars.count
      guard scalars <= maximumScalars else { throw .tooManyScalars(scalars) }
      let length = text.count
      guard length <= maximumLength else { throw .tooLong(characters: length) }
    }
    let tokens = Tokenizer.tokenize(text)
    var sentences = SentenceSplitter.sentences(in: SpeechNormalizer.normalized(tokens))
      .filter { $0.contains(where: \.isWord) }
    // "well. crypto is a scam", "i reckon.. crypto is a scam": a reply word or an opinion
    // frame alone opens the belief, it is not one.
    while sentences.count > 1,
      isOnlyReply(sentences[0]) || isOnlyFrame(sentences[0], before: sentences[1])
    {
      sentences.removeFirst()
    }
    // The context is kept as written: only the sentences read as the belief are normalised,
    // and normalising drops only noise sentences before the first.
    let written = SentenceSplitter.sentences(in: Shorthand.expanded(tokens))
      .filter { $0.contains(where: \.isWord) }
    do {
      return try reading(sentences, written: written)
    } catch .noVerb
      where sentences.count > 1 && isVerbless(sentences[0]) && !isVerbless(sentences[1])
    {
      // "no more sleepovers at ours. they always end in tears": a first sentence that cannot
      // be read as a claim gives way to the one after it that can; "Total scam, crypto." can.
      return try reading(Array(sentences.dropFirst()), written: written)
    }
  }

  /// The belief in its sentences, the first read as the claim.
  /// - Parameter written: every sentence as written, the context's source.
  private static func reading(
    _ sentences: [[Token]], written: [[Token]]
  ) throws(NotABelief) -> ReadBelief {
    var sentences = sentences
    guard var first = sentences.first.map(trimmed) else { throw .noVerb }
    if QuestionReversal.isQuestion(sentences[0]) {
      if let claim = QuestionReversal.rhetoricalClaim(in: first) {
        first = claim
      } else if sentences.count > 1,
        let statement = TopicFragment.statement(topic: first, comment: trimmed(sentences[1]))
      {
        first = statement
        sentences.remove(at: 1)
      } else {
        throw .question(suggestion: QuestionReversal.statement(from: sentences[0]))
      }
    }
    var context = written.suffix(sentences.count - 1).flatMap { $0 }
    if let laugh = chatBreak(in: first) {
      // "…lol 9k a year for that": what follows the laugh is said about the belief: context.
      var chat = Array(first[(laugh + 1)...])
      chat[0].hasSpaceBefore = false
      context = chat + [Token(".", kind: .punctuation, hasSpaceBefore: false)] + context
      first = Array(first[..<laugh])
    }

    var frameless = FrameRemover.removingFrames(
      from: withoutLeadIn(
        withoutClosingHedge(
          withoutClosingTags(withoutClosingAddress(withoutInterjections(first))))))
    if let tail = trailingTag(in: frameless.tokens) {
      // "…, ever" only insists; "…, look at Fukushima" points at evidence, kept as context.
      if tail.isEvidence {
        var evidence = Array(frameless.tokens[(tail.mark + 1)...])
        evidence[0].hasSpaceBefore = false
        let closing = sentences[0].last.flatMap { $0.kind == .punctuation ? [$0] : nil } ?? []
        context = evidence + closing + context
      }
      frameless.tokens = Array(frameless.tokens[..<tail.mark])
    }
    if let consequence = consequenceStart(in: frameless.tokens) {
      // "…has to be funny or it's a flop": the threat is why it must be, kept as context.
      var threat = Array(frameless.tokens[consequence...].drop(while: { $0.text == "," }))
      threat[0].hasSpaceBefore = false
      let closing = sentences[0].last.flatMap { $0.kind == .punctuation ? [$0] : nil } ?? []
      context = threat + closing + context
      frameless.tokens = Array(frameless.tokens[..<consequence])
    }
    if let supposition = suppositionStart(in: frameless.tokens) {
      // "…, if i stopped they'd be rolling about all week": what would follow is why, kept as
      // context and never inverted with the claim.
      var outcome = Array(frameless.tokens[(supposition + 1)...])
      outcome[0].hasSpaceBefore = false
      let closing = sentences[0].last.flatMap { $0.kind == .punctuation ? [$0] : nil } ?? []
      context = outcome + closing + context
      frameless.tokens = Array(frameless.tokens[..<supposition])
    }
    var split = ReasonSplitter.split(frameless.tokens)
    if split.reason == nil, let splice = commaSplice(in: split.statement) {
      // "Eating meat is fine, humans have always done it": two sentences joined by a comma;
      // the second is context, as if it followed a full stop.
      let closing = sentences[0].last.flatMap { $0.kind == .punctuation ? [$0] : nil } ?? []
      context = Array(split.statement[(splice + 1)...]) + closing + context
      split.statement = Array(split.statement[..<splice])
    }
    if split.reason == nil, let next = sentences.dropFirst().first {
      let nextSplit = ReasonSplitter.split(trimmed(next))
      if nextSplit.reason == nil, ReasonSplitter.content(of: trimmed(next)) != nil,
        startsWithConnective(next)
      {
        split.reason = trimmed(next)
      }
    }
    var statement = split.statement
    if let reason = split.reason, ReasonSplitter.isExplanation(statement: statement, reason: reason)
    {
      // The point is the "because": it is part of the claim, and the reason questions probe it.
      var because = reason
      because[0].hasSpaceBefore = true
      statement += because
    }
    var claim = casingFirstWord(FirstPersonReflector.reflect(statement))
    let reason = split.reason.map {
      casingFirstWord(FirstPersonReflector.reflect(reasonWithoutFrames($0)))
    }
    guard var clause = ReasonStatement.clause(of: claim) ?? ClauseParser.parse(claim) else {
      throw .noVerb
    }
    if frameless.isNegated {
      clause = Negator.contradiction(of: clause)
      claim = clause.declarative
      guard let reparsed = ReasonStatement.clause(of: claim) ?? ClauseParser.parse(claim) else {
        throw .noVerb
      }
      clause = reparsed
    }
    let invertedClause = Negator.contradiction(of: clause)
    return ReadBelief(
      claim: claim, inverted: invertedClause.declarative, reason: reason, context: context,
      claimClause: clause, invertedClause: invertedClause)
  }

  /// The sentence without its final punctuation and what opens it before the first word:
  /// quotes, dashes, bullets, and brackets around the whole of it or left unmatched.
  static func trimmed(_ sentence: [Token]) -> [Token] {
    var tokens = sentence
    func count(_ text: String) -> Int { tokens.filter { $0.text == text }.count }
    // A quotation mark at one end whose partner stands inside the sentence quotes words of
    // it: "\"Trickle-down economics\" has never worked", "Crypto is a \"scam\"".
    func pairsInside(_ token: Token, at index: Int) -> Bool {
      let partner: String
      switch token.text {
      case "\"": partner = "\""
      case "\u{201C}": partner = "\u{201D}"
      case "\u{201D}": partner = "\u{201C}"
      default: return false
      }
      let inside = tokens.indices.dropFirst().dropLast()
      return inside.contains { $0 != index && tokens[$0].text == partner }
    }
    func isTrimmable(_ token: Token) -> Bool {
      guard token.kind == .punctuation || token.kind == .symbol else { return false }
      switch token.text {
      case "%", "$", "\u{20AC}", "\u{00A3}", "#", "@": return false
      default: return true
      }
    }
    var changed = true
    while changed, tokens.count > 1 {
      changed = false
      if let first = tokens.first, let last = tokens.last,
        (first.text == "(" && last.text == ")") || (first.text == "[" && last.text == "]")
      {
        tokens.removeFirst()
        tokens.removeLast()
        changed = true
        continue
      }
      if let last = tokens.last, isTrimmable(last) {
        let isMatchedClosing =
          (last.text == ")" && count("(") >= count(")"))
          || (last.text == "]" && count("[") >= count("]"))
          || pairsInside(last, at: tokens.count - 1)
        if !isMatchedClosing {
          tokens.removeLast()
          changed = true
        }
      }
      if let first = tokens.first, isTrimmable(first) {
        let isMatchedOpening =
          (first.text == "(" && count(")") >= count("("))
          || (first.text == "[" && count("]") >= count("["))
          || pairsInside(first, at: 0)
        if !isMatchedOpening {
          tokens.removeFirst()
          changed = true
        }
      }
    }
    if tokens.count == 1, isTrimmable(tokens[0]) { tokens = [] }
    if !tokens.isEmpty { tokens[0].hasSpaceBefore = false }
    return tokens
  }

  private static func startsWithConnective(_ sentence: [Token]) -> Bool {
    guard let first = sentence.first?.lowercased else { return false }
    return ["because", "since", "'cause", "cuz"].contains(first)
  }

  /// A reason whose clause is itself framed ("because I think X") without the frame.
  private static func reasonWithoutFrames(_ reason: [Token]) -> [Token] {
    guard reason.count > 1, ReasonSplitter.startsWithConnective(reason) else { return reason }
    let rest = FrameRemover.removingFrames(from: Array(reason.dropFirst())).tokens
    guard !rest.isEmpty, !rest.elementsEqual(reason.dropFirst()) else { return reason }
    var tokens = [reason[0]] + rest
    tokens[1].hasSpaceBefore = true
    return tokens
  }

  /// The tokens with the first word in lowercase, unless it is a name or an acronym: a
  /// capitalised word keeps its capital when the lexicon does not know it ("Bitcoin", "Musk")
  /// or knows it as a name too ("China", "Tesla").
  static func casingFirstWord(_ tokens: [Token]) -> [Token] {
    // After an opening quotation mark, the quoted word is the first.
    let start = tokens.first.map { isQuotationMark($0) } == true ? 1 : 0
    guard start < tokens.count else { return tokens }
    let first = tokens[start]
    guard first.kind == .word, first.isCapitalized, !first.hasFixedCase else { return tokens }
    // A hyphenated word is as common as its first part ("Self-driving").
    let word = String(first.lowercased.split(separator: "-").first ?? "")
    var isCommon = FunctionWords.isFunctionWord(word)
    if !isCommon, let singular = Lexicon.singular(of: word) {
      // "Banks" is a plural first, though WordNet also knows a Sir Joseph Banks.
      isCommon = !Lexicon.classes(of: singular).contains(.properSense)
    } else if !isCommon {
      let classes = Lexicon.classes(of: word)
      isCommon =
        (!classes.isEmpty && !classes.contains(.properSense))
        || (classes.isEmpty && !Lexicon.verbReadings(of: word).isEmpty)
        || (classes.isEmpty && isDerivedFromVerb(word))
    }
    // "Big Tech", "Wall Street": a common word written with a capital after the first is part
    // of a name with it.
    if isCommon, start + 1 < tokens.count, tokens[start + 1].kind == .word,
      tokens[start + 1].isCapitalized, !tokens[start + 1].hasFixedCase,
      tokens[start + 1].text != "I", !FunctionWords.isFunctionWord(word)
    {
      let next = tokens[start + 1].lowercased
      let nextClasses = Lexicon.classes(of: Lexicon.singular(of: next) ?? next)
      if !nextClasses.isEmpty, !nextClasses.contains(.properSense) { isCommon = false }
    }
    guard isCommon else { return tokens }
    var result = tokens
    result[start] = first.replacingText(with: CaseStyle.lowercasingFirst(of: first))
    return result
  }

  /// Whether a word the lexicon does not know is a compound ending in a verb it knows, in
  /// "-ed" or "-ing" ("homeschooled", "overhyped", "livestreaming"): a common word, not a
  /// name.
  private static func isDerivedFromVerb(_ word: String) -> Bool {
    guard word.count >= 7 else { return false }
    var stems: [Substring] = []
    for suffix in ["ed", "ing"] where word.hasSuffix(suffix) {
      let stem = word.dropLast(suffix.count)
      stems.append(stem)
      if suffix == "ed" { stems.append(word.dropLast(1)) }  // "hyped" from "hype"
    }
    for stem in stems where stem.count >= 5 {
      for start in stem.indices.dropFirst() where stem.distance(from: start, to: stem.endIndex) >= 4
      {
        if Lexicon.isVerb(String(stem[start...])) { return true }
      }
    }
    return false
  }

  /// Whether a token is a double quotation mark, straight or curly.
  static func isQuotationMark(_ token: Token) -> Bool {
    token.kind == .punctuation && ["\"", "\u{201C}", "\u{201D}"].contains(token.text)
  }
}
