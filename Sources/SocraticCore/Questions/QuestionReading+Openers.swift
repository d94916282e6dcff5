// How the question proper opens: a question word, an auxiliary, a presumption, a request, a
// statement or a fragment.
extension QuestionReading {
  /// - Parameter isAsked: whether the sentence ends with "?"; without one, "What matters to
  ///   you is the kids" states.
  static func opener(
    _ tokens: [Token], _ words: [String], _ classes: [CritiqueWordClasses], at start: Int,
    end: Int, isAsked: Bool = true
  ) -> Opener {
    guard start < end else { return .none }
    let first = words[start]
    let second = start + 1 < end ? words[start + 1] : nil
    let firstClasses = classes[start]
    // "What you're saying is …?", "Which you didn't know?": a question word before its subject
    // opens a clause said with a question mark; "How you doing?" and "Why you?" still ask.
    if firstClasses.contains(.questionWord),
      !(second.map(clauseSubjects.contains) == true && !["how", "why"].contains(first))
    {
      if !isAsked, let clause = pseudoCleft(tokens, words, at: start, end: end) {
        return .statement(at: start, clause: clause)
      }
      return .questionWord(at: start)
    }
    if firstClasses.contains(.preposition), let second,
      ["what", "which", "whom", "whose"].contains(second)
    {
      return .questionWord(at: start + 1)
    }
    if firstClasses.contains(.presumingOpener), second != nil {
      return .presumption(at: start, length: 1)
    }
    if first == "of", second == "course", start + 2 < end {
      return .presumption(at: start, length: 2)
    }
    if let length = justMeLength(words, at: start, end: end) {
      return .presumption(at: start, length: length)
    }
    if firstClasses.contains(.requestVerb), isImperative(words, at: start, end: end) {
      return .request(at: start, embedded: embeddedYesNo(words, after: start + 1, end: end))
    }
    if let frameEnd = indirectQuestionEnd(tokens, at: start), frameEnd < end {
      // "I'm wondering, have you noticed …?": the frame leads in to a yes/no question.
      if words[frameEnd] == ",", frameEnd + 2 < end,
        FunctionWords.auxiliary(words[frameEnd + 1]) != nil, !words[frameEnd + 1].hasPrefix("'")
      {
        return .auxiliary(at: frameEnd + 1)
      }
      return .request(at: start, embedded: embeddedYesNo(words, after: frameEnd, end: end))
    }
    if let auxiliary = FunctionWords.auxiliary(first), !first.hasPrefix("'"), let second {
      if let verb = requestVerbIndex(words, classes, afterAuxiliary: start, end: end) {
        return .request(at: start, embedded: embeddedYesNo(words, after: verb + 1, end: end))
      }
      if auxiliary.kind == .do, auxiliary.isNegated || second == "not",
        FunctionWords.subjectPronouns[second] == nil, isBaseVerb(second) || second == "not"
      {
        return .statement(at: start, clause: nil)  // "Don't trust banks?": a command.
      }
      // "Don't you dare": a command that names whom it is said to, not a question.
      if auxiliary.kind == .do, auxiliary.isNegated, second == "you", start + 2 < end,
        commandsNamingYou.contains(words[start + 2])
      {
        return .statement(at: start, clause: nil)
      }
      return .auxiliary(at: start)
    }
    // "richer how?", "busier how, like more shifts or longer ones": a word of theirs given
    // back and "how" or "why" asks what they meant by it. Only an adjective or a noun is given
    // back so: after an adverb ("maybe how others saw you") a sentence carries on, and a "how"
    // that a clause follows ("funny how things work out") opens that clause.
    let echoEnds = start + 2 >= end || echoBreaks.contains(words[start + 2])
    if let second, echoQuestionWords.contains(second), echoEnds,
      !FunctionWords.isFunctionWord(first),
      FunctionWords.auxiliary(first) == nil, first.first?.isLetter == true,
      !Lexicon.classes(of: first).isDisjoint(with: [.adjective, .noun])
        || AskerJudgement.isComparative(first)
    {
      return .questionWord(at: start + 1)
    }
    // "Your gut is telling you what?", "ended badly how": a statement that ends in the word it
    // asks about.
    if let asked = closingQuestionWord(words, start: start, end: end) {
      return .questionWord(at: asked)
    }
    // "mortgage?", "move?": a thing of theirs given back alone asks them to say more of it;
    // read as a command, its rewrite would change their word ("if you mortgaged").
    if end - start == 1, Tagger.tags(of: [tokens[start]]).first == .noun {
      return .fragment(at: start)
    }
    // A statement is parsed in sentence case, so that its clause can go into a rewrite.
    var statement = Array(tokens[start..<end])
    if start == 0 { statement = sentenceCased(statement) }
    guard let clause = ClauseParser.parse(statement) else { return .fragment(at: start) }
    return .statement(at: start, clause: clause)
  }

