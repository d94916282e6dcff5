/// A claim a question puts to the person, and how it was put.
struct Proposition {
  /// The claim as a clause: "crypto is a scam".
  var clause: Clause
  /// The verb of an opinion frame around it, as a base form ("think" for "Do you think X?",
  /// "say" for "You're saying X?"), or nil.
  var opinionVerb: String?
  /// Adverbs of the opinion frame that say something of the opinion, kept in a rewrite: "still"
  /// in "Do you still think X?" ("What makes you still think X?"); not words of disbelief.
  var frameAdverbs: [Token] = []
  /// Whether the person was told they know it: "You realise X?", "Don't you know X?" (a
  /// factive frame, read as "think").
  var isToldFact = false
  /// Whether it was judged absurd: "Isn't it ridiculous that X?".
  var isJudgedAbsurd = false
  /// Whether it was asked whether it is possible or likely: "Is it possible that X?".
  var isPossibility = false
  /// Whether a negated frame put it: "Don't you think X?", "Wouldn't you say X?". The claim is
  /// the asker's, which the person has not said, so it is never asked back as their view.
  var isAskersView = false

  /// The claim as it would be stated: "crypto is a scam".
  var statement: [Token] {
    var tokens = clause.declarative
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    return tokens
  }

  /// Whether the claim is about the person asked: its subject is "you".
  var subjectIsPerson: Bool {
    clause.subject.count == 1 && clause.subject[0].lowercased == "you"
  }

  /// A yes/no question as a statement (`QuestionReversal.reversed`), with the subject's first
  /// word in the case it was written in: it stood inside the question ("Is Bitcoin …" →
  /// "Bitcoin is …", "Should I …" → "I should …").
  static func reversed(_ question: [Token]) -> [Token]? {
    guard var statement = QuestionReversal.reversed(question), question.count > 1 else {
      return nil
    }
    if let first = statement.first, first.lowercased == question[1].lowercased {
      statement[0] = first.replacingText(with: question[1].text)
    }
    return statement
  }

  /// Whether a yes/no question asks the person's opinion of a claim: "Do you (really) think
  /// …", "Don't you agree …".
  static func hasOpinionFrame(_ core: [Token]) -> Bool {
    opinionVerbIndex(core.map(\.lowercased)) != nil
  }

  /// The index after a frame verb and the listener it names: "telling me" in "You're telling
  /// me X?", where the claim starts.
  static func afterListener(_ words: [String], verbAt index: Int) -> Int {
    let next = index + 1
    guard words[index] == "telling", next + 1 < words.count, ["me", "us"].contains(words[next])
    else { return next }
    return next + 1
  }

  /// Whether "that" at an index introduces the clause ("think that AI is dangerous") rather
  /// than being its subject ("know that's not true").
  static func isComplementizer(_ words: [String], at index: Int) -> Bool {
    guard index > 0, index + 1 < words.count else { return false }
    // "feel like nobody listens": "like" after "feel" opens the clause felt.
    if words[index] == "like" { return feelForms.contains(words[index - 1]) }
    guard words[index] == "that" else { return false }
    return FunctionWords.auxiliary(words[index + 1]) == nil
  }

  /// Whether "feel" names a feeling rather than framing a view: a feeling word or a participle
  /// follows it ("you feel let down by …", "you feel angry about …"), not a clause ("you feel
  /// the council ignored you").
  static func namesFeeling(_ words: [String], frameAt index: Int, complementAt start: Int) -> Bool {
    guard feelForms.contains(words[index]), start < words.count, words[start] != "like" else {
      return false
    }
    let next = words[start]
    return Lexicon.classes(of: next).contains(.adjective)
      || Lexicon.verbReadings(of: next).contains { $0.form == .pastParticiple }
  }

  private static let feelForms: Set<String> = ["feel", "feels", "felt"]

  /// The adverbs of a frame worth keeping: of time and frequency ("still", "always"), not of
  /// disbelief ("really") nor of degree ("just").
  static func keptAdverbs(_ tokens: ArraySlice<Token>) -> [Token] {
    tokens.filter {
      let word = $0.lowercased
      return FunctionWords.verbAdverbs.contains(word)
        && !CritiqueVocabulary.incredulityWords.contains(word)
        && !["just", "only", "simply", "merely", "not"].contains(word)
    }
  }

