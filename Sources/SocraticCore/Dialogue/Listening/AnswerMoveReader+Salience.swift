/// Which sentence of an answer matters most to give back, and the words that say the last
/// reflection missed: the reflection gives back the restated point, the confession, the view
/// tied to the claim before a side detail, a biography or a jab (`AnswerCues.salience`).
extension AnswerMoveReader {
  /// The sentence without the words that say the last reflection missed ("that's not the
  /// point, the point is …" → "the point is …"), and whether it said so.
  static func withoutMisheard(_ sentence: [Token]) -> (rest: [Token], isMisheard: Bool) {
    guard
      let match = Patterns.misheard.lazy.compactMap({
        matches(of: $0, in: sentence, from: 0).first
      }).first
    else { return (sentence, false) }
    let rest = sentence[match.upperBound...].drop { !$0.isWord }
    // "this is about my son not me": whom it is about, said inside the correction.
    if !rest.contains(where: \.isWord),
      let tail = matches(of: Patterns.notMeTail, in: sentence, from: match.lowerBound + 1).last,
      tail.upperBound == match.upperBound
    {
      return (Array(sentence[match.lowerBound..<tail.lowerBound]), true)
    }
    return (Array(rest), true)
  }

  /// The sentence as it may be given back, with how much it weighs: nil for a question, a
  /// word to the listener, sarcasm, someone else's words, or one too long to give back whole.
  static func salientPart(of sentence: [Token], isQuestion: Bool) -> (weight: Int, text: String)? {
    guard !isQuestion || isRisingStatement(sentence), !isToListener(sentence),
      !isSarcastic(sentence)
    else { return nil }
    let start = firstContentIndex(in: sentence)
    let others = othersWords(in: sentence)
    guard !others.contains(start) else { return nil }
    let clauses = clauseRanges(in: sentence)
    guard let text = gist(of: sentence, from: start, clauses: clauses) else { return nil }
    let weights = Patterns.salience.compactMap { pattern, weight in
      matches(of: pattern, in: sentence, from: 0).contains { !others.contains($0.lowerBound) }
        ? weight : nil
    }
    if let weight = weights.max() { return (weight, text) }
    // "i drive a bus in town, been at it ten year": who they are, which sets the scene.
    if Patterns.sceneSetting.contains(where: { !$0.matchEnds(in: sentence, from: start).isEmpty }) {
      return (AnswerCues.asideSalience, text)
    }
    // What the sentence does, from its grammar: "the fees would eat his margin" before "my
    // uncle owns a garage", and both before "I'm not a lawyer".
    let role = ClauseRole.of(Array(sentence[start...]))
    // "so most of them get nothing": what follows from what they said before.
    if role == .statement, sentence.first?.lowercased == "so" {
      return (AnswerCues.pointSalience, text)
    }
    switch role {
    case .point: return (AnswerCues.pointSalience, text)
    case .verdict: return (AnswerCues.pointSalience + 1, text)
    case .background: return (AnswerCues.asideSalience, text)
    case .selfAside, .othersReaction: return (AnswerCues.selfAsideSalience, text)
    case .statement, nil: break
    }
    let words = sentence[start...].filter(\.isWord).drop {
      AnswerCues.reasonOpeners.contains($0.lowercased)
    }
    if words.count <= AnswerCues.labelWordLimit { return (1, text) }
    // "I barely did homework": a story of their own weighs less than a view.
    let isStory =
      words.first?.lowercased == "i"
      && words.dropFirst().prefix(2).contains {
        Lexicon.verbReadings(of: $0.lowercased).contains { $0.form == .past }
      }
    let isReported = Patterns.reportedSpeech.contains {
      !matches(of: $0, in: sentence, from: 0).isEmpty
    }
    if isReported { return (1, text) }
    return (isStory ? AnswerCues.storySalience : AnswerCues.plainSalience, text)
  }

  /// Whether a sentence with a question mark is a statement said with a rising voice ("so
  /// for poor families it might cost more?"): a clause in the order of a statement, opening on
  /// no question word or auxiliary, put to no "you".
  static func isRisingStatement(_ sentence: [Token]) -> Bool {
    let words = sentence[firstContentIndex(in: sentence)...].filter(\.isWord).map(\.lowercased)
    guard let first = words.first, !FunctionWords.questionWords.contains(first),
      FunctionWords.auxiliary(first) == nil,
      !words.contains(where: { ["you", "your", "u"].contains($0) })
    else { return false }
    return ClauseParser.parse(sentence)?.subject.isEmpty == false
  }

  /// The parts that only aside, and those that only set the scene when another part weighs
  /// more.
  static func asides(among parts: [(weight: Int, text: String)]) -> [String] {
    let top = parts.map(\.weight).max() ?? 0
    let limit =
      top > AnswerCues.asideSalience ? AnswerCues.asideSalience : AnswerCues.selfAsideSalience
    return parts.filter { $0.weight <= limit }.map(\.text)
  }

  /// The parts, most telling first; parts of equal weight in the order said.
  static func ranked(_ parts: [(weight: Int, text: String)]) -> [String] {
    parts.enumerated()
      .sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }
      .map(\.element.text)
  }

  /// A part whose subject is "he" or "she", with the person an earlier sentence set up named
  /// instead: "my buddy Dave has a bakery. he'd have to let 2 go" gives back "my buddy Dave
  /// would have to let 2 go", never a "he" with no one before it.
  static func naming(_ setUp: [Token], in part: String) -> String {
    var tokens = Tokenizer.tokenize(part)
    if let owned = namingOwner(setUp, in: tokens) { return owned.joinedText }
    guard tokens.count > 1, ["he", "she"].contains(tokens[0].lowercased) else { return part }
    if let full = contractedVerbs[tokens[1].lowercased] {
      tokens[1] = tokens[1].replacingText(with: full)
      tokens[1].hasSpaceBefore = true
    } else if tokens[1].lowercased.hasPrefix("'") {
      return part
    }
    var named = setUp
    if !named.isEmpty { named[0].hasSpaceBefore = false }
    return (named + tokens.dropFirst()).joinedText
  }

  /// The clitics after "he" or "she" that read as one verb.
  private static let contractedVerbs: [String: String] = [
    "'d": "would", "'ll": "will",
  ]

  /// The subject of a sentence that sets up a person ("my buddy Dave has a bakery"), for a "he"
  /// or "she" after it; nil for any other sentence.
  static func setUpPerson(in sentence: [Token]) -> [Token]? {
    // A set-up is short: a long sentence is never parsed for one, so reading stays fast.
    guard sentence.count(where: \.isWord) <= partWordLimit else { return nil }
    let start = firstContentIndex(in: sentence)
    guard let clause = ClauseParser.parse(Array(sentence[start...])), clause.lead.isEmpty,
      ClauseRole.namesPerson(clause.subject)
    else { return nil }
    return clause.subject
  }
}