  /// The clause of "What matters to you is the kids", "what's hard is the waiting": a "what"
  /// clause, not inverted as a question's is ("What do you think is …"), that is the subject
  /// of "be". Said without "?", it states what it names; nil for anything else.
  private static func pseudoCleft(_ tokens: [Token], _ words: [String], at start: Int, end: Int)
    -> Clause?
  {
    guard words[start] == "what", start + 2 < end else { return nil }
    let isInverted =
      FunctionWords.auxiliary(words[start + 1]) != nil
      && (FunctionWords.subjectPronouns[words[start + 2]] != nil
        || FunctionWords.determiners.contains(words[start + 2]))
    // "is having time", "is being there": "be" may go with a verb of its own.
    guard !isInverted, let clause = ClauseParser.parse(Array(tokens[start..<end])),
      let auxiliary = clause.auxiliary.flatMap({ FunctionWords.auxiliary($0.lowercased) }),
      auxiliary.kind == .be, clause.subject.count > 1, clause.subject.first?.lowercased == "what"
    else { return nil }
    // "what time is the match", "what colour is it": "what" and a noun ask which one, with no
    // verb for a clause; "what matters is", "what happened was" have one.
    if clause.subject.count == 2, let asked = clause.subject.last,
      !Lexicon.verbReadings(of: asked.lowercased).contains(where: {
        $0.form == .thirdSingular || $0.form == .past
      })
    {
      return nil
    }
    return clause
  }

  /// The length of "Is it just me, or", "Am I the only one, or", which ask the person to side
  /// with the asker before the real question: nil when the words are not there.
  private static func justMeLength(_ words: [String], at start: Int, end: Int) -> Int? {
    // Checked word by word, without a helper or a literal array: every question's opener is
    // read here, and almost none has "is it" first.
    guard start + 4 < end, words[start] == "is", words[start + 1] == "it" else { return nil }
    var index = start + 2
    if words[index] == "just" || words[index] == "only" { index += 1 }
    guard index + 2 < end, words[index] == "me" else { return nil }
    index += 1
    if words[index] == "," { index += 1 }
    guard index + 1 < end, words[index] == "or" else { return nil }
    return index + 1 - start
  }

  /// Whether a request verb at the start is a command ("Tell me more") rather than a noun
  /// with its verb ("Talk is cheap").
  private static func isImperative(_ words: [String], at index: Int, end: Int) -> Bool {
    guard index + 1 < end else { return true }
    // "Go on then, pub later.": assent to what they said, no request to talk.
    if assents.contains(where: { words[index..<end].starts(with: $0) }) { return false }
    let next = words[index + 1]
    // "take gran on a sunday" and "give your mum a ring" tell them what to do; "take me
    // through it" and "run through it" ask them to talk.
    if let talk = CritiqueVocabulary.talkParticles[words[index]],
      !CritiqueVocabulary.askerObjects.contains(next), !talk.contains(next)
    {
      return false
    }
    return FunctionWords.auxiliary(next) == nil && !sendsToSomeoneElse(words, at: index, end: end)
  }

