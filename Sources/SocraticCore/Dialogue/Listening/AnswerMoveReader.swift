/// Reads an answer as moves, with the tables of `AnswerCues` applied by one matcher over its
/// tokens.
///
/// Words that are not the person's own claims are set apart first: what someone else is
/// reported to say ("my mom says anyone can …") and quoted words are a source, not a reason or
/// an absolute of theirs; idioms ("all the time", "every thanksgiving", "free time") and
/// absolutes already qualified ("not everyone") are no absolutes. Only the start of a long
/// answer is read (`readLimit` characters, and scalars as `TypedTextLimit` counts them), so
/// reading stays fast for an answer of any length.
public enum AnswerMoveReader {
  /// How many characters of an answer are read.
  public static let readLimit = 1_000
  /// How many of its sentences are read.
  static let sentenceLimit = 8
  /// The most words a part of an answer keeps to be given back.
  static let partWordLimit = 20

  /// The answer's moves and the words of each.
  /// - Parameters:
  ///   - text: the answer as typed.
  ///   - earlier: the person's earlier answers, to recognise one said again.
  ///   - expectsReason: whether the question asked for reasons, so that a plain statement
  ///     answering it is a reason.
  public static func read(
    _ text: String, earlier: [String] = [], expectsReason: Bool = false
  ) -> ReadAnswer {
    let tokens = Shorthand.expanded(
      Tokenizer.tokenize(TypedTextLimit.prefix(of: text, characters: readLimit)))
    var read = ReadAnswer()
    read.wordCount = tokens.count(where: \.isWord)
    if isNoise(tokens) {
      read.moves = [.noContent]
      return read
    }
    var moves: Set<AnswerMove> = []
    // A sentence's question mark is read before its ends are trimmed of punctuation.
    let sentences = SentenceSplitter.sentences(in: tokens).prefix(sentenceLimit)
      .map { ($0.suffix(2).contains(where: \.hasQuestionMark), BeliefReader.trimmed($0)) }
      .filter { $0.1.contains(where: \.isWord) }
    for (isQuestion, sentence) in sentences {
      readSentence(sentence, isQuestion: isQuestion, into: &read, moves: &moves)
    }
    if isRepeat(tokens, of: earlier) { moves.insert(.repeat) }
    // A plain statement answering a why is a reason; not a concession, a feeling or a repeat.
    let isPlainStatement = moves.isSubset(of: [.example, .source, .reason])
    if expectsReason, isPlainStatement, read.reasons.isEmpty, let statement = read.statement {
      read.reasons.append(statement)
      moves.insert(.reason)
    }
    if !read.reasons.isEmpty { moves.insert(.reason) }
    // "on the news" says less than "I saw it on the news": keep the fuller one.
    let sources = read.sources
    read.sources.removeAll { source in
      sources.contains { $0 != source && $0.lowercased().contains(source.lowercased()) }
    }
    if moves.isEmpty, read.statement == nil, read.wordCount <= 2, !read.isConfused {
      moves.insert(.noContent)
    }
    read.moves = AnswerMove.allCases.filter(moves.contains)
    return read
  }

  // MARK: - Noise

