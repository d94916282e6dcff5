/// What partner mode makes of something the other person said: a new claim, a reason for the
/// claim being discussed, a question, someone else's view, a remark on how sure they are, a
/// parting word, or a fragment; and which later stages of the conversation its words belong to.
///
/// The rules, each on words, never on whole sentences:
/// - Parting words (thanks, a goodbye, "I have to go") are answered by the close; nothing in
///   them is a claim or a reason.
/// - A remark made only of words of certainty, doubt or being wrong ("I'm pretty sure", "I
///   could be wrong, but I doubt it"), or a number with nothing else that claims anything
///   ("80.", "I'd say 80%"), states no claim.
/// - An answer's opening words without a verb, or the question it answers, lead in to what it
///   states: "Maybe three hours. But my grades are fine." states the second sentence.
/// - A question (the engine reads it as one) is theirs to ask; it states nothing. A statement
///   said with a question mark ("It seems obvious??") is a statement all the same.
/// - A reaction of theirs ("I don't like how he talks"), a point granted before a "but", or a
///   line said of the listener ("I mean you know why") leaves the claim being discussed as it is.
/// - A request ("Pass the potatoes, please", "don't tell mom") claims nothing; nor does telling
///   the listener they do not understand or listen ("You just don't get it").
/// - Pointing at something ("Look at what happened to translators"), even before what they say
///   of it, cites it as evidence for the claim being discussed.
/// - A statement with too little of its own ("it was", "he tried") gives no reason to question.
/// - What someone else says or thinks ("My dad says …", "She thinks …") is that person's view,
///   asked about as theirs: never a claim of the speaker's, nor a reason for one.
/// - What would change their mind ("If it crashed, I'd rethink it") claims nothing itself.
/// - A statement the engine reads is a new claim, with its own reason if it gives one, unless a
///   claim is already being discussed and the statement is about it: it refers back to it
///   ("it", "they"), reports something that happened to them or someone of theirs ("my brother
///   lost his savings"), or cites evidence ("studies", "the news", "for example"). Each gives a
///   reason for that claim.
/// - A statement that opens with "because" or another connective, said while a claim is being
///   discussed, gives a reason for that claim.
/// - A text the engine cannot read (no verb) gives a reason when it opens with "because" or
///   another connective ("Because of FTX."); otherwise, when it has a word that carries
///   meaning, it is a fragment, quoted back without laughter ("lol"). "Yeah", "because" or
///   "idk" alone quote nothing.
///
/// Signals move the conversation on (see `ConversationStage`): a reason belongs to `reasons`;
/// a word of certainty said of themselves ("I'm sure", "I doubt"), a percentage said with one
/// or in a short answer (never one in a story: "cut by 18 percent"), a rating ("8 out of 10"),
/// or a short answer such as "Absolutely." to `confidence`; changing their mind, rethinking, being
/// wrong, "unless", or what they would do if ("if …, I'd …") to `falsifiability`; thanks or a
/// goodbye to `close`.
struct TheirWords: Sendable {
  /// The claim it states, when it states a new one.
  var claim: BeliefAnalysis?
  /// Whether the new claim changes the subject while another was discussed: a belief stated as
  /// theirs ("I also think the media is biased") or what should be done ("the rules should come
  /// from the government"), rather than a statement that goes on with the one before.
  var changesSubject = false
  /// The reason it gives, with its connective, first person reflected: "because of FTX",
  /// "because your brother lost his savings on it". For a new claim, the claim's own reason;
  /// otherwise a reason for the claim being discussed.
  var reason: String?
  /// Whether its reason is something that happened to them or someone of theirs, or evidence
  /// they cite, rather than an argument: asked about for how typical it is, never doubted.
  var reportsExperience = false
  /// Whether its reason is a source they cite ("I read an article saying …", "the news …"),
  /// rather than a story of theirs: asked about for how far they trust it.
  var citesSource: Bool { reportsExperience && answer.has(.source) && !answer.has(.example) }
  /// Whether it asks a question.
  var isQuestion = false
  /// Whether it reports what someone else says or thinks ("My dad says …", "She thinks …"):
  /// their view, asked about as theirs, never taken as a claim of the speaker's.
  var reportsView = false
  /// Whether, besides someone else's view, it says where they stand themselves: "… but I don't
  /// buy it".
  var givesOwnTake = false
  /// Whether it asks the listener to keep something to themselves: "don't tell mom".
  var asksToKeepItQuiet: Bool {
    sentences.contains { PartnerCueMatcher.keepingItQuiet.matches($0.filter(\.isWord)) }
  }
  /// Whether it ends by asking the listener where they stand: "well what do you think then?"
  var asksTheListener: Bool {
    sentences.last.map { PartnerCueMatcher.askingTheListener.matches($0.filter(\.isWord)) }
      ?? false
  }
  /// Whether it tells the listener they do not understand or listen ("You just don't get
  /// it"): a feeling of not being heard, answered by asking what is missed.
  var isAboutTheListener = false
  /// The later stages its words belong to.
  var signals: Set<ConversationStage> = []
  /// The key terms it uses, as the term finder reports them.
  var terms: [String] = []
  /// What it says, reflected and short enough to quote in a question, when it is a fragment:
  /// "bitcoin to the moon".
  var fragment: String?
  /// It read as answer moves: what the reflection gives back.
  var answer: ReadAnswer
  /// Its sentences, each without what opens it and its final punctuation: what a reflection
  /// gives back.
  var sentences: [[Token]] = []
  /// Its words, shorthand expanded, clitics apart.
  var wordTokens: [Token] = []
  /// What it calls for before any question.
  var moment: PartnerMoment
  /// What it does, as logged: the answer's moves, with a feeling when it opened up in words the
  /// answer reader does not count as one (a fear for their job, a blockage named); nil for none.
  var loggedMoves: [String]? {
    var moves = answer.moves
    if [.openedUp, .blockage].contains(moment), !moves.contains(.feeling) {
      moves.append(.feeling)
    }
    // "if wages went up, I guess": what would change their mind, in words the answer reader
    // does not count as such.
    if moment == .ordinary, signals.contains(.falsifiability), !isQuestion,
      !moves.contains(.wouldChangeMind)
    {
      moves.append(.wouldChangeMind)
    }
    return moves.isEmpty ? nil : AnswerMove.allCases.filter(moves.contains).map(\.rawValue)
  }
  /// How sure they said they are, from 0 to 100, when they gave a number for it: the last one
  /// ("95 percent, maybe 90" → 90).
  var rating: Int?