  /// Whether a verb of telling is sent to someone other than the asker: "tell him", "tell your
  /// flatmate to pay up", "remind the landlord that it's broken". It says what to do about a
  /// third person, as advice does; "tell me more", "tell the story of it" invite talk.
  private static func sendsToSomeoneElse(_ words: [String], at index: Int, end: Int) -> Bool {
    guard MessageVerbs.verbs.contains(words[index]), index + 1 < end else { return false }
    let recipient = words[index + 1]
    if MessageVerbs.thirdParties.contains(recipient) { return true }
    guard recipientOpeners.contains(recipient) else { return false }
    // The message follows the one it goes to: "to" and a verb, or "that".
    let after = words[(index + 2)..<min(end, index + 2 + recipientLength)]
    return after.indices.contains { at in
      words[at] == "that"
        || (words[at] == "to" && at + 1 < end
          && Lexicon.verbReadings(of: words[at + 1]).contains { $0.form == .base })
    }
  }

  /// Words that open a noun phrase for whom a message may be meant: "your flatmate", "the
  /// landlord".
  private static let recipientOpeners: Set<String> = ["your", "his", "their", "the", "that"]

  /// The most words of whom a message goes to before the message: "your new flatmate".
  private static let recipientLength = 4

  /// Verbs of a command that keeps its "you" after "don't": "don't you dare".
  private static let commandsNamingYou: Set<String> = ["dare"]

  /// Request verbs said as assent: "go on then", "go ahead then".
  private static let assents: [[String]] = [["go", "on", "then"], ["go", "ahead", "then"]]

  /// The index of a request verb after "Can you", "Could you please", "Would you mind", or
  /// "Can I ask (you) why", or nil.
  private static func requestVerbIndex(
    _ words: [String], _ classes: [CritiqueWordClasses], afterAuxiliary index: Int, end: Int
  ) -> Int? {
    let auxiliary = words[index]
    var next = index + 1
    guard next < end else { return nil }
    if ["can", "could", "may"].contains(auxiliary), words[next] == "i", next + 1 < end,
      words[next + 1] == "ask"
    {
      var afterAsk = next + 2
      if afterAsk < end, words[afterAsk] == "you" { afterAsk += 1 }
      guard afterAsk < end, classes[afterAsk].contains(.questionWord) else {
        return nil
      }
      return next + 1
    }
    guard words[next] == "you" else { return nil }
    next += 1
    while next < end, ["please", "just", "kindly", "perhaps", "maybe"].contains(words[next]) {
      next += 1
    }
    // "Would you be willing to tell me why …", "Could you be able to explain …": a request put
    // more gently is still a request.
    if next + 3 < end, words[next] == "be", willingnessWords.contains(words[next + 1]),
      words[next + 2] == "to"
    {
      next += 3
    }
    guard next < end else { return nil }
    // "Can you think of …" asks for a list; "Can you think it through?" asks yes or no.
    let isThinkingOf = words[next] == "think" && next + 1 < end && words[next + 1] == "of"
    if ["can", "could", "would", "will"].contains(auxiliary),
      classes[next].contains(.requestVerb), words[next] != "think" || isThinkingOf,
      !(words[next] == "say" && next + 1 < end && saysClause(words, from: next + 1, end: end)),
      // "Would you consider that you might be wrong?" asks them to grant a point, yes or no.
      !(words[next] == "consider" && next + 1 < end
        && grantedClauseOpeners.contains(words[next + 1])),
      !tellsSomeoneElse(words, from: next + 1, end: end)
    {
      return next
    }
    if ["would", "do"].contains(auxiliary), words[next] == "mind", next + 1 < end,
      CritiqueVocabulary.requestGerunds.contains(words[next + 1])
    {
      return next + 1
    }
    return nil
  }

  /// Whether the person told is someone other than the asker: "Will you tell your mum?",
  /// "Could you show him?" ask whether they will, not for them to talk to the asker.
  private static func tellsSomeoneElse(_ words: [String], from start: Int, end: Int) -> Bool {
    guard start < end else { return false }
    // "tell her how you feel": "her" is the one told, not a possessive before them.
    if otherPeople.contains(words[start]) { return true }
    let told =
      toldDeterminers.contains(words[start]) && start + 1 < end ? words[start + 1] : words[start]
    return otherPeople.contains(told) || KinWords.isKin(told)
  }

