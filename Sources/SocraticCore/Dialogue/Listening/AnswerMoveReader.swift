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
  /// How many characters of an answer are read: as many as of a belief, so a line read as both
  /// (partner) is tokenised once.
  public static let readLimit = BeliefReader.maximumLength
  /// How many of its sentences are read.
  static let sentenceLimit = 8
  /// The most words a part of an answer keeps to be given back.
  static let partWordLimit = 20
  /// The most words a sentence that asks what the question means has ("which facts?").
  static let clarificationWordLimit = 7

  /// The answer's moves and the words of each.
  /// - Parameters:
  ///   - text: the answer as typed.
  ///   - earlier: the person's earlier answers, to recognise one said again.
  ///   - expectsReason: whether the question asked for reasons, so that a plain statement
  ///     answering it is a reason.
  public static func read(
    _ text: String, earlier: [String] = [], expectsReason: Bool = false
  ) -> ReadAnswer {
    read(text, earlierWords: earlier.map(repeatWords(of:)), expectsReason: expectsReason)
  }

  /// The answer's moves and the words of each, with the earlier answers as
  /// `repeatWords(of:)` gave them: a dialogue keeps those once, rather than reading every
  /// earlier answer again at each step.
  public static func read(
    _ text: String, earlierWords: [Set<String>], expectsReason: Bool = false
  ) -> ReadAnswer {
    read(tokens: readTokens(of: text), earlierWords: earlierWords, expectsReason: expectsReason)
  }

  /// The tokens of an answer as it is read: its first `readLimit` characters, shorthand
  /// expanded.
  static func readTokens(of text: String) -> [Token] {
    withoutDenied(
      Shorthand.expanded(
        Tokenizer.tokenize(TypedTextLimit.prefix(of: text, characters: readLimit))))
  }

  /// The tokens without a sentence the person takes back ("maybe I'm jealous, no that's not
  /// it"): what they deny is not read as theirs, neither filed nor given back.
  static func withoutDenied(_ tokens: [Token]) -> [Token] {
    guard
      let denial = Patterns.denials.lazy.compactMap({ matches(of: $0, in: tokens, from: 0).first })
        .first
    else { return tokens }
    var start =
      tokens[..<denial.lowerBound].lastIndex { [".", "!", "?"].contains($0.text) }.map { $0 + 1 }
      ?? 0
    // "i said all of them. no ok, maybe not": a denial that opens its sentence takes back the
    // sentence before it.
    if start == denial.lowerBound, start > 0 {
      start =
        tokens[..<(start - 1)].lastIndex { [".", "!", "?"].contains($0.text) }.map { $0 + 1 }
        ?? 0
    }
    return Array(tokens[..<start]) + Array(tokens[denial.upperBound...])
  }

  /// The answer's moves, from its tokens as `readTokens(of:)` gives them: a caller that has
  /// tokenised the answer already does not have it tokenised again.
  static func read(
    tokens: [Token], earlierWords: [Set<String>], expectsReason: Bool = false
  ) -> ReadAnswer {
    var read = ReadAnswer()
    read.wordCount = tokens.count(where: \.isWord)
    // "maybe?", "perhaps": said alone, a wavering, not a blank.
    var words = tokens.filter(\.isWord).map(\.lowercased)
    while let last = words.last, words.count > 1, AnswerCues.closingFillers.contains(last) {
      words.removeLast()
    }
    if AnswerCues.waveringAlone.contains(words.joined(separator: " ")) {
      read.isWavering = true
      read.moves = [.concession]
      return read
    }
    if isNoise(tokens) {
      read.moves = [.noContent]
      return read
    }
    var moves: Set<AnswerMove> = []
    // A sentence's question mark is read before its ends are trimmed of punctuation.
    let sentences = SentenceSplitter.sentences(in: tokens).prefix(sentenceLimit)
      .map { ($0.suffix(2).contains(where: \.hasQuestionMark), BeliefReader.trimmed($0)) }
      .filter { $0.1.contains(where: \.isWord) }
    let spoken = sentences.map { $0.1.filter(\.isWord).map(\.lowercased).joined(separator: " ") }
    var parts: [(weight: Int, text: String)] = []
    var setUp: [Token]?
    for (index, (isQuestion, whole)) in sentences.enumerated() {
      // "that's not what I said": owned with a repair; what follows is the answer.
      let (sentence, isMisheard) = withoutMisheard(whole)
      if isMisheard { read.isMisheard = true }
      guard sentence.contains(where: \.isWord) else { continue }
      // "exactly. thank you": thanks for being understood, no goodbye.
      if index > 0, AnswerCues.agreements.contains(spoken[index - 1]),
        AnswerCues.farewellSentences.contains(spoken[index])
      {
        continue
      }
      let partCount = parts.count
      let doubtCount = read.doubts.count
      let wasWavering = read.isWavering
      readSentence(
        sentence, isQuestion: isQuestion, isWholeAnswer: sentences.count == 1, into: &read,
        moves: &moves, parts: &parts)
      // "… he'd have to let 2 go": the person set up before is named, not left a "he".
      if let setUp, parts.count > partCount {
        parts[partCount].text = naming(setUp, in: parts[partCount].text)
      }
      if let person = setUpPerson(in: sentence) { setUp = person }
      if let correction = correction(in: sentence) { read.correction = correction }
      read.endsOnDoubt = read.doubts.count > doubtCount || read.isWavering && !wasWavering
    }
    read.keyParts = ranked(parts)
    read.asides = asides(among: parts)
    if isRepeat(tokens, of: earlierWords) { moves.insert(.repeat) }
    // A plain statement answering a why is a reason; not a concession, a feeling or a repeat.
    let isPlainStatement = moves.isSubset(of: [.example, .source, .reason])
    // "but the scandals are on another level", "the new hires are lost though": a turn back
    // to their own side, after a question on anything, is a reason of its own.
    read.turnsBack = !moves.contains(.concession) && sentences.contains { turnsBack($0.1) }
    if expectsReason || read.turnsBack, isPlainStatement, read.reasons.isEmpty,
      let statement = read.statement
    {
      read.reasons.append(ReflectionWriter.withoutClosingHedges(statement))
      moves.insert(.reason)
    }
    if !read.reasons.isEmpty { moves.insert(.reason) }
    // "on the news" says less than "I saw it on the news": keep the fuller one.
    let sources = read.sources.map { ($0, LowercasedText($0)) }
    read.sources.removeAll { source in
      let key = LowercasedText(source)
      return sources.contains { $0.0 != source && $0.1.contains(key) }
    }
    if moves.isEmpty, read.statement == nil, read.wordCount <= 2, !read.isConfused,
      !read.asksClarification
    {
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

  static func isKnownWord(_ word: String) -> Bool {
    FunctionWords.isFunctionWord(word) || Lexicon.isKnown(word) || Lexicon.isVerb(word)
      || Lexicon.singular(of: word) != nil
  }

  // MARK: - Sentences

  /// A match of a cue in a sentence.
  struct Match {
    var move: AnswerMove
    var range: Range<Int>
  }

  static func readSentence(
    _ sentence: [Token], isQuestion: Bool, isWholeAnswer: Bool,
    into read: inout ReadAnswer, moves: inout Set<AnswerMove>,
    parts: inout [(weight: Int, text: String)]
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
    // "which facts?", "what do you mean by that?": asks for the question put another way.
    if words.split(separator: " ").count <= clarificationWordLimit,
      Patterns.clarificationRequests.contains(where: {
        matches(of: $0, in: sentence, from: start).contains { $0.lowerBound == start }
      })
    {
      read.asksClarification = true
      return
    }

    if saysOwn(Patterns.purposeQuestions, in: sentence, isOwn: isOwn) {
      read.asksPurpose = true
      moves.insert(.asksBack)
    }
    let isDefensive = saysOwn(Patterns.defensive, in: sentence, isOwn: isOwn)
    if isDefensive { read.isDefensive = true }
    if saysOwn(Patterns.disbelieved, in: sentence, isOwn: isOwn) { read.feelsDisbelieved = true }

    if saysOwn(Patterns.decliningFeelings, in: sentence, isOwn: isOwn) {
      read.declinesFeelings = true
    }
    let isPlan = !isQuestion && saysOwn(Patterns.plans, in: sentence, isOwn: isOwn)
    if read.plan == nil, isPlan {
      // "ill text her": the plan's "ill" can only be "I'll".
      read.plan = text(
        of: sentence[start...].map { token in
          token.lowercased == "ill" ? token.replacingText(with: "I'll") : token
        })
    }

    // Reported speech: its speaker is a source; what they said is theirs.
    for pattern in Patterns.reportedSpeech {
      for match in matches(of: pattern, in: sentence, from: 0) {
        moves.insert(.source)
        let speaker = sentence[match].prefix { !reportingWords.contains($0.lowercased) }
        // "he says" names no one: who "he" is was said before.
        let isPronoun = AnswerCues.unnamedSpeakers.contains(
          speaker.map(\.lowercased).joined(separator: " "))
        if !speaker.isEmpty, !isPronoun {
          appendOnce(speaker.joinedText, to: &read.sources)
          appendOnce(speaker.joinedText, to: &read.speakers)
        }
      }
    }

    // "my manager says …, but I don't buy it": the view is theirs, the reply the person's, and
    // neither is a reason of the person's own.
    let views = views(in: sentence)
    for view in views where !read.views.contains(where: { $0.said == view.said }) {
      read.views.append(view)
    }
    let repliesToView = views.contains { $0.stance != nil }

    let clauses = clauseRanges(in: sentence)
    func clause(containing index: Int) -> Range<Int> {
      clauses.first { $0.contains(index) } ?? 0..<sentence.count
    }
    var found: [Match] = []
    for index in Patterns.moveStarts.candidates(in: sentence) {
      let (move, pattern, isAnchored) = Patterns.moves[index]
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
        isOwn($0.lowerBound) && !hedgesAnAmount(sentence, after: $0.upperBound)
          && readsAsView(Array(sentence[clause(containing: $0.lowerBound)]))
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
    if let outcome = conditionalOutcome(in: sentence), isOwn(outcome.lowerBound) {
      found.append(Match(move: .wouldChangeMind, range: outcome))
    }
    // "nothing would change my mind": firmness, said in words about changing their mind.
    if saysOwn(Patterns.firmness, in: sentence, isOwn: isOwn) {
      read.isFirm = true
      found.removeAll { $0.move == .wouldChangeMind }
      moves.insert(.wouldChangeMind)
      appendOnce(text(of: Array(sentence[start...])), to: &read.wouldChangeMind)
    }
    let hypothetical = found.filter { $0.move == .wouldChangeMind }.map(\.range)
    // "I guess I'd change my mind if …": the hedge concedes nothing; what would change their
    // mind is what they say.
    if !hypothetical.isEmpty { found.removeAll { $0.move == .concession } }
    // "if the numbers went down with the ads still on tv …": a source in the condition is
    // imagined, not one they have.
    if !hypothetical.isEmpty, let condition = sentence.firstIndex(where: { $0.lowercased == "if" })
    {
      found.removeAll { $0.move == .source && $0.range.lowerBound > condition }
    }
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
    // "maybe I'll text her": the maybe hedges a plan; "maybe it makes me dig in": an insight.
    // Neither concedes anything about the belief.
    let namesBlockage = saysOwn(Patterns.blockages, in: sentence, isOwn: isOwn)
    // "if I hear it from real people": a condition concedes nothing.
    let isCondition = { (range: Range<Int>) in
      sentence[clause(containing: range.lowerBound)].first(where: \.isWord).map {
        AnswerCues.notViewOpeners.contains($0.lowercased)
      } ?? false
    }
    found.removeAll { $0.move == .concession && isCondition($0.range) }
    if isPlan || namesBlockage { found.removeAll { $0.move == .concession } }
    for match in found { moves.insert(match.move) }
    let leaves =
      Patterns.leaving.contains { pattern in
        // "if I have to go from 15 to 20 an hour": a condition takes no leave; nor does
        // "bc i have to go back to work in march".
        matches(of: pattern, in: sentence, from: 0).contains {
          isOwn($0.lowerBound) && !isCondition($0) && !isLaterOrReason($0, in: sentence)
        }
      } || endsWithFarewell(sentence)
      || AnswerCues.farewellSentences.contains(words)
    if leaves || isStopping(sentence) {
      moves.insert(.offTopic)
      read.isLeaving = true
    }
    if isChangingSubject(sentence) {
      moves.insert(.offTopic)
      read.isChangingSubject = true
    }
    // "idk maybe", "it depends": a wavering, given back as one, whatever else the sentence
    // concedes.
    if hypothetical.isEmpty,
      let wavering = wavering(
        in: sentence, isOwn: isOwn, isWholeAnswer: isWholeAnswer)
    {
      read.isWavering = true
      moves.insert(.concession)
      if !found.contains(where: { $0.move == .concession }) {
        found.append(Match(move: .concession, range: wavering))
      }
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
        // "actual research, not just facebook groups": a source they set aside is none of
        // theirs.
        let lead = sentence[..<match.range.lowerBound].filter(\.isWord).suffix(3)
        if lead.contains(where: { AnswerCues.disowning.contains($0.lowercased) }) { continue }
        let first = sentence[match.range.lowerBound].lowercased
        let from = first == "'s" ? max(0, match.range.lowerBound - 1) : match.range.lowerBound
        // "I read it on Reddit": the whole clause says where it comes from.
        var end = first == "i" ? own.upperBound : match.range.upperBound
        // "the city council report said …": the source is what the clause names before "said".
        var begin = from
        if AnswerCues.sourceNouns.contains(first) {
          begin = own.lowerBound
          end -= 1
        }
        appendOnce(text(of: Array(sentence[begin..<end])), to: &read.sources)
      case .concession:
        // "I read it on facebook, but I guess I never checked": what is conceded is the part
        // after the turn, and the part before it is no doubt of theirs.
        let turn = sentence[min(start, match.range.lowerBound)..<match.range.lowerBound]
          .lastIndex { turningWords.contains($0.lowercased) }
        let (doubt, stand) = doubt(in: sentence, from: turn.map { $0 + 1 } ?? start)
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
    // "the uk thing was the same year?": a question about the topic, not put to the listener.
    let asksListener = sentence.contains { ["you", "your", "u"].contains($0.lowercased) }
    if isQuestion, feelings.isEmpty, asksListener, let first = sentence.dropFirst(start).first,
      questionOpeners.contains(first.lowercased)
    {
      moves.insert(.asksBack)
    }
    if !feelings.isEmpty {
      moves.insert(.feeling)
      for feeling in feelings { appendOnce(feeling, to: &read.feelings) }
      // The sentence is given back only when it speaks of the person ("it annoys me that …").
      let speaksOfThem = sentence.contains { ["i", "me", "my", "us"].contains($0.lowercased) }
      if read.feelingWords == nil, speaksOfThem, !isQuestion {
        read.feelingWords = text(of: Array(sentence[start...]))
      }
    }
    for pattern in Patterns.blockages where read.blockage == nil {
      if let match = matches(of: pattern, in: sentence, from: 0).first, isOwn(match.lowerBound) {
        // An insight into themselves is no doubt about the belief: it is noted, not filed as one.
        // From where they name it: "idk maybe it makes me dig in" gives back no "idk".
        read.blockage = text(of: Array(sentence[max(start, match.lowerBound)...]))
        moves.insert(.concession)
      }
    }

    let idiomatic = coveredIndices(of: Patterns.notAbsolutes, in: sentence)
    for index in sentence.indices
    where AnswerCues.absolutes.contains(sentence[index].lowercased) && isOwn(index)
      && !idiomatic.contains(index)
    {
      appendOnce(sentence[index].lowercased, to: &read.absolutes)
    }

    // "I just told you": said to the listener, never given back as their view.
    // "wait why does that matter" asks about the conversation: no view of theirs.
    // "are you trying to get me to say …", "here's what I'm gonna do": no view of theirs.
    if isToListener(sentence) || isSarcastic(sentence) || isDefensive
      || saysOwn(Patterns.purposeQuestions, in: sentence, isOwn: isOwn)
      || saysOwn(Patterns.planIntroducers, in: sentence, isOwn: isOwn)
    {
      return
    }
    // "same as before, it's about fairness": what is new starts after the repeat.
    let repeatClause = found.first { $0.move == .repeat }.map {
      clause(containing: $0.range.lowerBound)
    }
    if read.statement == nil, !isQuestion, !repliesToView {
      let newClauses = clauses.filter { $0.lowerBound >= repeatClause?.upperBound ?? 0 }
      read.statement = statement(in: sentence, clauses: newClauses, isOwn: isOwn)
    }
    if let part = salientPart(of: sentence, isQuestion: isQuestion) { parts.append(part) }
    if read.gist == nil, !isQuestion {
      let from = repeatClause.map { min($0.upperBound + 1, sentence.count) } ?? start
      read.gist = from < sentence.count ? gist(of: sentence, from: from, clauses: clauses) : nil
    }
  }
}