  /// How many of its sentences are kept to be given back.
  static let sentenceLimit = 8

  /// The most words a fragment may have to be quoted back.
  static let fragmentWordLimit = 8

  /// The most words a first sentence may have to be read whole; a longer one is read by its
  /// key phrase.
  static let sentenceWordLimit = 16

  /// Reads what they said.
  /// - Parameters:
  ///   - text: exactly as typed; only its first 1,000 characters (and 4,000 scalars) are
  ///     read.
  ///   - isDiscussingAClaim: whether a claim of theirs is already being discussed.
  ///   - earlier: what they said before, to recognise it said again.
  init(
    _ text: String, isDiscussingAClaim: Bool, earlier: [String] = [], setting: CoachingSetting
  ) {
    let read = TypedTextLimit.prefix(of: text, characters: BeliefReader.maximumLength)
    let tokens = Shorthand.expanded(Tokenizer.tokenize(read))
    wordTokens = tokens.filter(\.isWord)
    let words = wordTokens.map(\.lowercased)
    let allSentences = SentenceSplitter.sentences(in: tokens)
    sentences = allSentences.prefix(Self.sentenceLimit).map(BeliefReader.trimmed)
      .filter { $0.contains(where: \.isWord) }
    signals = Self.signals(in: tokens, words: words)
    self.answer = AnswerMoveReader.read(read, earlier: earlier)
    // Absolutes they did not use as their own ("every thanksgiving", "not everyone", "my mom
    // says nobody …"), or used in a story they tell ("nobody from the party ever showed up"),
    // are not theirs to be asked about.
    let ownAbsolutes = self.answer.has(.example) ? [] : self.answer.absolutes
    terms = setting.termFinder.terms(in: tokens).filter { term in
      let word = term.lowercased()
      return !AnswerCues.absolutes.contains(word) || ownAbsolutes.contains(word)
    }
    moment = PartnerMoment.read(
      words: wordTokens, answer: self.answer, saysThanks: signals.contains(.close),
      saysHowSure: signals.contains(.confidence),
      saysWhatWouldChangeMind: signals.contains(.falsifiability))
    if signals.contains(.confidence) {
      rating =
        Self.outOf(tokens)
        // "I put like 40k into it" names an amount, not how sure they are.
        ?? tokens.last { $0.kind == .number && $0.text.allSatisfy { $0.isNumber || $0 == "%" } }
        .flatMap { Int($0.text.filter(\.isNumber)) }
        .flatMap { (0...100).contains($0) ? $0 : nil }
    }
    // The close comes from their words, never right after they open up.
    if moment == .leaving { signals.insert(.close) }
    if moment.isOpeningUp || moment == .hostile { signals.remove(.close) }
    let reasonContent = self.answer.reasons.first.flatMap(Self.reasonContent)
    let givenReason = reasonContent.map(Self.withConnective)
    if words.contains(where: Self.evidenceWords.contains) { signals.insert(.reasons) }
    // However it was found, a reason belongs to the reasons stage.
    defer { if reason != nil { signals.insert(.reasons) } }
    // Parting words are answered by the close: "It's late, thanks for dinner" claims nothing;
    // nor does a charge at the listener, a feeling, a doubt, a repeat or noise: each is taken
    // up as it is, and the claim being discussed stays.
    if signals.contains(.close)
      || (moment != .ordinary && (isDiscussingAClaim || !moment.isOpeningUp))
    {
      return
    }
    let sentences = allSentences
    // Before the remark: "You don't know what it's like" is made of words a remark has too.
    if let first = sentences.first, Self.isAboutTheListener(first) {
      isAboutTheListener = true
      moment = .unheard
      return
    }
    // "80.", "I'd say 80%", "I'm pretty sure": how sure they are, and nothing else.
    if Self.isRemark(words, hasNumber: tokens.contains { $0.kind == .number }) { return }

    // "Because the factory hired people from abroad.": an answer to why, so a reason for the
    // claim being discussed, never a claim of its own.
    if isDiscussingAClaim, let first = sentences.first, ReasonSplitter.startsWithConnective(first),
      let givenReason, case .clause(let reasonTokens)? = reasonContent
    {
      reason = givenReason
      reportsExperience = ClauseParser.parse(reasonTokens).map(Self.isExperience) ?? false
      return
    }
    // "Look at the math. There's only so much of it.": what they point at first is their
    // evidence, whatever they say of it next.
    if isDiscussingAClaim, let first = sentences.first, let thing = Self.pointedAt(first) {
      reason = "because of " + thing
      reportsExperience = true
      return
    }
    let statementSentences = Self.droppingLeadIn(sentences)
    // The statement, and the next sentence when it gives a reason for it ("Because of FTX."):
    // nothing else after it is read, even when it does not start with a capital letter.
    var statementTexts = statementSentences.prefix(2).enumerated().compactMap { index, sentence in
      index == 0 || ReasonSplitter.startsWithConnective(BeliefReader.trimmed(sentence))
        ? sentence.joinedText : nil
    }
    // After its lead-in, "But my grades are fine." states that your grades are fine.
    if statementSentences.startIndex > 0, let first = statementSentences.first {
      statementTexts[0] =
        Array(first.drop { ["but", "and", "so"].contains($0.lowercased) })
        .joinedText
    }
    if let first = statementSentences.first {
      if statementSentences.prefix(2).contains(where: Self.reportsAView)
        || statementSentences.prefix(2).contains(where: Self.opensWithReportedSpeech)
      {
        reportsView = true
        givesOwnTake = words.indices.contains { index in
          words[index] == "but" && words[(index + 1)...].prefix(2).contains("i")
        }
        return
      }
      if Self.isRequest(first)
        || PartnerCueMatcher.request.matchEnd(atStartOf: first.filter(\.isWord)) != nil
        || PartnerCueMatcher.keepingItQuiet.matches(first.filter(\.isWord))
      {
        return
      }
      // "I mean you know why": what they say of the listener is not a belief of theirs.
      if isDiscussingAClaim, Self.isSaidOfTheListener(first) { return }
      // "I don't like how he talks … but I'm voting for him": a reaction, or a point granted
      // before a "but", leaves the claim being discussed as it is.
      if isDiscussingAClaim,
        PartnerCueMatcher.reaction.matches(Array(first.filter(\.isWord).prefix(12)))
          || statementSentences.dropFirst().contains(where: { sentence in
            sentence.first(where: \.isWord)?.lowercased == "but"
          })
      {
        return
      }
      // "Look at what happened to translators.": evidence pointed at, a reason for the claim.
      if isDiscussingAClaim, let thing = Self.pointedAt(first) {
        reason = "because of " + thing
        reportsExperience = true
        return
      }
      // "It seems obvious??": a statement said with a question mark asks nothing of anyone.
      if Self.isStatedWithAQuestionMark(first) {
        statementTexts[0] = BeliefReader.trimmed(first).joinedText + "."
      }
    }
    // A long first sentence is read by its key phrase, as explore's follow-ups read a long
    // answer: a question quoting thirty words back is no question to ask, and reading stays
    // fast for a statement of any length.
    let isLong = (statementSentences.first?.count(where: \.isWord) ?? 0) > Self.sentenceWordLimit
    let statement =
      isLong
      ? self.answer.statement ?? ""
      : statementTexts.joined(separator: " ")
    let analysis: BeliefAnalysis
    do {
      analysis = try setting.engine.analyze(statement)
    } catch .question {
      isQuestion = true
      return
    } catch {
      reason = givenReason
      // "yeah", "because", "idk": nothing of theirs to quote back; the stage's questions stand.
      let saysSomething = words.contains { word in
        !FunctionWords.isFunctionWord(word) && !Self.fillerWords.contains(word)
          && !Self.interjections.contains(word)
      }
      if givenReason == nil, signals.isEmpty, saysSomething,
        words.count <= Self.fragmentWordLimit
      {
        fragment = Self.quoted(tokens)
      }
      return
    }
    // What would change their mind is about the claim being discussed, or the one to come, and
    // claims nothing itself: "If it crashed, I'd rethink it."
    if signals.contains(.falsifiability) { return }
    guard isDiscussingAClaim else {
      takeClaim(analysis)
      return
    }
    let clause = ClauseParser.parse(analysis.claim)
    let isExperience = clause.map(Self.isExperience) ?? false
    let refersBack = clause.map(Self.refersBack) ?? false
    // A story of theirs or a source they cite is about the claim being discussed; a belief
    // they state as theirs ("I also think the media is biased") is a new one.
    let citesEvidence =
      words.contains(where: Self.evidenceWords.contains) || self.answer.has(.example)
      || self.answer.has(.source)
    let statesABelief =
      statementSentences.first.map { sentence in
        PartnerCueMatcher.beliefFrame.matches(Array(sentence.filter(\.isWord).prefix(4)))
      } ?? false
    guard isExperience || refersBack || (citesEvidence && !statesABelief) else {
      takeClaim(analysis)
      if case .modal? = clause?.verb { changesSubject = true }
      changesSubject = changesSubject || statesABelief
      return
    }
    // "it was", "he tried": too little of its own to question as a reason.
    let contentWords = analysis.claim.split(separator: " ").count { word in
      !FunctionWords.isFunctionWord(word.lowercased())
    }
    if analysis.reason == nil, contentWords < 2 { return }
    // About the claim being discussed: the whole statement is a reason for it, unless it
    // gives one of its own.
    reason = analysis.reason ?? "because " + analysis.claim
    reportsExperience = analysis.reason == nil && (isExperience || citesEvidence)
  }

