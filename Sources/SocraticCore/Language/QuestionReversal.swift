/// Recognises a question and turns a yes/no or "why" question back into the statement it asks
/// about: "Is crypto a scam?" → "Crypto is a scam.", "Why do people hate crypto?" → "People
/// hate crypto.", "Don't you think AI is dangerous?" → "AI is dangerous.".
public enum QuestionReversal {
  /// Whether a sentence is a question: it ends with "?", or starts with an auxiliary or modal
  /// (not a command such as "Don't trust banks"), or with a question word and an auxiliary
  /// ("Why is crypto a scam").
  public static func isQuestion(_ sentence: [Token]) -> Bool {
    let words = sentence.filter { $0.kind != .punctuation || $0.hasQuestionMark }
    if let last = words.last, last.kind == .punctuation, last.hasQuestionMark { return true }
    guard let first = words.first?.lowercased else { return false }
    let second = words.count > 1 ? words[1].lowercased : nil
    if let auxiliary = FunctionWords.auxiliary(first), !first.hasPrefix("'") {
      if auxiliary.kind == .do, second == "not" || second.map(isBaseVerb) == true {
        return false  // "Do not trust banks", "Don't trust banks": a command
      }
      return second != nil
    }
    if FunctionWords.questionWords.contains(first), let second,
      let auxiliary = FunctionWords.auxiliary(second), !second.hasPrefix("'")
    {
      return auxiliary.kind != .be || words.count > 2
    }
    return false
  }

  /// The statement a question asks about, capitalised and with a full stop, or nil when it
  /// cannot be turned around (an open "what" or "how" question).
  public static func statement(from sentence: [Token]) -> String? {
    var tokens = sentence
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    tokens = withoutTag(tokens)
    guard let first = tokens.first else { return nil }
    var statement: [Token]?
    let word = first.lowercased
    if word == "why" {
      statement = reversed(Array(tokens.dropFirst()))
    } else if word == "who", tokens.count > 2,
      rhetoricalMarkers.contains(tokens[1].lowercased)
        || ["cares", "needs"].contains(tokens[1].lowercased)
    {
      // "Who even uses cash?" says that nobody does.
      statement = [first.replacingText(with: "Nobody")] + tokens.dropFirst()
    } else if FunctionWords.questionWords.contains(word) {
      return nil
    } else if FunctionWords.auxiliary(word) != nil {
      statement = reversed(tokens)
    } else if let verb = ClauseParser.finiteVerbIndex(in: tokens), verb > 0 {
      statement = tokens
    }
    guard var statement, let verb = ClauseParser.finiteVerbIndex(in: statement), verb > 0
    else { return nil }
    statement = FrameRemover.removingFrames(from: statement).tokens
    guard let head = statement.first else { return nil }
    statement[0] = head.replacingText(with: CaseStyle.capitalizingFirst(head.text))
    return statement.joinedText + "."
  }

  /// The claim a rhetorical question states, or nil when the question asks: a question that
  /// opens with a negated auxiliary presumes its answer ("Isn't it obvious that crypto is a
  /// scam?" → "it is obvious that crypto is a scam", "Don't you think AI is overhyped?" → "AI
  /// is overhyped", "Isn't crypto just gambling?" → "crypto is just gambling"), and so does a
  /// statement with a tag ("Crypto is a scam, right?", "AI will take our jobs, won't it?").
  /// The sentence is given without its closing punctuation.
  static func rhetoricalClaim(in sentence: [Token]) -> [Token]? {
    let untagged = withoutTag(sentence)
    if untagged.count < sentence.count, let verb = ClauseParser.finiteVerbIndex(in: untagged),
      verb > 0, FunctionWords.auxiliary(untagged[0].lowercased) == nil,
      !FunctionWords.questionWords.contains(untagged[0].lowercased)
    {
      return untagged
    }
    guard let first = sentence.first, FunctionWords.auxiliary(first.lowercased)?.isNegated == true,
      var claim = reversed(sentence)
    else { return nil }
    // "Wouldn't you agree that vinyl sounds better?" → "you would agree that vinyl sounds
    // better" → "vinyl sounds better": what the listener is asked to grant is the claim.
    if let end = listenerFrame.matchEnds(in: claim, from: 0).first, end > 0, end < claim.count,
      let verb = ClauseParser.finiteVerbIndex(in: Array(claim[end...])), verb > 0
    {
      claim = Array(claim[end...])
      claim[0].hasSpaceBefore = false
    }
    guard let verb = ClauseParser.finiteVerbIndex(in: claim), verb > 0 else { return nil }
    return claim
  }

