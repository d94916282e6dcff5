/// Rewrites a question that leads by what it says (`PresumptionRules`), a shape for each
/// fault:
/// - a presumed act asks how the person sees what it is about, a shape for each kind of topic
///   (`topicQuestion`): "Why do you keep defending Bitcoin when it crashed?" → "How do you see
///   Bitcoin?"; a visit put off asks how they feel about it: "When are you finally going to see
///   a GP about it?" → "How are you feeling about seeing a GP about it?";
/// - a mocking or sweeping word is left out: "What makes you think a ceasefire will magically fix it?" →
///   "What makes you think a ceasefire will fix it?";
/// - a false choice asks what else there is, naming the two or the topic
///   (`FalseChoiceRewrites`): "What options do you see besides moving and staying?".
enum PresumptionRewrites {
  /// The rewrite's words without "?", or nil when the question has no such fault or nothing to
  /// keep.
  static func body(for reading: QuestionReading) -> [Token]? {
    guard let match = PresumptionRules.firstMatch(in: reading) else { return nil }
    let tokens = reading.tokens
    switch match.effect {
    case .presumedAct:
      let act = reading.words[match.range.upperBound - 1]
      if act == "ask" {
        return askedAct(Array(tokens[match.range.upperBound..<reading.core.upperBound]))
      }
      let topic = Array(topic(in: tokens, after: match.range.upperBound))
      // "finally going to see a doctor about that knee": a visit put off, not a view to admit.
      if act == "see", PresumptionPatterns.isVisit(topic.map(\.lowercased)) {
        return Tokenizer.tokenize("How are you feeling about seeing") + topic
      }
      return topicQuestion(
        topic,
        isClause: PresumptionPatterns.actsTakingClause.contains(act))
    case .sweepingWord where sideTaking.contains(reading.words[match.range.lowerBound + 1]):
      return sideTaken(Array(tokens[(match.range.lowerBound + 2)..<reading.core.upperBound]))
    case .mockingWord, .sweepingWord:
      // A word found outside the question's core is none of its words to drop.
      guard reading.core.contains(match.range.lowerBound) else { return nil }
      var body = Array(tokens[reading.core])
      body.remove(at: match.range.lowerBound - reading.core.lowerBound)
      return body
    case .falseChoice:
      return FalseChoiceRewrites.body(for: reading)
        ?? Tokenizer.tokenize("What options do you see besides those two")
    case .allowedMistreatment:
      return standing(with: Array(tokens[(match.range.lowerBound + 1)...]))
    }
  }

  /// The rewrite of mistreatment the person is said to allow, or nil when the question says
  /// none: tried before the frames that would keep "let your boss walk" as an act.
  static func standingBody(for reading: QuestionReading) -> [Token]? {
    guard let match = PresumptionRules.firstMatch(in: reading),
      match.effect == .allowedMistreatment
    else { return nil }
    return standing(with: Array(reading.tokens[(match.range.lowerBound + 1)...]))
  }

  /// "Why would you let your boss walk all over you?" → "How do things stand between you and
  /// your boss?": whoever is said to mistreat them, named as the asker named them, without the
  /// charge that they allow it. Nil when the one named is not a person said in a few words.
  private static func standing(with words: [Token]) -> [Token]? {
    let said = words.map(\.lowercased)
    guard
      let end = said.indices.first(where: { at in
        mistreatments.contains { said[at...].starts(with: $0) }
      })
    else { return nil }
    let person = Array(words[..<end])
    guard (1...2).contains(person.count), person.allSatisfy(\.isWord) else { return nil }
    return Tokenizer.tokenize("How do things stand between you and") + person
  }

  /// The mistreatments allowed, word by word: "walk all over", "boss you around".
  private static let mistreatments = PresumptionPatterns.mistreatments.map {
    $0.split(separator: " ").map(String.init)
  }