  /// Takes a statement as a new claim, with its own reason; a reason that tells of something
  /// that happened to them is an experience.
  private mutating func takeClaim(_ analysis: BeliefAnalysis) {
    claim = analysis
    reason = analysis.reason
    guard let stated = analysis.reason,
      case .clause(let tokens) = ReasonSplitter.content(of: Tokenizer.tokenize(stated)),
      let clause = ClauseParser.parse(tokens)
    else { return }
    reportsExperience = Self.isExperience(clause)
  }

  /// The sentences from the first that states something: an answer often opens with a few
  /// words without a verb ("Maybe three hours. But my grades are fine.") or with the question
  /// it answers ("What would change my mind? Probably nothing."), and what it states follows.
  /// All of them when no later sentence states anything.
  /// Only a short sentence, or one that wonders at how others see it, is a lead-in, and only the next few are looked at for the statement,
  /// each by its first words: reading stays fast for a text of any length.
  static func droppingLeadIn(_ sentences: [[Token]]) -> ArraySlice<[Token]> {
    func states(_ sentence: [Token]) -> Bool {
      let start = Array(BeliefReader.trimmed(sentence).prefix(sentenceWordLimit))
      return (!QuestionReversal.isQuestion(sentence) || isStatedWithAQuestionMark(sentence))
        && ClauseParser.finiteVerbIndex(in: start) != nil
    }
    // "I don't get why everyone's acting like this is complicated. Israel has every right …":
    // wondering at others leads in to what they hold.
    func isLeadIn(_ sentence: [Token]) -> Bool {
      let spoken = Array(sentence.filter(\.isWord).prefix(sentenceWordLimit))
      return spoken.count <= fragmentWordLimit && !states(sentence)
        || PartnerCueMatcher.wondering.matches(Array(spoken.prefix(6)))
    }
    guard let first = sentences.first, isLeadIn(first),
      let statement = sentences.prefix(4).dropFirst().firstIndex(where: states)
    else { return sentences[...] }
    return sentences[statement...]
  }