  /// Whether the answer says nothing: no words, a lone "yes" or "I don't know", or letters that
  /// are no words at all ("asdf").
  static func isNoise(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord)
    guard !words.isEmpty else { return true }
    if AnswerCues.noContent.contains(words.map(\.lowercased).joined(separator: " ")) {
      return true
    }
    return words.count <= 3
      && words.allSatisfy { $0.kind == .word && !$0.isCapitalized && !isKnownWord($0.lowercased) }
  }

  private static func isKnownWord(_ word: String) -> Bool {
    FunctionWords.isFunctionWord(word) || Lexicon.isKnown(word) || Lexicon.isVerb(word)
      || Lexicon.singular(of: word) != nil
  }

  // MARK: - Sentences

  /// A match of a cue in a sentence.
  private struct Match {
    var move: AnswerMove
    var range: Range<Int>
  }

  private static func readSentence(
    _ sentence: [Token], isQuestion: Bool, into read: inout ReadAnswer,
    moves: inout Set<AnswerMove>
  ) {
    let start = firstContentIndex(in: sentence)
    let others = othersWords(in: sentence)
    let isOwn = { (index: Int) in !others.contains(index) }
    // "what?", "why do you keep asking that": a word on the question, not an answer to it.
    let words = sentence.filter(\.isWord).map(\.lowercased).joined(separator: " ")
    if AnswerCues.confusedSentences.contains(words)
      || Patterns.confusion.contains(where: { !matches(of: $0, in: sentence, from: 0).isEmpty })
    {
      read.isConfused = true
      return
    }

    // Reported speech: its speaker is a source; what they said is theirs.
    for pattern in Patterns.reportedSpeech {
      for match in matches(of: pattern, in: sentence, from: 0) {
        moves.insert(.source)
        let speaker = sentence[match].prefix { !reportingWords.contains($0.lowercased) }
        // "he says" names no one: who "he" is was said before.
        let isPronoun = AnswerCues.unnamedSpeakers.contains(
          speaker.map(\.lowercased).joined(separator: " "))
        if !speaker.isEmpty, !isPronoun { appendOnce(speaker.joinedText, to: &read.sources) }
      }
    }

    let clauses = clauseRanges(in: sentence)
    func clause(containing index: Int) -> Range<Int> {
      clauses.first { $0.contains(index) } ?? 0..<sentence.count
    }
    var found: [Match] = []
    for (move, pattern, isAnchored) in Patterns.moves {
      let from = isAnchored ? start : 0
      for range in matches(of: pattern, in: sentence, from: from)
      where (!isAnchored || range.lowerBound == start) && isOwn(range.lowerBound) {
        found.append(Match(move: move, range: range))
      }
    }
    // "maybe", "I guess" concede only when their own clause reads as a view ("skip levels,
    // maybe a survey" concedes nothing); else they only hedge.
    for pattern in Patterns.hedgedConcessions {
      if let range = matches(of: pattern, in: sentence, from: 0).first(where: {
        isOwn($0.lowerBound) && readsAsView(Array(sentence[clause(containing: $0.lowerBound)]))
      }) {
        found.append(Match(move: .concession, range: range))
        break
      }
    }
    // What would change their mind is hypothetical: an example or reason cue inside it ("if I
    // saw …") tells nothing that happened.
    // "I saw it on the news" cites the news: the seeing is no experience of their own.
    let reporting = Patterns.reportedSpeech.flatMap { matches(of: $0, in: sentence, from: 0) }
    found.removeAll { match in
      match.move == .example && reporting.contains { $0.overlaps(match.range) }
    }
    let hypothetical = found.filter { $0.move == .wouldChangeMind }.map(\.range)
    // "I guess I'd change my mind if …": the hedge concedes nothing; what would change their
    // mind is what they say.
    if !hypothetical.isEmpty { found.removeAll { $0.move == .concession } }
    let cited = found.filter { $0.move == .source }.map { clause(containing: $0.range.lowerBound) }
    found.removeAll { match in
      (match.move == .example || match.move == .reason)
        && hypothetical.contains { $0.overlaps(match.range) }
        || match.move == .example && sentence[match.range.lowerBound].lowercased == "i"
          && cited.contains { $0.contains(match.range.lowerBound) }
    }
    // "I feel guilty because I gave him his first one": a because after a feeling says what
    // the feeling is about, not why the belief holds.
    let feelingFrame = Patterns.feelingFrames.lazy.compactMap { pattern in
      matches(of: pattern, in: sentence, from: 0).first { isOwn($0.lowerBound) }?.lowerBound
    }.min()
    if let feelingFrame {
      found.removeAll { $0.move == .reason && $0.range.lowerBound > feelingFrame }
    }
    for match in found { moves.insert(match.move) }
    let leaves =
      Patterns.leaving.contains { pattern in
        matches(of: pattern, in: sentence, from: 0).contains { isOwn($0.lowerBound) }
      } || sentence.last.map { AnswerCues.farewells.contains($0.lowercased) } == true
      || AnswerCues.farewellSentences.contains(words)
    if leaves {
      moves.insert(.offTopic)
      read.isLeaving = true
    }

    for match in found {
      let own = clause(containing: match.range.lowerBound)
      switch match.move {
      case .reason:
        var content = Array(sentence[match.range.upperBound..<own.upperBound])
        if !content.contains(where: \.isWord),
          let before = clauses.last(where: {
            $0.upperBound <= match.range.lowerBound
          })
        {
          content = Array(sentence[before])  // "My team slowed down, that's why."
        }
        appendOnce(text(of: content), to: &read.reasons)
      case .example:
        let isIntroducer = ["for", "e.g.", "like", "take"].contains(
          sentence[match.range.lowerBound].lowercased)
        let from = isIntroducer ? match.range.upperBound : own.lowerBound
        appendOnce(text(of: Array(sentence[from..<own.upperBound])), to: &read.examples)
      case .source:
        let first = sentence[match.range.lowerBound].lowercased
        let from = first == "'s" ? max(0, match.range.lowerBound - 1) : match.range.lowerBound
        // "I read it on Reddit": the whole clause says where it comes from.
        let end = first == "i" ? own.upperBound : match.range.upperBound
        appendOnce(text(of: Array(sentence[from..<end])), to: &read.sources)
      case .concession:
        let (doubt, stand) = doubt(in: sentence, from: start)
        if readsAsView(doubt) { appendOnce(text(of: doubt), to: &read.doubts) }
        if read.stand == nil, stand.contains(where: \.isWord) { read.stand = text(of: stand) }
      case .wouldChangeMind:
        appendOnce(text(of: Array(sentence[start...])), to: &read.wouldChangeMind)
      case .asksBack, .repeat, .offTopic, .feeling, .noContent:
        break
      }
    }
    // "are you serious?" shows a feeling; it asks nothing back.
    let feelings = feelings(in: sentence, isOwn: isOwn)
    if isQuestion, feelings.isEmpty, let first = sentence.dropFirst(start).first,
      questionOpeners.contains(first.lowercased)
    {
      moves.insert(.asksBack)
    }
    if !feelings.isEmpty {
      moves.insert(.feeling)
      for feeling in feelings { appendOnce(feeling, to: &read.feelings) }
      // The sentence is given back only when it speaks of the person ("it annoys me that …").
      let speaksOfThem = sentence.contains { ["i", "me", "my"].contains($0.lowercased) }
      if read.feelingWords == nil, speaksOfThem, !isQuestion {
        read.feelingWords = text(of: Array(sentence[start...]))
      }
    }
    for pattern in Patterns.blockages where read.blockage == nil {
      if let match = matches(of: pattern, in: sentence, from: 0).first, isOwn(match.lowerBound) {
        read.blockage = text(of: Array(sentence[start...]))
        moves.insert(.concession)
        let doubt = doubt(in: sentence, from: start).doubt
        if readsAsView(doubt) { appendOnce(text(of: doubt), to: &read.doubts) }
      }
    }

    let idiomatic = coveredIndices(of: Patterns.idioms + Patterns.qualifiedAbsolutes, in: sentence)
    for index in sentence.indices
    where AnswerCues.absolutes.contains(sentence[index].lowercased) && isOwn(index)
      && !idiomatic.contains(index)
    {
      appendOnce(sentence[index].lowercased, to: &read.absolutes)
    }

    if read.statement == nil, !isQuestion {
      read.statement = statement(in: sentence, clauses: clauses, isOwn: isOwn)
    }
    if read.gist == nil, !isQuestion {
      // "same as before, it's about fairness": what is new starts after the repeat.
      let repeatClause = found.first { $0.move == .repeat }.map {
        clause(containing: $0.range.lowerBound)
      }
      let from = repeatClause.map { min($0.upperBound + 1, sentence.count) } ?? start
      read.gist = from < sentence.count ? gist(of: sentence, from: from, clauses: clauses) : nil
    }
  }

  /// What a sentence concedes, without the words that only say it concedes ("ok fair, my
  /// friends aren't a poll" → "my friends aren't a poll"; empty when that is all it says), and
  /// what the person still holds to after it ("that's true, but it doesn't make this ok").
  private static func doubt(in sentence: [Token], from start: Int)
    -> (doubt: [Token], stand: [Token])
  {
    var index = start
    var moved = true
    while moved, index < sentence.count {
      moved = false
      while index < sentence.count,
        sentence[index].kind == .punctuation || openers.contains(sentence[index].lowercased)
      {
        index += 1
        moved = true
      }
      for pattern in Patterns.concessionOpeners where index < sentence.count {
        if pattern.mayStart(with: sentence[index].lowercased),
          let end = pattern.matchEnds(in: sentence, from: index).first, end > index
        {
          index = end
          moved = true
          break
        }
      }
    }
    let rest = sentence[min(index, sentence.count)...]
    let turn = rest.firstIndex { turningWords.contains($0.lowercased) } ?? rest.endIndex
    return (Array(rest[..<turn]), Array(rest[turn...].dropFirst()))
  }

  /// Words with which a person turns back to their own side after conceding: "that's true,
  /// but …".
  private static let turningWords: Set<String> = ["but", "yet", "still", "however"]

  /// Words that open a question put back to the listener.
  private static let questionOpeners: Set<String> = [
    "what", "why", "how", "who", "where", "when", "which", "do", "does", "did", "is", "are",
    "can", "could", "would", "should", "will", "isn't", "aren't", "don't", "doesn't",
    "wouldn't", "shouldn't", "have", "has", "you",
  ]

  /// The verbs and adverbs of a reporting phrase, left out of the speaker's name.
  private static let reportingWords: Set<String> = [
    "says", "said", "say", "thinks", "thought", "think", "believes", "believed", "tells",
    "told", "keeps", "kept", "keep", "saying", "claims", "claimed", "claim", "argues", "argue",
    "swears", "always", "just", "me", "tell",
  ]

  /// Where the words of a sentence start, after words that only open it ("ok", "well").
  private static func firstContentIndex(in sentence: [Token]) -> Int {
    var index = 0
    while index < sentence.count,
      sentence[index].kind == .punctuation || openers.contains(sentence[index].lowercased)
    {
      index += 1
    }
    return index < sentence.count ? index : 0
  }

  private static let openers: Set<String> = [
    "and", "but", "so", "well", "yeah", "yes", "no", "ok", "okay", "oh", "hmm", "um", "like",
    "look", "honestly", "also", "plus", "then",
  ]

  /// The indices of words that are someone else's: after a reporting phrase to the end of the
  /// sentence, and between quotation marks.
  private static func othersWords(in sentence: [Token]) -> Set<Int> {
    var result: Set<Int> = []
    for pattern in Patterns.reportedSpeech {
      for match in matches(of: pattern, in: sentence, from: 0) {
        result.formUnion(match.upperBound..<reportEnd(in: sentence, from: match.upperBound))
      }
    }
    var openQuote: Int?
    for index in sentence.indices where BeliefReader.isQuotationMark(sentence[index]) {
      if let open = openQuote {
        result.formUnion(open..<index)
        openQuote = nil
      } else {
        openQuote = index
      }
    }
    return result
  }

  /// Where reported words end: at the end of their clause, or where the person turns back to
  /// their own view ("my mom says it doesn't matter, but I think …", "… and that's true").
  private static func reportEnd(in sentence: [Token], from start: Int) -> Int {
    for index in start..<sentence.count {
      if sentence[index].kind == .punctuation,
        [",", ";", ":", "-", "\u{2014}"].contains(
          sentence[index].text)
      {
        return index
      }
      if Patterns.ownVoice.contains(where: { pattern in
        pattern.mayStart(with: sentence[index].lowercased)
          && pattern.matchEnds(in: sentence, from: index).first != nil
      }) {
        return index
      }
    }
    return sentence.count
  }

  /// The sentence's clauses: the stretches between commas, semicolons, colons and dashes.
  private static func clauseRanges(in sentence: [Token]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for index in sentence.indices
    where sentence[index].kind == .punctuation
      && [",", ";", ":", "-", "\u{2013}", "\u{2014}"].contains(sentence[index].text)
    {
      if index > start { ranges.append(start..<index) }
      start = index + 1
    }
    if start < sentence.count { ranges.append(start..<sentence.count) }
    return ranges
  }

  /// The first clause of the person's own that states something (it has a finite verb), without
  /// frames, short enough to give back.
  private static func statement(
    in sentence: [Token], clauses: [Range<Int>], isOwn: (Int) -> Bool
  ) -> String? {
    for range in clauses where range.allSatisfy(isOwn) {
      var tokens = Array(sentence[range])
      while let first = tokens.first, openers.contains(first.lowercased) || first.kind != .word {
        tokens.removeFirst()
      }
      guard !tokens.isEmpty else { continue }
      tokens[0].hasSpaceBefore = false
      let words = tokens.count(where: \.isWord)
      guard words >= 2, words <= partWordLimit,
        ClauseParser.finiteVerbIndex(in: tokens) != nil
      else { continue }
      return tokens.joinedText
    }
    return nil
  }

  /// A sentence as the person said it, short enough to give back whole: without what only opens
  /// it, and up to a clause that asks rather than says ("…, so why not …"); nil when longer
  /// than `gistWordLimit` words.
  private static func gist(of sentence: [Token], from start: Int, clauses: [Range<Int>])
    -> String?
  {
    var end = sentence.count
    for range in clauses where range.lowerBound > start {
      let first = sentence[range].first { $0.isWord && !openers.contains($0.lowercased) }
      if let first, questionWords.contains(first.lowercased) {
        end = range.lowerBound
        break
      }
    }
    let tokens = Array(sentence[start..<end])
    guard (1...gistWordLimit).contains(tokens.count(where: \.isWord)) else { return nil }
    let text = text(of: tokens)
    return text.isEmpty ? nil : text
  }

  /// The most words a sentence has to be given back whole.
  static let gistWordLimit = 18

  /// Words that open a clause asking rather than saying.
  private static let questionWords: Set<String> = ["why", "what", "how", "who", "where", "when"]

  /// The feelings the person names as their own in a sentence.
  private static func feelings(in sentence: [Token], isOwn: (Int) -> Bool) -> [String] {
    var result: [String] = []
    for pattern in Patterns.feelingFrames {
      for match in matches(of: pattern, in: sentence, from: 0) where isOwn(match.lowerBound) {
        // After "I feel" any adjective names a feeling ("I feel invisible"); after "I'm" only
        // the words for feelings do ("I'm tall" is no feeling).
        let saysFeel = sentence[match].contains { AnswerCues.feelVerbs.contains($0.lowercased) }
        var index = match.upperBound
        while index < sentence.count {
          let word = sentence[index].lowercased
          let followsOf = index + 1 < sentence.count && sentence[index + 1].lowercased == "of"
          if AnswerCues.feelingWords.contains(word)
            || (saysFeel && !AnswerCues.opinionAfterFeel.contains(word)
              && Lexicon.classes(of: word).contains(.adjective))
          {
            var feeling = word
            if index + 1 < sentence.count,
              ["out", "up", "down"].contains(sentence[index + 1].lowercased)
            {
              feeling += " " + sentence[index + 1].lowercased
              index += 1
            }
            // "sick of" and "fed up" are named by the phrases below.
            if feeling != "fed" && !(feeling == "sick" && followsOf) {
              appendOnce(feeling, to: &result)
            }
          } else if !feelingGlue.contains(word) {
            break
          }
          index += 1
        }
      }
    }
    for index in sentence.indices.dropLast() where isOwn(index) {
      if let feeling = AnswerCues.feelingVerbs[sentence[index].lowercased],
        sentence[index + 1].lowercased == "me"
      {
        appendOnce(feeling, to: &result)
      }
    }
    for (pattern, feeling) in Patterns.feelingPhrases {
      if let match = matches(of: pattern, in: sentence, from: 0).first, isOwn(match.lowerBound) {
        appendOnce(feeling, to: &result)
      }
    }
    return result
  }

  /// Words that may stand between feelings named together ("exhausted and a bit resentful").
  private static let feelingGlue: Set<String> = [
    "and", "a", "bit", "little", "kind", "of", "kinda", "so", "really", "very", "pretty",
    "quite", "just", "also", "too", ",", "more", "honestly", "totally", "super",
  ]

  // MARK: - Repeats

  /// Whether the answer says again what an earlier one said: most of its words that carry
  /// meaning were in one answer before.
  private static func isRepeat(_ tokens: [Token], of earlier: [String]) -> Bool {
    let words = contentWords(tokens)
    guard words.count >= 3 else { return false }
    for answer in earlier {
      let before = contentWords(
        Shorthand.expanded(
          Tokenizer.tokenize(TypedTextLimit.prefix(of: answer, characters: readLimit))))
      guard !before.isEmpty else { continue }
      let shared = words.intersection(before).count
      if Double(shared) >= 0.75 * Double(words.count) { return true }
    }
    return false
  }

  private static func contentWords(_ tokens: [Token]) -> Set<String> {
    Set(
      tokens.filter { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) }
        .map(\.lowercased))
  }

  // MARK: - Matching

  /// The ranges where a pattern matches, from `start` on, longest match at each place, not
  /// overlapping.
  private static func matches(of pattern: PhrasePattern, in tokens: [Token], from start: Int)
    -> [Range<Int>]
  {
    var result: [Range<Int>] = []
    var index = start
    while index < tokens.count {
      if pattern.mayStart(with: tokens[index].lowercased),
        let end = pattern.matchEnds(in: tokens, from: index).first, end > index
      {
        result.append(index..<end)
        index = end
      } else {
        index += 1
      }
    }
    return result
  }

  private static func coveredIndices(of patterns: [PhrasePattern], in tokens: [Token]) -> Set<Int> {
    var result: Set<Int> = []
    for pattern in patterns {
      for range in matches(of: pattern, in: tokens, from: 0) { result.formUnion(range) }
    }
    return result
  }

  /// A part of an answer as kept: trimmed, at most `partWordLimit` words.
  static func text(of tokens: [Token]) -> String {
    var tokens = BeliefReader.trimmed(tokens)
    while let first = tokens.first, first.kind == .punctuation { tokens.removeFirst() }
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    var words = 0
    tokens = tokens.prefix { token in
      if token.isWord { words += 1 }
      return words <= partWordLimit
    }
    guard !tokens.isEmpty else { return "" }
    tokens[0].hasSpaceBefore = false
    return tokens.joinedText
  }

  private static func appendOnce(_ text: String, to list: inout [String]) {
    guard !text.isEmpty, !list.contains(where: { $0.lowercased() == text.lowercased() }) else {
      return
    }
    list.append(text)
  }

  /// The cue tables, compiled once.
  private enum Patterns {
    static let moves: [(AnswerMove, PhrasePattern, Bool)] = AnswerCues.moves.map { move, text in
      let isAnchored = text.hasPrefix("^ ")
      return (move, PhrasePattern(isAnchored ? String(text.dropFirst(2)) : text), isAnchored)
    }
    static let leaving = AnswerCues.leaving.map(PhrasePattern.init)
    static let confusion = AnswerCues.confusion.map(PhrasePattern.init)
    static let reportedSpeech = AnswerCues.reportedSpeech.map(PhrasePattern.init)
    static let ownVoice = AnswerCues.ownVoice.map(PhrasePattern.init)
    static let concessionOpeners = AnswerCues.concessionOpeners.map(PhrasePattern.init)
    static let hedgedConcessions = AnswerCues.hedgedConcessions.map(PhrasePattern.init)
    static let idioms = AnswerCues.idioms.map(PhrasePattern.init)
    static let qualifiedAbsolutes = AnswerCues.qualifiedAbsolutes.map(PhrasePattern.init)
    static let feelingFrames = AnswerCues.feelingFrames.map(PhrasePattern.init)
    static let feelingPhrases = AnswerCues.feelingPhrases.map {
      (PhrasePattern($0.pattern), $0.feeling)
    }
    static let blockages = AnswerCues.blockages.map(PhrasePattern.init)
  }
}