  /// "Why do you always take your mother's side?" → "How do you see your mother's side of
  /// it?", and so for "always side with your brother": whose side it is, without the charge
  /// that the person always takes it.
  /// - Parameter words: what follows the verb: "your mother's side", "with your brother".
  private static func sideTaken(_ words: [Token]) -> [Token]? {
    let lowered = words.map(\.lowercased)
    var person: ArraySlice<Token>
    if lowered.first == "with" {
      person = words.dropFirst().prefix { $0.isWord }
    } else if let side = lowered.firstIndex(of: "side"), side > 1, lowered[side - 1] == "'s" {
      person = words[..<(side - 1)]
    } else {
      return nil
    }
    guard let last = person.last, person.allSatisfy(\.isWord),
      !FunctionWords.isFunctionWord(last.lowercased)
    else { return nil }
    let isPlural =
      last.lowercased.hasSuffix("s") && Lexicon.number(ofNoun: last.lowercased) == .plural
    let mark = Token(isPlural ? "'" : "'s", hasSpaceBefore: false)
    return Tokenizer.tokenize("How do you see") + person + [mark]
      + Tokenizer.tokenize("side of it")
  }

  /// Verbs of taking a side after "always" or "never".
  private static let sideTaking: Set<String> = ["take", "takes", "took", "side", "sides"]

  /// "Is it too much to ask for you to take the bins out?" → "How do you feel about taking the
  /// bins out?": what the person is asked to do, without the complaint around it.
  private static func askedAct(_ words: [Token]) -> [Token]? {
    var words = words[...]
    for lead in [["for", "you", "to"], ["you", "to"], ["that", "you"]]
    where words.map(\.lowercased).starts(with: lead) {
      words = words.dropFirst(lead.count)
      break
    }
    guard let verb = words.first, verb.isWord,
      let base = QuestionRewriter.baseForm(verb.lowercased),
      let gerund = QuestionRewriter.gerund(of: base)
    else { return nil }
    let rest = words.dropFirst().prefix { $0.kind == .word }
    return Tokenizer.tokenize("How do you feel about") + [Token(gerund)] + rest
  }

  /// The words after a presumed act, up to a conjunction, a subordinator or punctuation,
  /// without the "that" that opens a clause: "admit that | the diet doesn't work | ?" (but
  /// "defending | that crook | ?").
  private static func topic(in tokens: [Token], after start: Int) -> ArraySlice<Token> {
    var start = start
    if start + 1 < tokens.count, tokens[start].lowercased == "that",
      verbIndex(in: Array(tokens[(start + 1)...]), isClause: true) != nil
    {
      start += 1
    }
    var end = start
    while end < min(tokens.count, start + maximumTopicWords), !isTopicEnd(tokens, at: end) {
      end += 1
    }
    return tokens[start..<end]
  }

  /// A question about the topic of a presumed act, a shape for each kind of topic:
  /// - a noun phrase, or a clause that only judges its subject ("the merger failed", "the
  ///   budget is a mess", "the diet doesn't work"), asks how the person sees the subject: "How
  ///   do you see the merger?";
  /// - a clause that says more keeps it whole, without taking it as true: "the council cares
  ///   about cyclists" → "What's your view on whether the council cares about cyclists?"; one
  ///   about the person asks their side of the act: "What's your side of it when it comes to
  ///   cleaning the bathroom?";
  /// - what someone says or does, opened by a question word: "What do you make of what the
  ///   scientists say?".
  /// - Parameter isClause: whether the act takes a clause ("admit the plan works"), so that a
  ///   last word that can be a verb is one.
  private static func topicQuestion(_ topic: [Token], isClause: Bool) -> [Token]? {
    let topic = LoadedJudgements.withoutJudgingModifiers(topic)
    guard let first = topic.first, first.kind == .word else { return nil }
    if FunctionWords.questionWords.contains(first.lowercased) {
      return Tokenizer.tokenize("What do you make of") + topic
    }
    guard let verb = verbIndex(in: topic, isClause: isClause) else {
      return Tokenizer.tokenize("How do you see") + topic
    }
    let auxiliary = FunctionWords.auxiliary(topic[verb].lowercased)
    let said = topic[(verb + 1)...].filter {
      $0.kind == .word && !FunctionWords.isFunctionWord($0.lowercased)
    }
    if auxiliary?.kind == .be || said.count <= (auxiliary == nil ? 0 : 1) {
      return Tokenizer.tokenize("How do you see") + topic[..<verb]
    }
    if let act = yourAct(topic, verb: verb) {
      return Tokenizer.tokenize("What's your side of it when it comes to") + act
    }
    return Tokenizer.tokenize("What's your view on whether") + topic
  }