  /// What a rhetorical question asks the listener to grant, once turned into a statement:
  /// "you would agree that", "you can see that".
  private static let listenerFrame = PhrasePattern(
    "you (would|'d|can|could|must)? (really|honestly)? "
      + "(think|agree|say|believe|feel|see|know|realize|realise|admit) (that)?")

  /// Words after "who" that make a question rhetorical: "Who even uses cash?", "Who really
  /// believes that?".
  private static let rhetoricalMarkers: Set<String> = [
    "even", "really", "actually", "honestly", "seriously", "still", "ever",
  ]

  /// The sentence without a tag question at its end: "crypto is a scam, isn't it" → "crypto is
  /// a scam"; also ", right", ", no", ", or not" and ", yes or no".
  private static func withoutTag(_ tokens: [Token]) -> [Token] {
    guard let comma = tokens.lastIndex(where: { $0.text == "," }), comma > 0 else { return tokens }
    let tag = tokens[(comma + 1)...].map(\.lowercased)
    let isTag: Bool
    switch tag.count {
    case 1: isTag = ["right", "no", "yes", "eh", "correct"].contains(tag[0])
    case 2:
      isTag =
        tag == ["or", "not"]
        || FunctionWords.auxiliary(tag[0]) != nil && FunctionWords.subjectPronouns[tag[1]] != nil
    case 3:
      isTag =
        [["yes", "or", "no"], ["true", "or", "false"]].contains(tag)
        || FunctionWords.auxiliary(tag[0]) != nil && tag[1] == "not"
    default: isTag = false
    }
    return isTag ? Array(tokens[..<comma]) : tokens
  }

  /// "is crypto a scam" → "crypto is a scam"; "does AI threaten jobs" → "AI threatens jobs";
  /// "do you think X" → "X". The question critic uses it to read the claim of a yes/no
  /// question.
  static func reversed(_ tokens: [Token]) -> [Token]? {
    guard tokens.count >= 2, let auxiliary = FunctionWords.auxiliary(tokens[0].lowercased) else {
      return nil
    }
    if auxiliary.kind == .do, tokens[1].lowercased == "you", tokens.count > 3,
      ["think", "believe", "feel", "agree", "reckon", "suppose"].contains(tokens[2].lowercased)
    {
      var rest = Array(tokens[3...])
      if rest.first?.lowercased == "that" { rest.removeFirst() }
      return rest.isEmpty ? nil : rest
    }
    let subjectEnd: Int
    var rest: [Token]
    var adverbs: [Token] = []
    switch auxiliary.kind {
    case .be, .have:
      var end = nounPhraseEnd(in: tokens, from: 1)
      if end == tokens.count,
        let boundary = compoundBoundary(
          in: tokens, from: 1, to: end, plural: ["are", "were"].contains(auxiliary.positive))
      {
        // "Is Taiwan part of China": "be" needs a complement, so the subject ends where a
        // second noun phrase could start.
        end = boundary
      }
      subjectEnd = withPostmodifiers(
        in: tokens, subjectEnd: relativeClauseEnd(in: tokens, from: end))
      rest = Array(tokens[subjectEnd...])
    case .do, .modal:
      guard var end = verbPosition(in: tokens) else { return nil }
      rest = Array(tokens[end...])
      // "Can AI ever be creative": the adverbs before the verb follow the auxiliary, not the
      // subject ("AI can ever be creative").
      while end > 2, isAdverbBeforeVerb(tokens[end - 1].lowercased) {
        end -= 1
        adverbs.insert(tokens[end], at: 0)
      }
      subjectEnd = end
    }
    guard subjectEnd > 1 else { return nil }
    var subject = Array(tokens[1..<subjectEnd])
    subject[0] = subject[0].replacingText(with: CaseStyle.lowercasingFirst(of: subject[0]))
    var verb: [Token] = [Token(auxiliary.positive)]
    if auxiliary.kind == .do, let main = rest.first {
      let base =
        Lexicon.verbReadings(of: main.lowercased).first { $0.form == .base }?.base
        ?? main.lowercased
      let tense: LexicalTense =
        auxiliary.positive == "does"
        ? .thirdSingular : auxiliary.positive == "did" ? .past : .plural
      verb = [main.replacingText(with: Clause.inflect(base, tense))]
      rest.removeFirst()
      return Clause.respaced(subject + adverbs + verb + rest)
    }
    return Clause.respaced(subject + verb + adverbs + rest)
  }

  /// Whether a word is a verb in its base form that is not read as a noun first ("boost",
  /// "be"; not "job").
  static func isBaseVerb(_ word: String) -> Bool {
    word == "be" || word == "have"
      || Lexicon.verbReadings(of: word).contains {
        $0.form == .base && !Lexicon.classes(of: $0.base).contains(.rareVerb)
      }
  }
}
