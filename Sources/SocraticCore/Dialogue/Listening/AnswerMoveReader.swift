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
    // "brb", "one sec, the door": a step away says nothing about the belief.
    if TurnCues.isPause(text) {
      var pause = ReadAnswer()
      pause.moves = [.noContent]
      return pause
    }
    return RecentAnswers.reading(
      of: text, earlierWords: earlierWords, expectsReason: expectsReason)
  }

  /// The tokens of an answer as it is read: its first `readLimit` characters, shorthand
  /// expanded, without what they call the listener.
  static func readTokens(of text: String) -> [Token] {
    withoutDenied(
      withoutListenerNames(
        Shorthand.expanded(
          Tokenizer.tokenize(TypedTextLimit.prefix(of: text, characters: readLimit)))))
  }

  /// The tokens without a fond word they call the listener by ("still mostly the same love,
  /// for ordinary people"): it is no word of their answer, so no question asks what "the same
  /// love" means to them. Which words call the listener is read as partner reads them
  /// (`SaidSentences.withoutListenerNames`); an answer with none of those words is left as it
  /// is, unread.
  static func withoutListenerNames(_ tokens: [Token]) -> [Token] {
    guard tokens.contains(where: { PartnerCues.listenerNames.contains($0.lowercased) }) else {
      return tokens
    }
    return SentenceSplitter.sentences(in: tokens).flatMap(SaidSentences.withoutListenerNames)
  }

  /// The tokens without a sentence the person takes back ("maybe I'm jealous, no that's not
  /// it"): what they deny is not read as theirs, neither filed nor given back.
  static func withoutDenied(_ tokens: [Token]) -> [Token] {
    let closesSentence = { (range: Range<Int>) in
      tokens[range.upperBound...].first.map { !$0.isWord } ?? true
    }
    guard
      let denial = Patterns.denials.lazy.compactMap({ matches(of: $0, in: tokens, from: 0).first })
        .first
        ?? Patterns.jokes.lazy.compactMap({
          matches(of: $0, in: tokens, from: 0).first(where: closesSentence)
        }).first
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
    // "idk. maybe": the shrug before a wavering said alone is no part of it.
    let wavering = words.joined(separator: " ")
    let shrug = AnswerCues.leadingShrugs.first { wavering.hasPrefix($0 + " ") }
    if AnswerCues.waveringAlone.contains(wavering)
      || shrug.map({ AnswerCues.waveringAlone.contains(String(wavering.dropFirst($0.count + 1))) })
        == true
    {
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
    // The sentence read last, and whether it was reported: whether its report ran to its end
    // is worked out only when a sentence opening on "like" follows it.
    var before: (sentence: [Token], isReported: Bool)?
    for (index, (isQuestion, whole)) in sentences.enumerated() {
      // "that's not what I said": owned with a repair; what follows is the answer.
      var (sentence, isMisheard) = withoutMisheard(whole)
      // "no my cousin, its his girl that went": who was meant, put right, and named after.
      if index == 0, let corrected = correctedPerson(in: sentence) {
        (sentence, isMisheard) = (corrected.rest, true)
        setUp = corrected.person
      } else if index == 0, let stressed = stressedSubject(in: sentence) {
        (sentence, isMisheard) = (stressed, true)
      }
      if isMisheard { read.isMisheard = true }
      // "the noise from next door, it keeps me up": the "it" is the noise.
      sentence = LeftDislocation.folded(sentence) ?? sentence
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
      // "they'd say it's the funding. like give it the money …": a sentence that opens on
      // "like" after reported words that ran to their end goes on with them.
      let isReported =
        sentence.first?.lowercased == "like" && before.map(Self.reportRunsOn) ?? false
      // "people go for the hymns. well some do. oh I don't know": a shrug that closes an
      // answer after its point wavers, as one said alone does; after a question or a "why"
      // left open ("they never said why. who knows") it shrugs at that, not at their claim.
      let wordBefore = index > 0 ? spoken[index - 1].split(separator: " ").last : nil
      let closesOnItsPoint =
        index > 0 && index == sentences.count - 1 && !sentences[index - 1].0
        && !AnswerCues.unexplainedEnds.contains(String(wordBefore ?? ""))
      readSentence(
        sentence, isQuestion: isQuestion,
        mayWaverAlone: sentences.count == 1 || closesOnItsPoint,
        isReported: isReported, isAffirmedAfter: spoken[(index + 1)...].contains(where: affirms),
        into: &read, moves: &moves, parts: &parts)
      let tagged = before.flatMap { Self.untagged($0.0) }
      before = (sentence, isReported)
      // "… he'd have to let 2 go": the person set up before is named, not left a "he".
      if let setUp, parts.count > partCount {
        parts[partCount].text = naming(setUp, in: parts[partCount].text)
      }
      if let person = setUpPerson(in: sentence) { setUp = person }
      if let correction = ownCorrection(in: sentence)
        ?? tagged.flatMap({ ownCorrection(in: $0 + sentence) })
      {
        read.correction = correction
      }
      read.endsOnDoubt = read.doubts.count > doubtCount || read.isWavering && !wasWavering
    }
    // "angry is maybe the wrong word, more like tired": a better word for their feeling, no
    // doubt of the claim; the feeling is the one they name now.
    if let correction = read.correction, correction.isFeeling {
      let dropped = correction.dropped.map(\.lowercased)
      let kept = correction.kept.map(\.lowercased).joined(separator: " ")
      read.doubts.removeAll { doubt in
        !Set(BeliefMap.plainWords(doubt)).isDisjoint(with: dropped)
      }
      if read.doubts.isEmpty {
        moves.remove(.concession)
        read.isWavering = false
        read.endsOnDoubt = false
      }
      read.feelings = [kept] + read.feelings.filter { $0 != kept && !dropped.contains($0) }
      moves.insert(.feeling)
    }
    // "maybe hate is too strong", "disgusted is a strong word": they tune their words, and
    // hold to the claim.
    let doubtsRead = read.doubts.count
    read.doubts.removeAll { ReflectionWriter.wordingPoint(in: $0) != nil }
    if read.doubts.count < doubtsRead, read.doubts.isEmpty {
      moves.remove(.concession)
      read.isWavering = false
      read.endsOnDoubt = false
    }
    read.keyParts = ranked(parts)
    read.asides = asides(among: parts)
    if isRepeat(tokens, of: earlierWords) { moves.insert(.repeat) }
    // "the days are long now": a feeling told by its effect, when none is named.
    // A loss or a hardship ("my husband died and i'm angry at the bank") outranks any feeling
    // named beside it.
    if let implied = ImpliedFeeling.read(in: tokens), read.feelings.isEmpty || implied.isLoss {
      read.impliedFeeling = implied
      moves.insert(.feeling)
    }
    // A plain statement answering a why is a reason; not a concession or a repeat. A feeling
    // named beside it ("the drive is an hour each way and i hate it") leaves it a reason; a
    // loss told does not ("my dog died and i'm sad" grounds no view).
    // "im so upset i want to shout": a statement of themselves is the feeling's own.
    let feelsBeside =
      moves.contains(.feeling) && read.impliedFeeling?.isLoss != true
      && read.statement.map(Self.tellsOfTheWorld) == true
    let isPlainStatement = moves.subtracting(feelsBeside ? [.feeling] : [])
      .isSubset(of: [.example, .source, .reason])
    // "but the scandals are on another level", "the new hires are lost though": a turn back
    // to their own side, after a question on anything, is a reason of its own.
    read.turnsBack = !moves.contains(.concession) && sentences.contains { turnsBack($0.1) }
    // "fair enough, they're lovely. but that's different": what they hold to after a grant
    // may be a sentence of its own, opened by the turn.
    if moves.contains(.concession), read.stand == nil,
      let turn = sentences.dropFirst().last(where: { turnsBack($0.1) })?.1
    {
      let stand = Array(turn.drop { !$0.isWord || AnswerCues.turnOpeners.contains($0.lowercased) })
      let held = text(of: stand).lowercased()
      // "… but maybe not all of it is the tax?": a turn that is itself the doubt holds nothing.
      let isDoubt = read.doubts.contains {
        $0.lowercased().contains(held) || held.contains($0.lowercased())
      }
      if stand.contains(where: \.isWord), !isDoubt { read.stand = text(of: stand) }
    }
    // "im not upset, just saying": a feeling they say is not theirs is no reason for the view
    // (`statement(in:clauses:isOwn:)` passes over the clause that denies it).
    if expectsReason || read.turnsBack, isPlainStatement, read.reasons.isEmpty,
      let statement = read.statement, BeliefMap.deniedOwnFeeling(in: statement) == nil
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

  /// Whether a statement tells of something besides the speaker and names no feeling: "the
  /// drive is an hour each way", not "i want to shout" or "it makes me sick".
  private static func tellsOfTheWorld(_ statement: String) -> Bool {
    let first = BeliefMap.plainWords(statement).first ?? ""
    return !BeliefMap.firstPersonWords.contains(first) && BeliefMap.statedFeeling(statement) == nil
  }

  /// Whether what someone else said runs to the end of a sentence, so a sentence after it
  /// that opens on "like" goes on with it.
  private static func reportRunsOn(_ sentence: (sentence: [Token], isReported: Bool)) -> Bool {
    sentence.isReported || othersWords(in: sentence.sentence).contains(sentence.sentence.count - 1)
      || ReflectionCheck.reportsOthersView(TypedForms.written(sentence.sentence))
  }

  // MARK: - Noise

  /// Whether an answer says nothing at all, for counting what was answered: a pause ("brb")
  /// or noise (`isNoise`). A short answer that names something ("the sleep", "not much")
  /// answers its question, though it is too short to build on (it may be logged as
  /// `AnswerMove.noContent`, which says only that).
  static func saysNothing(_ text: String) -> Bool {
    TurnCues.isPause(text) || isNoise(readTokens(of: text))
  }

  /// Whether a sentence, in lower case, opens on a yes: "definitely", "yeah a bit", "true". A
  /// yes said to wave the question away ("yeah right", "as if") is no yes.
  private static func affirms(_ spoken: String) -> Bool {
    let words = spoken.split(separator: " ").map(String.init)
    guard let first = words.first, !DismissiveRetort.isRetort(words) else { return false }
    return PartnerReflection.yesWords.contains(first) || AnswerCues.grantingWords.contains(first)
      || AnswerCues.agreements.contains(spoken)
  }

  /// Whether the answer says nothing: no words, a lone "yes" or "I don't know" (or two or
  /// three such words: "yeah ok"), or letters that are no words at all ("asdf").
  static func isNoise(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord)
    guard !words.isEmpty else { return true }
    let lowered = words.map(\.lowercased)
    if AnswerCues.noContent.contains(lowered.joined(separator: " ")) { return true }
    // "yeah ok", "mm sure": a few such words together say no more than one of them; with a
    // word that grants ("true, true", "yeah right") they grant a point.
    if lowered.count <= AnswerCues.noContentRunLimit,
      lowered.allSatisfy(AnswerCues.noContent.contains),
      !lowered.contains(where: AnswerCues.grantingWords.contains)
    {
      return true
    }
    return words.count <= 3
      && words.allSatisfy {
        $0.kind == .word && !$0.isCapitalized && !isKnownWord($0.lowercased)
          && !AnswerCues.farewells.contains($0.lowercased)
      }
  }

  static func isKnownWord(_ word: String) -> Bool {
    FunctionWords.isFunctionWord(word) || Lexicon.isKnown(word) || Lexicon.isVerb(word)
      || Lexicon.singular(of: word) != nil
  }
}