  /// "you never clean the bathroom" → "cleaning the bathroom", "you forgot to call her" →
  /// "calling her": what the person is charged with, as an act, without the charge; nil when
  /// the clause is not about "you".
  private static func yourAct(_ topic: [Token], verb: Int) -> [Token]? {
    guard topic.first?.lowercased == "you", verb > 0,
      var base = QuestionRewriter.baseForm(topic[verb].lowercased)
    else { return nil }
    var rest = topic[(verb + 1)...]
    if neglectVerbs.contains(base), rest.first?.lowercased == "to", rest.count > 1,
      let done = QuestionRewriter.baseForm(rest[rest.startIndex + 1].lowercased)
    {
      base = done  // "forgot to call her": calling her is the act.
      rest = rest.dropFirst(2)
    }
    guard let gerund = QuestionRewriter.gerund(of: base) else { return nil }
    return [Token(gerund)] + rest.filter { !chargeAdverbs.contains($0.lowercased) }
  }

  /// Verbs of leaving an act undone, whose infinitive is the act.
  private static let neglectVerbs: Set<String> = ["forget", "fail", "refuse", "neglect"]

  /// Adverbs that make an act a charge: "never", "always".
  private static let chargeAdverbs: Set<String> = ["never", "always", "ever", "even", "once"]

  /// The index of the topic's finite verb after its subject, or nil for a noun phrase: a word
  /// that can be a noun is not the verb when it ends the topic ("the lab results", "the new
  /// tax") or another such word follows it ("the new bus lane"), unless the topic is a clause
  /// and the word a finite verb form ("admit the plan works").
  private static func verbIndex(in topic: [Token], isClause: Bool = false) -> Int? {
    let verb =
      topic.firstIndex { $0.kind == .word && FunctionWords.auxiliary($0.lowercased) != nil }
      ?? ClauseParser.finiteVerbIndex(in: topic)
    guard let verb, verb > 0 else { return nil }
    let word = topic[verb].lowercased
    if canBeNoun(word), FunctionWords.auxiliary(word) == nil {
      let next = verb + 1 < topic.count ? topic[verb + 1].lowercased : nil
      if let next, FunctionWords.isFunctionWord(next) || !canBeNoun(next) { return verb }
      let isFinite = Lexicon.verbReadings(of: word).contains {
        $0.form == .thirdSingular || $0.form == .past
      }
      return isClause && next == nil && isFinite ? verb : nil
    }
    return verb
  }

  /// Whether a word can be a noun, in the singular or the plural: "tax", "results".
  private static func canBeNoun(_ word: String) -> Bool {
    Lexicon.singular(of: word) != nil || Lexicon.classes(of: word).contains(.noun)
  }

  /// The most words a topic kept after a presumed act has.
  private static let maximumTopicWords = 10

  /// Whether the topic after a presumed act ends at a token: a conjunction, a subordinator or
  /// punctuation ("Bitcoin | when it …"); a number belongs to it ("homework at age 7").
  private static func isTopicEnd(_ tokens: [Token], at index: Int) -> Bool {
    let word = tokens[index].lowercased
    return !tokens[index].isWord || FunctionWords.subordinators.contains(word)
      || topicEnds.contains(word)
  }

  /// Words other than auxiliaries and subordinators that end a topic.
  private static let topicEnds: Set<String> = [
    "and", "or", "but", "which", "who", "because", "when", "if", "instead", "despite",
    "even", "after", "now", "already", "like",
  ]
}