  /// Whether a sentence tells the listener they do not understand or listen: "You just don't
  /// get it", "u never listen", "You don't know what it's like". A "you" that can stand for
  /// anyone goes with a modal ("You can't trust banks") and is not counted.
  static func isAboutTheListener(_ sentence: [Token]) -> Bool {
    var words = sentence.filter(\.isWord).map(\.lowercased)[...]
    while let first = words.first, ["but", "and", "well", "oh", "like", "see"].contains(first) {
      words.removeFirst()
    }
    guard let subject = words.first, ["you", "u", "ya"].contains(subject) else { return false }
    let rest = words.dropFirst().drop { listenerAdverbs.contains($0) }
    guard let verb = rest.first, rest.startIndex > words.startIndex + 1 || verb != "know"
    else { return false }
    return listenerVerbs.contains(verb)
  }

  /// Whether a sentence says something of the listener: its subject, after the words that
  /// open it ("I mean", "well"), is "you", and its verb no modal ("you can't trust banks" is of
  /// anyone).
  static func isSaidOfTheListener(_ sentence: [Token]) -> Bool {
    var words = sentence.filter(\.isWord).map(\.lowercased)[...]
    while let first = words.first,
      ["i", "mean", "well", "oh", "like", "see", "so", "ok"].contains(first)
    {
      words.removeFirst()
    }
    guard let subject = words.first, ["you", "u"].contains(subject),
      let verb = words.dropFirst().first
    else { return false }
    return FunctionWords.auxiliary(verb)?.kind != .modal
  }