  /// The index of the opinion verb after "<auxiliary> you (adverbs)", or nil.
  private static func opinionVerbIndex(_ words: [String]) -> Int? {
    guard words.count > 3, words[1] == "you" else { return nil }
    var index = 2
    while index < words.count, FunctionWords.isVerbAdverb(words[index]) || words[index] == "not" {
      index += 1
    }
    guard index < words.count, CritiqueVocabulary.frameVerb(in: words, at: index) != nil else {
      return nil
    }
    return index
  }

  private init(clause: Clause) {
    self.clause = clause
  }

  /// The claim of a yes/no question: "Is crypto a scam" → "crypto is a scam", "Do you think
  /// AI is dangerous" → "AI is dangerous" (an opinion), "Isn't it true that X" → X.
  init?(yesNoQuestion core: [Token]) {
    let words = core.map(\.lowercased)
    guard words.count > 2, FunctionWords.auxiliary(words[0]) != nil else { return nil }
    if let index = Proposition.opinionVerbIndex(words),
      let verb = CritiqueVocabulary.frameVerb(in: words, at: index)
    {
      var start = Proposition.afterListener(words, verbAt: index)
      // "don't you think though that …": a filler after the frame is no part of the claim.
      while start + 1 < words.count, CritiqueVocabulary.frameFillers.contains(words[start]) {
        start += 1
      }
      if Proposition.isComplementizer(words, at: start) { start += 1 }
      if start < words.count,
        !Proposition.namesFeeling(words, frameAt: index, complementAt: start),
        let inner = Proposition(declarative: Array(core[start...]), hasFrames: false)
      {
        self = inner
        opinionVerb = verb
        isAskersView = FunctionWords.auxiliary(words[0])?.isNegated == true
        isToldFact = CritiqueVocabulary.factiveVerbs.contains(words[index])
        frameAdverbs = Proposition.keptAdverbs(core[2..<index])
        return
      }
    }
    if words[1] == "it" {
      var frame = 2
      if frame < words.count, words[frame] == "not" { frame += 1 }
      while frame < words.count, ["so", "just", "really", "totally", "even"].contains(words[frame])
      {
        frame += 1
      }
      if frame < words.count,
        let end = Proposition.claimFrameEnd(words, from: frame),
        end < words.count, let inner = Proposition(declarative: Array(core[end...]))
      {
        self = inner
        let judgement = words[frame]
        isJudgedAbsurd =
          CritiqueVocabulary.loadedWords.contains(judgement)
          || CritiqueVocabulary.insultingWords.contains(judgement)
        isPossibility = ["possible", "likely"].contains(judgement)
        // "Is it true that X?" asks what the person thinks of X.
        if !isJudgedAbsurd, !isPossibility { opinionVerb = "think" }
        return
      }
    }
    guard let statement = Proposition.reversed(core) else { return nil }
    if let clause = Proposition.clause(reversed: statement, from: core) {
      self.init(clause: clause)
      return
    }
    self.init(declarative: statement, hasFrames: false)
  }

  /// The clause of a "be" or modal question turned around, built from the parts the reversal
  /// already found, so that it is not parsed again: the subject is the question's words after
  /// its auxiliary, up to where the auxiliary now stands; adverbs and "not" right after it go
  /// with it, as the clause parser puts them.
  static func clause(reversed statement: [Token], from question: [Token]) -> Clause? {
    guard let auxiliary = FunctionWords.auxiliary(question[0].lowercased), !auxiliary.isNegated,
      auxiliary.kind == .be || auxiliary.kind == .modal
    else { return nil }
    let subjectCount = (1..<question.count).first { index in
      index < statement.count && statement[index].lowercased == auxiliary.positive
        && statement[..<index].map(\.lowercased).elementsEqual(
          question[1...index].map(\.lowercased))
    }
    guard let subjectCount, subjectCount > 0 else { return nil }
    var rest = Array(statement[(subjectCount + 1)...])
    var afterAuxiliary: [Token] = []
    var isNegated = false
    while let word = rest.first?.lowercased,
      word == "not" || word == "never" || FunctionWords.isVerbAdverb(word)
    {
      if word == "not" { isNegated = true } else { afterAuxiliary.append(rest[0]) }
      rest.removeFirst()
    }
    let verb: FiniteVerb = auxiliary.kind == .be ? .be(auxiliary.tense) : .modal(auxiliary.positive)
    guard !rest.isEmpty else { return nil }
    if case .modal = verb, QuestionRewriter.baseForm(rest[0].lowercased) == nil { return nil }
    return Clause(
      subject: Array(statement[..<subjectCount]), verb: verb, auxiliary: statement[subjectCount],
      afterAuxiliary: afterAuxiliary, rest: rest, isNegated: isNegated)
  }