  /// Words for people other than the asker, told something: "him", "the boss".
  private static let otherPeople: Set<String> = [
    "him", "her", "them", "everyone", "everybody", "anyone", "anybody", "people", "boss",
    "manager", "teacher", "doctor", "gp", "landlord", "police", "work", "school",
  ]

  /// Words before the one told: "your mum", "the boss" (the possessives and "the").
  private static let toldDeterminers = FunctionWords.possessives.union(["the", "ur"])

  /// Words after "consider" that open a point to grant: "consider that …", "consider you …".
  private static let grantedClauseOpeners: Set<String> = [
    "that", "you", "it", "maybe", "whether", "the", "he", "she", "they",
  ]

  private static let willingnessWords: Set<String> = [
    "willing", "able", "happy", "prepared",
  ]

  /// Whether a clause follows "say": "Would you say you're an optimist?", "Would you say the
  /// media is biased?" ask for yes or no; "Can you say more?", "Could you say a bit about
  /// why?" ask to talk.
  private static func saysClause(_ words: [String], from start: Int, end: Int) -> Bool {
    let word = words[start]
    if word == "that" { return true }
    if FunctionWords.questionWords.contains(word) || talkObjects.contains(word) { return false }
    if FunctionWords.subjectPronouns[word] != nil { return true }
    guard FunctionWords.determiners.contains(word) || !FunctionWords.isFunctionWord(word)
    else { return false }
    // A noun phrase with a verb of its own after it.
    return words[start..<end].contains { FunctionWords.auxiliary($0) != nil }
  }

  private static let talkObjects: Set<String> = [
    "more", "something", "anything", "a", "some", "much", "few", "about", "again", "it", "why",
  ]

  /// Where "I wonder", "I'm curious", "I'd like to know", "Any idea" and the like end, or nil:
  /// "Any idea why the bank froze it?" asks the person to say why, as "Do you know" would not.
  private static func indirectQuestionEnd(_ tokens: [Token], at start: Int) -> Int? {
    guard ["i", "help", "any"].contains(tokens[start].lowercased) else { return nil }
    for pattern in indirectFrames {
      if let end = pattern.matchEnds(in: tokens, from: start).first { return end }
    }
    return nil
  }

  private static let indirectFrames: [PhrasePattern] = [
    PhrasePattern(
      "i ('m|am|was|'d be|would be|'ve been|have been)? (just|really|also)* "
        + "(wonder|wondering|curious|interested in|interested to know|interested to hear"
        + "|interested to learn|interested to understand)"),
    PhrasePattern(
      "i ('d|would) (really|also|just)* (love|like) to (simply|just|also)* "
        + "(know|hear|understand|learn|ask) (you)? (more)? (about)?"),
    PhrasePattern(
      "i (really|also|just)* (want|wanted) to (simply|just|also)* "
        + "(know|hear|understand|learn|ask) (you)? (more)? (about)?"),
    PhrasePattern("help me (to)? (understand|see)"),
    PhrasePattern("any (idea|ideas|thoughts) (on|about|as to)?"),
  ]

  /// The index after "whether" or "if" when a request asks only whether something is so:
  /// "Can you tell me whether …", "I wonder if …".
  private static func embeddedYesNo(_ words: [String], after start: Int, end: Int) -> Int? {
    var index = start
    while index < end, index < start + 3 {
      if words[index] == "whether" || words[index] == "if" {
        return index + 1 < end ? index + 1 : nil
      }
      guard ["me", "us", "you", "to", "know", "just", "please"].contains(words[index]) else {
        return nil
      }
      index += 1
    }
    return nil
  }

  static func isBaseVerb(_ word: String) -> Bool {
    word == "be" || word == "have"
      || Lexicon.verbReadings(of: word).contains {
        $0.form == .base && !Lexicon.classes(of: $0.base).contains(.rareVerb)
      }
  }

  /// Question words that, after a word given back, ask what was meant by it: "richer how?".
  private static let echoQuestionWords: Set<String> = ["how", "why"]

  /// Marks after an echo question's "how" or "why" that end it: "richer how?", "busier how,
  /// like …".
  private static let echoBreaks: Set<String> = ["?", ",", "!", "-", "\u{2014}", "\u{2026}", "..."]
}