  /// Whether a sentence asks someone to do something: "Pass the potatoes, please." It claims
  /// nothing. A "please" that opens a sentence with a comma after it is a protest ("Please,
  /// that's nonsense"), not a request.
  static func isRequest(_ sentence: [Token]) -> Bool {
    let trimmed = BeliefReader.trimmed(sentence)
    if trimmed.last?.lowercased == "please" { return true }
    guard trimmed.first?.lowercased == "please", trimmed.count > 1 else { return false }
    return trimmed[1].kind != .punctuation
  }

  /// What a sentence that opens by pointing at something points at, reflected: "Look at what
  /// happened to translators" → "what happened to translators". Nil for any other sentence.
  static func pointedAt(_ sentence: [Token]) -> String? {
    var tokens = BeliefReader.trimmed(sentence)
    while let first = tokens.first,
      ["just", "well", "so", "but", "and", "dude", "bro", "man", "like"].contains(first.lowercased)
    {
      tokens.removeFirst()
    }
    let words = tokens.prefix(2).map(\.lowercased)
    guard let verb = words.first, let length = pointingVerbs[verb],
      length == 1 || words.dropFirst().first == (verb == "look" ? "at" : "about")
    else { return nil }
    let thing = BeliefReader.trimmed(Array(tokens.dropFirst(length)))
    // "Think about it" points at nothing new.
    guard thing.contains(where: { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) })
    else { return nil }
    return BeliefReader.casingFirstWord(FirstPersonReflector.reflect(thing)).joinedText
  }

  /// Whether a sentence that ends with a question mark is a statement all the same: it opens
  /// with neither an auxiliary nor a question word, has a verb, and is not about the listener
  /// ("You own bitcoin?" asks them something).
  static func isStatedWithAQuestionMark(_ sentence: [Token]) -> Bool {
    guard sentence.last?.hasQuestionMark == true else { return false }
    let trimmed = Array(BeliefReader.trimmed(sentence).prefix(sentenceWordLimit))
    guard let first = trimmed.first(where: \.isWord)?.lowercased,
      FunctionWords.auxiliary(first) == nil, !FunctionWords.questionWords.contains(first),
      let verb = ClauseParser.finiteVerbIndex(in: trimmed)
    else { return false }
    return !trimmed[..<verb].contains { ["you", "u"].contains($0.lowercased) }
  }

  /// Whether a sentence reports what someone else says or thinks: it opens with "according
  /// to", or a verb of saying or thinking follows a subject of a few words that is neither
  /// the speaker nor the listener ("My dad says …", "Grandpa always says …", "She thinks …",
  /// "People keep saying …").
  static func reportsAView(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord).map(\.lowercased)
    if words.starts(with: ["according", "to"]) { return true }
    guard let verb = words.prefix(6).firstIndex(where: reportingVerbs.contains), verb > 0,
      words.count > verb + 2
    else { return false }
    // A subject, not a clause: "If people told me …" is not reported speech; and "the news
    // said" or "a study claims" cites evidence.
    return !words[..<verb].contains { word in
      evidenceWords.contains(word) || speakerAndListener.contains(word) || word.hasPrefix("'")
        || FunctionWords.auxiliary(word) != nil || FunctionWords.subordinators.contains(word)
        || FunctionWords.coordinators.contains(word) || FunctionWords.questionWords.contains(word)
    }
  }

  /// Whether a sentence opens by telling what someone of theirs says ("I mean my manager says
  /// …", "well my brother thinks …"): not when a clause opens it ("If people told me …"), nor
  /// when the words come late ("… more dangerous than people think").
  static func opensWithReportedSpeech(_ sentence: [Token]) -> Bool {
    let words = Array(sentence.filter(\.isWord).prefix(5))
    guard let first = words.first?.lowercased, !FunctionWords.subordinators.contains(first)
    else { return false }
    return PartnerCueMatcher.reportedSpeech.matches(words)
  }

  /// Whether a claim reports something that happened to them or to people they know: in the
  /// past, with "you" or "your" after its verb ("they cut your overtime"); or its
  /// subject has "you" or "your" in it (their first person, reflected: "your brother",
  /// "everyone you know") and its verb is in the past or the perfect; or it tells how someone
  /// of theirs is ("your son works from home"). What they or theirs should do ("your sister
  /// should look after dad") is a claim.
  static func isExperience(_ clause: Clause) -> Bool {
    let subject = clause.subject.map(\.lowercased)
    let theirs: Set<String> = ["you", "your", "yours", "our"]
    // "they cut your overtime": what was done to them, told as it happened.
    if clause.rest.contains(where: { theirs.contains($0.lowercased) }) {
      let saysWhen = clause.rest.contains { pastTimeWords.contains($0.lowercased) }
      switch clause.verb {
      case .lexical(_, .past), .be(.past), .perfect: return true
      // "they cut your pay last year": a form that may be past, said with a time gone by.
      case .lexical(_, .plural) where saysWhen: return true
      case .lexical, .be, .modal: break
      }
    }
    // "our CEO said …": theirs too, as a coworker or a family member says it.
    guard subject.contains(where: theirs.contains) else { return false }
    switch clause.verb {
    case .lexical(_, .past), .be(.past), .perfect: return true
    case .lexical, .be: return ["your", "our"].contains(subject.first) && subject.count > 1
    case .modal: return false
    }
  }

  /// Whether a claim points back at what was said before it: "it" or "they" as a word of it, a
  /// person or a thing named before as its subject ("he has a point", "that proves it"), or
  /// "that" as its last word ("everyone knows that").
  static func refersBack(_ clause: Clause) -> Bool {
    (clause.subject + clause.rest).contains { ["it", "they", "them"].contains($0.lowercased) }
      || clause.subject.count == 1
        && ["he", "she", "that", "this", "those", "these"].contains(clause.subject[0].lowercased)
      || clause.rest.last(where: \.isWord).map { ["that", "this"].contains($0.lowercased) }
        ?? false
  }

  /// A reason the answer reader found (its words as typed, without the connective), as a
  /// clause or a thing, first person reflected.
  static func reasonContent(_ reason: String) -> ReasonSplitter.Content? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize("because " + reason))
    guard tokens.allSatisfy(isPlain), let content = ReasonSplitter.content(of: tokens) else {
      return nil
    }
    switch content {
    case .clause(let tokens): return .clause(reflected(tokens))
    case .thing(let tokens): return .thing(reflected(tokens))
    }
  }

  /// Tokens first person reflected, the first word in lowercase unless it is a name, without
  /// punctuation at either end.
  static func reflected(_ tokens: [Token]) -> [Token] {
    BeliefReader.casingFirstWord(FirstPersonReflector.reflect(BeliefReader.trimmed(tokens)))
  }

  /// Whether a token can be quoted back as it is: words, numbers and ordinary punctuation, not
  /// symbols that may be the remains of an escape sequence or a control character.
  static func isPlain(_ token: Token) -> Bool {
    switch token.kind {
    case .word, .number: return true
    case .punctuation: return !["[", "]", "{", "}", "\\"].contains(token.text)
    case .symbol: return ["$", "%", "&", "+", "=", "\u{20AC}", "\u{00A3}"].contains(token.text)
    }
  }

  /// A reason the answer reader found, as a clause with its connective. A thing pointed at
  /// ends at the first comma: "Because of FTX, mostly" points at FTX.
  static func withConnective(_ content: ReasonSplitter.Content) -> String {
    switch content {
    case .clause(let tokens):
      return "because " + tokens.joinedText
    case .thing(let tokens):
      let thing = tokens.prefix { !($0.kind == .punctuation && [",", ";"].contains($0.text)) }
      return "because of " + Array(thing).joinedText
    }
  }

  /// Tokens as they read quoted in a question to the person: first person reflected, the first
  /// word in lowercase unless it is a name, no punctuation at either end.
  static func quoted(_ tokens: [Token]) -> String? {
    var trimmed = BeliefReader.trimmed(tokens)
    // "lol", "haha" at either end laugh; they are not what they mean.
    while let last = trimmed.last, interjections.contains(last.lowercased) {
      trimmed = BeliefReader.trimmed(Array(trimmed.dropLast()))
    }
    while let first = trimmed.first, interjections.contains(first.lowercased) {
      trimmed = BeliefReader.trimmed(Array(trimmed.dropFirst()))
    }
    guard trimmed.contains(where: \.isWord) else { return nil }
    return BeliefReader.casingFirstWord(FirstPersonReflector.reflect(trimmed)).joinedText
  }
}