  /// The claim of a statement: "You think AI is dangerous" → "AI is dangerous" (an opinion),
  /// "I think crypto is a scam" → "crypto is a scam".
  /// - Parameters:
  ///   - hasFrames: false when the statement comes from a question whose frames are already
  ///     gone, so there is no frame or hedge to look for.
  ///   - parsed: the statement already parsed, used when no frame is removed from it, so that
  ///     it is not parsed again.
  init?(declarative tokens: [Token], hasFrames: Bool = true, parsed: Clause? = nil) {
    let words = tokens.map(\.lowercased)
    var index = 0
    if words.first == "so" { index += 1 }
    // "what you're saying is X" frames X as "you're saying X" does.
    let isCleft = index + 1 < words.count && words[index] == "what" && words[index + 1] == "you"
    if isCleft { index += 1 }
    if index < words.count, words[index] == "you" {
      var verbIndex = index + 1
      while verbIndex < words.count,
        [
          "'re", "are", "really", "seriously", "honestly", "actually", "just", "still", "do",
          "did", "can", "could", "must",
        ].contains(words[verbIndex])
      {
        verbIndex += 1
      }
      if verbIndex < words.count, let verb = CritiqueVocabulary.frameVerb(in: words, at: verbIndex)
      {
        var start = Proposition.afterListener(words, verbAt: verbIndex)
        let hasCopula = isCleft && start < words.count && words[start] == "is"
        if hasCopula { start += 1 }
        if Proposition.isComplementizer(words, at: start) { start += 1 }
        if start < words.count, isCleft == hasCopula,
          !Proposition.namesFeeling(words, frameAt: verbIndex, complementAt: start),
          let inner = Proposition(declarative: Array(tokens[start...]))
        {
          self = inner
          opinionVerb = verb
          isToldFact = CritiqueVocabulary.factiveVerbs.contains(words[verbIndex])
          frameAdverbs = Proposition.keptAdverbs(tokens[(index + 1)..<verbIndex])
          return
        }
      }
    }
    let frameless =
      hasFrames
      ? FrameRemover.removingFrames(from: tokens)
      : FrameRemover.Result(tokens: tokens, isNegated: false)
    let isWhole = frameless.tokens.count == tokens.count && !frameless.isNegated
    let reused = isWhole ? parsed : nil
    guard
      var clause = reused ?? ClauseParser.parse(frameless.tokens)
    else { return nil }
    if frameless.isNegated { clause = Negator.contradiction(of: clause) }
    if clause.isCommand { clause = clause.asAdvice }
    self.clause = clause
  }

  /// Where "true that", "the case that", "obvious that", "ridiculous that" end, from the word
  /// after "Is it (not)".
  private static func claimFrameEnd(_ words: [String], from start: Int) -> Int? {
    var index = start
    let word = words[index]
    if word == "the", index + 1 < words.count, words[index + 1] == "case" {
      index += 2
    } else if ["fair", "right"].contains(word) {
      // "Is it fair to say that X" asks about X; "Is it fair that X" asks about fairness.
      guard index + 2 < words.count, words[index + 1] == "to", words[index + 2] == "say" else {
        return nil
      }
      index += 3
    } else if CritiqueVocabulary.claimFrames.contains(word)
      || CritiqueVocabulary.loadedWords.contains(word)
      || CritiqueVocabulary.insultingWords.contains(word)
    {
      index += 1
    } else {
      return nil
    }
    guard index < words.count else { return nil }
    if ["that", "how"].contains(words[index]) { return index + 1 }
    // "Isn't it obvious the council lied?": the clause may follow the frame without "that".
    let opensClause =
      FunctionWords.determiners.contains(words[index])
      || FunctionWords.subjectPronouns[words[index]] != nil
    return CritiqueVocabulary.claimFrames.contains(word) && opensClause ? index : nil
  }
}
