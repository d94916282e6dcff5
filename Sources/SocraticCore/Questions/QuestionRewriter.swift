/// Rewrites a closed or leading question as an open one that keeps its topic, by rules on the
/// parsed question; never from a list of sentences.
///
/// The question is first stripped of what puts the person on the defensive
/// (`LoadedWordingRemover`) and read again. Then:
/// - A question that puts a claim to the person (yes/no, negative, tag, "Surely …", a
///   statement with "?", "I wonder if …") is turned back into its claim — "Is crypto a
///   scam?" and "Don't you think crypto is a scam?" both into "crypto is a scam" — and the
///   claim is asked about by its shape, the first rule that fits deciding:
///   - either-or: "How would you decide whether Bitcoin is a currency or an asset?";
///   - a judgement that the claim is absurd ("Isn't it ridiculous that X?"): "What do you
///     make of the fact that X?";
///   - "be" with an insult for complement: "How would you describe crypto bros?", or what the
///     insult is about when it says: "Why are you so naive about China?" → "How do you see
///     China?";
///   - "be" with a noun phrase or an adjective, when the complement is a state a thing can
///     look ("here to stay", "caused by X", "allowed to" are not): "What makes crypto look like
///     a scam to you?", "What makes taxes look too high to you?" ("What makes you sure?" when
///     the subject is "you", "How do you feel about X?" for "Aren't you worried about X?");
///   - what should be done: "What would change if we banned TikTok?"; advice the asker asks
///     about themselves too ("Do you think I should move?" → "What would change if I moved?");
///   - what can or will happen: "What would it take for AI to replace programmers?" (not for
///     an "it" that stands for what follows, nor for the past);
///   - whether something is possible or likely: "What would it take for crypto not to be a
///     scam?";
///   - an opinion the person was asked to confirm, or a fact they were told they know ("You
///     know they're lying, right?"): "What makes you think AI is conscious?", "What makes you
///     think they're lying?";
///   - anything else: "To what extent does social media harm teenagers?".
/// - A question for a single fact asks why the fact matters: "Why does it matter to you when
///   Bitcoin launched?".
/// - A rhetorical question about what people do asks what leads them to it: "Why would anyone
///   be so stupid as to buy Bitcoin?" → "What leads people to buy Bitcoin?".
/// - A why-question that takes "never" or "always" for granted asks what leads to the
///   behaviour: "Why do politicians never keep their promises?" → "What makes it hard for
///   politicians to keep their promises?".
/// - A choice after "who" or "which" asks how to decide: "How would you decide who you would
///   trust more, a scientist or a politician?".
/// - "Who cares about X?" and "So what?" ask why it matters: "Why does X matter to you?".
/// - Any other question that was only loaded is asked again without its loaded words.
/// - With nothing to keep, a plain open question: "What do you mean by that?", "What makes
///   you say that?", "What do you think about crypto?".
///
/// A lead that sets the scene ("If taxes rose, …") moves to the end; a preamble ("Quick
/// question —", "Mum, …") is left out. The asker's own "I" and "my" stay: "Should I
/// quit my job?" → "What would change if I quit my job?".
enum QuestionRewriter {
  /// The first rewrite that passes `isAcceptable`, as a whole question ending in "?", or nil.
  ///
  /// Rewrites are made one at a time, the best first, and the search stops at the first that
  /// is accepted: most of the cost of a critique is here.
  /// - Parameters:
  ///   - reading: the question as written.
  ///   - cleaned: the question without its loaded wording (`withoutLoadedWording(_:)`).
  ///   - problems: what the critic found wrong with it.
  ///   - context: the sentence before it, for a tag alone ("Crypto is a scam. Right?").
  ///   - isAcceptable: whether a rewrite, as tokens without its "?", may be suggested.
  static func suggestion(
    for reading: QuestionReading, cleaned: QuestionReading, problems: [QuestionProblem],
    context: [Token]?, isAcceptable: ([Token]) -> Bool
  ) -> String? {
    if problems.contains(where: {
      if case .repeatRequest = $0 { return true }
      return false
    }) {
      return "What do you mean by that?"
    }
    if reading.words.count == 1, CritiqueVocabulary.incredulityWords.contains(reading.words[0]) {
      return "What makes you say that?"
    }
    if reading.core.count == 1, reading.isWord(reading.core.lowerBound, .questionWord) {
      return "Can you say more about that?"  // "When?", "Who?" alone: there is nothing to keep.
    }
    // "Is?", "Don't not?": auxiliaries and negators alone say nothing a rewrite could keep.
    let hasContent = cleaned.words.contains {
      $0.first?.isLetter == true && !FunctionWords.isFunctionWord($0)
    }
    if !cleaned.core.isEmpty, !hasContent {
      return "What do you mean by that?"
    }
    let cleaned = cleaned.inSentenceCase()
    let lead = keptLead(cleaned.leadTokens)
    return withoutActuallyEscaping(isAcceptable) { isAcceptable in
      let isLeading = problems.contains { $0.form == .leading }
      let search = Search(isLeading: isLeading) { isAcceptable($0 + lead) }
      let body =
        search.first([
          { PresumptionRewrites.body(for: cleaned) },
          { describingInsulted(cleaned, callsNames: problems.contains(where: \.isInsult)) },
        ])
        ?? search.first([{ askingWhatLeads(cleaned) }])
        ?? bodies(
          for: cleaned, isEitherOr: problems.contains(.eitherOr),
          isRhetorical: problems.contains(.rhetorical), context: context, search: search)
      return body.map { finished($0 + lead) }
    }
  }

  /// The lead a rewrite keeps, moved to its end: an adverbial that sets the scene ("If taxes
  /// rose", "In your view", "Given the war") says under what the question is asked. A preamble
  /// ("Quick question", "Mum", "Be that as it may") says nothing of it, and after the rewrite it
  /// would read as part of it ("… to you quick question?").
  private static func keptLead(_ lead: [Token]) -> [Token] {
    guard let first = lead.first?.lowercased else { return [] }
    let isAdverbial =
      FunctionWords.prepositions.contains(first) || FunctionWords.subordinators.contains(first)
      || sceneSettingWords.contains(first)
    return isAdverbial && first != "so" ? lead : []
  }

  /// Words other than prepositions and conjunctions that open a lead setting the scene.
  private static let sceneSettingWords: Set<String> = [
    "given", "suppose", "supposing", "say", "imagine", "assuming", "considering", "now",
  ]

  /// Tries rewrites in order and keeps the first that is accepted.
  struct Search {
    /// Whether the question leads: a claim in it is the asker's, not the person's.
    var isLeading = false
    let accepts: ([Token]) -> Bool

    /// The first rule's rewrite that is accepted; later rules are not run.
    func first(_ rules: [() -> [Token]?]) -> [Token]? {
      for rule in rules {
        if let body = rule(), accepts(body) { return body }
      }
      return nil
    }
  }

  /// The question read again without what puts the person on the defensive.
  static func withoutLoadedWording(_ reading: QuestionReading) -> QuestionReading {
    let cleaned = LoadedWordingRemover.removingLoadedWording(from: reading.tokens)
    // Most questions have nothing to take out: reading them again would find the same.
    if cleaned.count == reading.tokens.count,
      zip(cleaned, reading.tokens).allSatisfy({ $0.text == $1.text })
    {
      return reading
    }
    let mark =
      reading.hasQuestionMark ? [Token("?", kind: .punctuation, hasSpaceBefore: false)] : []
    return QuestionReading(cleaned + mark)
  }

  /// The question as the person wrote it, alone: for a text that asks several.
  static func asked(_ reading: QuestionReading) -> String {
    finished(reading.tokens)
  }

  /// "How would you describe crypto bros?" for a question that calls someone names: "Are
  /// crypto bros idiots?", "Why is he such a moron?", "Why might they not be idiots?". The
  /// subject is what stands between the question's auxiliary and the insult, less "not be"
  /// and the insult's determiners, when no other auxiliary is among it.
  /// When the insult is about something ("Why are you so naive about China?"), that is the
  /// topic to keep: "How do you see China?".
  private static func describingInsulted(_ reading: QuestionReading, callsNames: Bool)
    -> [Token]?
  {
    let words = reading.words
    let core = reading.core
    let quoted = QuestionFormRules.quotedWords(in: reading)
    guard
      let insult = core.first(where: {
        reading.classes[$0].contains(.insulting) && !quoted.contains($0)
      }) ?? QuestionFormRules.judgedPersonAdjective(in: reading)
        ?? (callsNames ? QuestionFormRules.nameCallingNoun(in: reading) : nil),
      let auxiliary = core.first(where: { FunctionWords.auxiliary(words[$0]) != nil }),
      auxiliary < insult
    else { return nil }
    var end = insult
    while end > auxiliary + 1, insultDeterminers.contains(words[end - 1]) { end -= 1 }
    guard end > auxiliary + 1,
      !words[(auxiliary + 1)..<end].contains(where: { FunctionWords.auxiliary($0) != nil })
    else { return nil }
    let subject = Array(reading.tokens[(auxiliary + 1)..<end])
    // "Are those liars even listening?": the insult is in the subject, with nothing else to
    // describe.
    guard subject.contains(where: { !FunctionWords.determiners.contains($0.lowercased) }) else {
      return nil
    }
    let isPerson = subject.count == 1 && subject[0].lowercased == "you"
    if insult + 2 < core.upperBound, topicPrepositions.contains(words[insult + 1]) {
      let topic = Array(reading.tokens[(insult + 2)..<core.upperBound])
      let doForm = isPerson || isPlural(subject) ? "How do" : "How does"
      return phrase(doForm) + subject + [Token("see")] + topic
    }
    let object = isPerson ? phrase("yourself") : objectForm(subject)
    return phrase("How would you describe") + object
  }

  /// "What makes it hard for politicians to keep their promises?" for "Why do politicians
  /// never keep their promises?"; "What leads banks to win?" for "Why do banks always win?":
  /// what leads to the behaviour, without the sweeping word.
  private static func askingWhatLeads(_ reading: QuestionReading) -> [Token]? {
    guard case .questionWord(let index) = reading.opener,
      let sweeping = QuestionFormRules.sweepingWord(in: reading, questionWordAt: index)
    else { return nil }
    var start = index + 1
    let words = reading.words
    if words[index] == "how" { start += 1 }  // "how come"
    var tokens = Array(reading.tokens[start..<reading.core.upperBound])
    if QuestionFormRules.cleftSweepingWord(
      words, questionWordAt: index, end: reading.core.upperBound)
      == sweeping,
      let relative = words[(sweeping + 2)...].firstIndex(where: { ["who", "that"].contains($0) })
    {
      // "is it always the Greens who block housing" → "the Greens block housing".
      tokens =
        Array(reading.tokens[(sweeping + 1)..<relative])
        + reading.tokens[(relative + 1)..<reading.core.upperBound]
    } else if words[start...].starts(with: ["is", "it", "that"]) {
      tokens.removeFirst(3)
    } else if let first = tokens.first, FunctionWords.auxiliary(first.lowercased) != nil {
      guard let statement = QuestionReversal.reversed(tokens) else { return nil }
      tokens = statement
    }
    let isNever = words[sweeping] == "never"
    tokens.removeAll { ["never", "always"].contains($0.lowercased) }
    guard let clause = ClauseParser.parse(Clause.respaced(tokens)), !clause.isCommand,
      let infinitive = infinitive(clause)
    else { return nil }
    let object = objectForm(clause.subject)
    return isNever
      ? phrase("What makes it hard for") + object + infinitive
      : phrase("What leads") + object + infinitive
  }

  private static let topicPrepositions: Set<String> = [
    "about", "on", "regarding", "towards", "toward", "over", "with",
  ]

  /// Whether a noun phrase or pronoun takes a plural verb: "they", "crypto bros".
  private static func isPlural(_ subject: [Token]) -> Bool {
    guard let last = subject.last(where: \.isWord) else { return false }
    let word = last.lowercased
    if ["they", "we", "you", "them"].contains(word) { return true }
    return !last.hasFixedCase && Lexicon.number(ofNoun: word) == .plural
  }

  private static let insultDeterminers: Set<String> = [
    "a", "an", "such", "so", "complete", "total", "utter", "absolute", "the", "just", "really",
    "very", "being", "acting", "be", "been", "not", "never", "all", "bit", "little", "tad", "too",
    "quite", "rather", "pretty", "somewhat", "extremely", "incredibly",
  ]

  // MARK: - By opener

  private static func bodies(
    for reading: QuestionReading, isEitherOr: Bool, isRhetorical: Bool, context: [Token]?,
    search: Search
  ) -> [Token]? {
    let core = Array(reading.coreTokens)
    switch reading.opener {
    case .auxiliary:
      let core = withoutOrNot(core)
      let positive = positiveQuestion(core)
      if let asked = askingWhich(positive), let body = search.first([{ asked }]) {
        return body
      }
      // The claim's shape rules fit "be" and modals only; a do or have question without a
      // frame goes straight to "To what extent", without parsing its claim.
      let auxiliary = FunctionWords.auxiliary(core[0].lowercased)
      let needsClaim =
        isEitherOr || auxiliary?.kind == .be || auxiliary?.kind == .modal
        || Proposition.hasOpinionFrame(core)
      if needsClaim, let proposition = Proposition(yesNoQuestion: core),
        let body = claimQuestion(
          proposition, sourceQuestion: positive, isEitherOr: isEitherOr, search: search)
      {
        return body
      }
      return search.first([{ phrase("To what extent") + positive }])
    case .statement, .presumption:
      var tokens = core
      var parsed: Clause?
      switch reading.opener {
      case .presumption(let index, let length):
        tokens = Array(reading.tokens[(index + length)..<reading.core.upperBound])
      case .statement(_, let clause):
        parsed = clause
      default:
        break
      }
      // "Surely is it …?" is read again as the yes/no question after the presumption; only a
      // reading that opens with its auxiliary is, or "is?" alone would be read so for ever.
      if let first = tokens.first, FunctionWords.auxiliary(first.lowercased) != nil {
        let again = QuestionReading(tokens)
        if case .auxiliary = again.opener {
          return bodies(
            for: again, isEitherOr: isEitherOr, isRhetorical: isRhetorical, context: context,
            search: search)
        }
      }
      guard let proposition = Proposition(declarative: tokens, parsed: parsed) else {
        return search.first([{ phrase("What makes you think") + tokens }])
      }
      return claimQuestion(
        proposition, sourceQuestion: nil, isEitherOr: isEitherOr, search: search)
    case .request(_, let embedded?):
      let tokens = Array(reading.tokens[embedded..<reading.core.upperBound])
      guard let proposition = Proposition(declarative: tokens) else { return nil }
      return claimQuestion(
        proposition, sourceQuestion: nil, isEitherOr: isEitherOr, search: search)
    case .request(_, nil):
      return search.first([{ core }])
    case .questionWord(let index):
      return questionWordBody(
        reading, questionWordAt: index, isRhetorical: isRhetorical, isEitherOr: isEitherOr,
        search: search)
    case .fragment(let index):
      if reading.coreWords.elementsEqual(["so", "what"]) {
        return search.first([{ phrase("Why does that matter to you") }])
      }
      if core.count == 1, CritiqueVocabulary.incredulityWords.contains(reading.words[index]) {
        return search.first([{ phrase("What makes you say that") }])
      }
      return search.first([{ phrase("What do you think about") + core }])
    case .none:
      if let context,
        let proposition = Proposition(
          declarative: QuestionReading.sentenceCased(BeliefReader.trimmed(context))),
        let body = claimQuestion(
          proposition, sourceQuestion: nil, isEitherOr: false, search: search)
      {
        return body
      }
      return search.first([{ phrase("What do you think") }])
    }
  }

  /// The question without "or not" at its end, which only repeats that it asks yes or no:
  /// "Is Taiwan part of China or not" → "Is Taiwan part of China".
  private static func withoutOrNot(_ core: [Token]) -> [Token] {
    let count = core.count
    guard count > 3, core[count - 1].lowercased == "not", core[count - 2].lowercased == "or"
    else { return core }
    var end = count - 2
    if core[end - 1].text == "," { end -= 1 }
    return Array(core[..<end])
  }

  /// "Do you have any evidence for that?" → "What evidence do you have for that?"; "Is there
  /// a better way to fund it?" → "What better way is there to fund it?": an indefinite
  /// determiner after "have" or "there" becomes "what".
  private static func askingWhich(_ question: [Token]) -> [Token]? {
    let words = question.map(\.lowercased)
    let determiners: Set<String> = ["any", "some", "a", "an", "another"]
    let verbEnd: Int
    if words.count > 4, ["do", "does", "did"].contains(words[0]), words[2] == "have",
      determiners.contains(words[3])
    {
      verbEnd = 3
    } else if words.count > 3, ["is", "are", "was", "were"].contains(words[0]),
      words[1] == "there", determiners.contains(words[2])
    {
      verbEnd = 2
    } else {
      return nil
    }
    var nounEnd = verbEnd + 1
    while nounEnd < words.count, !isBoundary(words[nounEnd]) { nounEnd += 1 }
    guard nounEnd > verbEnd + 1 else { return nil }
    let other = words[verbEnd] == "another" ? phrase("other") : []
    // The auxiliary stays before its subject: "what evidence do you have".
    return phrase("What") + other + question[(verbEnd + 1)..<nounEnd] + question[..<verbEnd]
      + question[nounEnd...]
  }

  /// Words that end a noun phrase after a determiner: prepositions, "that", "to", "who".
  private static func isBoundary(_ word: String) -> Bool {
    FunctionWords.prepositions.contains(word) || FunctionWords.auxiliary(word) != nil
      || ["that", "to", "who", "which", "and", "or", ","].contains(word)
  }

  // MARK: - Questions about a claim

  private static func claimQuestion(
    _ proposition: Proposition, sourceQuestion: [Token]?, isEitherOr: Bool, search: Search
  ) -> [Token]? {
    let clause = proposition.clause
    let isAgreement = ["agree", "accept"].contains(proposition.opinionVerb ?? "")
    // "Would you say you're an optimist?": a view the person has not stated is asked about as
    // a matter of degree, not as something they think.
    let isHypothetical =
      proposition.opinionVerb != nil
      && ["would", "could"].contains(sourceQuestion?.first?.lowercased ?? "")
    let isExistential = clause.subject.count == 1 && clause.subject[0].lowercased == "there"
    let isAboutAsker = clause.subject.count == 1 && clause.subject[0].text == "I"
    return search.first([
      { isEitherOr ? phrase("How would you decide whether") + proposition.statement : nil },
      {
        proposition.isJudgedAbsurd
          ? phrase("What do you make of the fact that") + proposition.statement : nil
      },
      { proposition.opinionVerb != nil && proposition.subjectIsPerson ? nil : looking(clause) },
      // An opinion asked for stays an opinion: "Do you think AI should be regulated?" → "What
      // makes you think AI should be regulated?".
      {
        guard isAgreement || isHypothetical, let sourceQuestion else { return nil }
        return phrase("To what extent") + sourceQuestion
      },
      // "Do you think I should move abroad?" asks for advice: what would follow, not what
      // makes the person think so, which they have not said.
      { isAboutAsker ? changing(clause) : nil },
      // "Surely you can see that NFTs were a scam?", "So you think safety doesn't matter?":
      // the view is the asker's, put on the person; their own view of the subject is asked.
      {
        guard proposition.opinionVerb != nil, !isAboutAsker, !proposition.subjectIsPerson,
          !isExistential, search.isLeading || isCopula(clause)
        else { return nil }
        if isCopula(clause) { return judging(clause, subject: clause.subject) }
        return whether(clause)
      },
      {
        guard let verb = proposition.opinionVerb else { return nil }
        return phrase("What makes you") + proposition.frameAdverbs
          + [Token(isAgreement ? "think" : verb)]
          + proposition.statement
      },
      { changing(clause) },
      {
        guard case .modal(let modal) = clause.verb, possibilityModals.contains(modal) else {
          return nil
        }
        return taking(clause)
      },
      { proposition.isPossibility ? taking(clause) : nil },
      {
        // "To what extent is there life on Mars?" reads badly: a claim that something exists
        // is asked about as a view.
        guard !isExistential else { return nil }
        return (sourceQuestion ?? yesNoQuestion(clause)).map { phrase("To what extent") + $0 }
      },
      { phrase("What makes you think") + proposition.statement },
    ])
  }

  /// "What makes crypto look like a scam to you?", "What makes taxes look too high to you?",
  /// "What makes you sure?".
  private static func looking(_ clause: Clause) -> [Token]? {
    guard case .be(.present) = clause.verb, !clause.isNegated, clause.afterAuxiliary.isEmpty,
      let first = clause.rest.first
    else { return nil }
    let subject = subject(of: clause)
    guard let head = subject.first else { return nil }
    let isPronoun = subject.count == 1
    if isPronoun, ["there", "here"].contains(head.lowercased) { return nil }
    let rest = clause.rest
    if isAnticipatoryIt(clause) {
      return nil  // "Is it wise to ban TikTok?": "it" stands for what follows.
    }
    let word = first.lowercased
    // "here to stay" is no state a thing can look in; nor is a passive with its agent or an
    // infinitive ("caused by immigration", "allowed to raise the rent").
    if ["here", "there"].contains(word) { return nil }
    if rest.count > 1, ["by", "to"].contains(rest[1].lowercased),
      !Lexicon.classes(of: word).contains(.adjective),
      Lexicon.verbReadings(of: word).contains(where: { $0.form == .pastParticiple })
    {
      return nil
    }
    if ["all", "both", "each"].contains(word), rest.count > 1,
      !FunctionWords.beginsNounPhrase(rest[1])
    {
      return nil  // "Are politicians all corrupt?": a quantifier of the subject.
    }
    if FunctionWords.prepositions.contains(word) || isProgressive(rest) { return nil }
    if FunctionWords.isVerbAdverb(word), !degreeWords.contains(word) { return nil }
    if isPronoun, head.lowercased == "you" {
      // "Aren't you worried about AI taking your job?": how the person feels about it, not
      // what makes them feel as the question presumes.
      if rest.count > 2, ["about", "of"].contains(rest[1].lowercased),
        Lexicon.classes(of: word).contains(.adjective)
      {
        return phrase("How do you feel about") + rest[2...]
      }
      return phrase("What makes you") + rest
    }
    return judging(clause, subject: subject)
  }

  /// A claim that the subject is something, asked about without presuming it: "How do you see
  /// crypto?" when what it is said to be is a judgement ("a scam", "overhyped"), which is left
  /// out; otherwise "What would tell you whether nuclear power is safe?", which keeps it.
  private static func judging(_ clause: Clause, subject: [Token]) -> [Token]? {
    // What the judgement is of or against ("a threat to Taiwan", "rigged against small
    // investors") is topic too: only a judgement that stands alone, of a subject that names
    // something, is left out.
    let content = clause.rest.filter {
      $0.kind == .word && !FunctionWords.isFunctionWord($0.lowercased)
        && !degreeWords.contains($0.lowercased)
    }
    let standsAlone =
      !content.isEmpty && content.allSatisfy { !keyTerms.terms(in: [$0]).isEmpty }
      && !(subject.count == 1 && vagueSubjects.contains(subject[0].lowercased))
    if !standsAlone {
      return whether(clause)
    }
    return seeing(subject)
  }

  /// "What would tell you whether AI can replace teachers?": the claim kept whole, asked about
  /// by what would settle it.
  private static func whether(_ clause: Clause) -> [Token] {
    var statement = clause.declarative
    while let last = statement.last, last.kind == .punctuation { statement.removeLast() }
    return phrase("What would tell you whether") + statement
  }

  private static let keyTerms = KeyTermFinder()

  /// "How do you see crypto?" for a claim about a thing: the question asks for the person's
  /// view of what the claim is about, and leaves out what the asker made of it. A subject
  /// that names nothing ("it", "that") gets "What do you make of it?".
  private static func seeing(_ subject: [Token]) -> [Token]? {
    guard !subject.isEmpty else { return nil }
    if subject.count == 1, vagueSubjects.contains(subject[0].lowercased) {
      return phrase("What do you make of") + objectForm(subject)
    }
    return phrase("How do you see") + objectForm(subject)
  }

  /// Whether a clause's verb is "be": "crypto is a scam".
  private static func isCopula(_ clause: Clause) -> Bool {
    if case .be = clause.verb { true } else { false }
  }

  /// Subjects that name nothing a question could keep.
  private static let vagueSubjects: Set<String> = ["it", "that", "this", "those", "these"]

  /// Whether the clause's subject is an "it" that stands for a clause or an infinitive after
  /// it: "it is wise to ban TikTok", "it would be better to just ban guns".
  private static func isAnticipatoryIt(_ clause: Clause) -> Bool {
    guard clause.subject.count == 1, clause.subject[0].lowercased == "it" else { return false }
    return clause.rest.contains {
      ["to", "that", "how", "whether", "if", "what"].contains($0.lowercased)
    }
  }

  /// "What would change if we banned TikTok?" for a claim of what should be done.
  private static func changing(_ clause: Clause) -> [Token]? {
    guard case .modal(let modal) = clause.verb, dutyModals.contains(modal), !clause.isNegated
    else { return nil }
    var rest = clause.rest
    if modal == "ought", rest.first?.lowercased == "to" { rest.removeFirst() }
    guard let verb = rest.first, let base = baseForm(verb.lowercased) else { return nil }
    if base == "have", rest.count > 1,
      Lexicon.verbReadings(of: rest[1].lowercased).contains(where: {
        $0.form == .pastParticiple
      })
    {
      return nil  // "Should we have invaded?": a past decision, asked by a later rule.
    }
    let past = base == "be" ? "were" : Lexicon.past(of: base)
    let tail = Clause.reinflectingCoordinatedVerbs(in: Array(rest.dropFirst()), fromBase: true) {
      Lexicon.past(of: $0)
    }
    return phrase("What would change if") + subject(of: clause) + clause.afterAuxiliary
      + [verb.replacingText(with: past)] + tail
  }

  /// "What would it take for AI to replace programmers?", "… for crypto not to be a scam?".
  /// Not for an "it" that stands for what follows ("Would it be better to ban guns?") nor for
  /// the past ("Could the pandemic have been handled better?"): nothing can be taken for them.
  private static func taking(_ clause: Clause) -> [Token]? {
    if isAnticipatoryIt(clause) { return nil }
    if case .modal = clause.verb, clause.rest.first?.lowercased == "have", clause.rest.count > 1,
      Lexicon.verbReadings(of: clause.rest[1].lowercased).contains(where: {
        $0.form == .pastParticiple
      }) || clause.rest[1].lowercased == "been"
    {
      return nil
    }
    guard let infinitive = infinitive(clause) else { return nil }
    return phrase("What would it take for") + objectForm(subject(of: clause)) + infinitive
  }

  // MARK: - Question-word questions

  private static func questionWordBody(
    _ reading: QuestionReading, questionWordAt index: Int, isRhetorical: Bool, isEitherOr: Bool,
    search: Search
  ) -> [Token]? {
    let words = reading.words
    let end = reading.core.upperBound
    return search.first([
      {
        // "Who would you trust more, a scientist or a politician?" → "How would you decide
        // who you would trust more, …?"
        guard isEitherOr else { return nil }
        return embeddedQuestion(reading, questionWordAt: index).map {
          phrase("How would you decide") + $0
        }
      },
      {
        guard QuestionFormRules.isSingleFact(reading, questionWordAt: index) else { return nil }
        return embeddedQuestion(reading, questionWordAt: index).map {
          phrase("Why does it matter to you") + $0
        }
      },
      {
        guard words[index] == "who", index + 1 < end, words[index + 1] == "cares" else {
          return nil
        }
        var topic = Array(reading.tokens[(index + 2)..<end])
        if topic.first?.lowercased == "about" { topic.removeFirst() }
        return mattering(topic)
      },
      {
        // "How is it fair that X?" → "To what extent is it fair that X?"
        guard QuestionFormRules.asksHowItIsJust(reading, questionWordAt: index) else {
          return nil
        }
        return phrase("To what extent") + reading.tokens[(index + 1)..<end]
      },
      { isRhetorical ? leadingPeople(reading, questionWordAt: index) : nil },
      { Array(reading.coreTokens) },
    ])
  }

  /// "Why does X matter to you?", with "do" for a plural X.
  private static func mattering(_ topic: [Token]) -> [Token] {
    guard let last = topic.last(where: \.isWord) else {
      return phrase("Why does that matter to you")
    }
    return phrase(isPlural([last]) && last.lowercased != "you" ? "Why do" : "Why does") + topic
      + phrase("matter to you")
  }

  /// "What leads people to buy Bitcoin?" for "Why would anyone buy Bitcoin?"; "What leads you
  /// to believe that?" for "How can you believe that?".
  private static func leadingPeople(_ reading: QuestionReading, questionWordAt index: Int)
    -> [Token]?
  {
    let words = reading.words
    let end = reading.core.upperBound
    var position = index + 1
    var who = "people"
    if ["kind", "sort", "type"].contains(position < end ? words[position] : ""),
      position + 2 < end
    {
      position += 3  // "what kind of person"
    }
    let auxiliary = position < end ? FunctionWords.auxiliary(words[position]) : nil
    if auxiliary != nil { position += 1 }
    var isNegated = false
    while position < end {
      let word = words[position]
      if word == "you" { who = "you" }
      if word == "not" { isNegated = true }
      // "Why would any parent let …" is about parents: the noun after "any" names them.
      if position > 0, words[position - 1] == "any", !genericPersons.contains(word),
        Lexicon.classes(of: word).contains(.noun), let plural = Lexicon.plural(of: word)
      {
        who = plural
      }
      let isSubjectWord =
        word == "you" || word == "any" || word == "not" || word == "ever"
        || CritiqueVocabulary.universalSubjects.contains(word)
        || CritiqueVocabulary.personNouns.contains(word)
      if !isSubjectWord, baseForm(word) != nil { break }
      position += 1
    }
    guard position < end, let base = baseForm(words[position]) else { return nil }
    var verb = [reading.tokens[position].replacingText(with: base)]
    if auxiliary?.kind == .be, !words[position].hasSuffix("ing") {
      // "Why is everyone so obsessed with AI?": a state, "to be obsessed with AI".
      verb = [Token("be"), reading.tokens[position]]
    }
    let not = isNegated ? phrase("not") : []
    let tail = Clause.reinflectingCoordinatedVerbs(
      in: Array(reading.tokens[(position + 1)..<end]), fromBase: false
    ) { $0 }
    return phrase("What leads") + phrase(who) + not + phrase("to") + verb + tail
  }

  /// Words for a person that say nothing of who: "any person" is people.
  private static let genericPersons: Set<String> = ["person", "one", "human", "body", "people"]

  /// "when Bitcoin launched" for "When did Bitcoin launch?"; "who invented Bitcoin" as it is.
  private static func embeddedQuestion(_ reading: QuestionReading, questionWordAt index: Int)
    -> [Token]?
  {
    let words = reading.words
    let tokens = reading.tokens
    let end = reading.core.upperBound
    var phraseEnd = index + 1
    if words[index] == "how", phraseEnd < end { phraseEnd += 1 }
    if ["how", "what", "which"].contains(words[index]) {
      while phraseEnd < end, FunctionWords.auxiliary(words[phraseEnd]) == nil,
        !QuestionFormRules.isVerbForm(words[phraseEnd])
          || Lexicon.classes(of: words[phraseEnd]).contains(.noun),
        !FunctionWords.isFunctionWord(words[phraseEnd]) || words[phraseEnd] == "much"
      {
        phraseEnd += 1
      }
    }
    let phrase = Array(tokens[reading.core.lowerBound..<phraseEnd])
    // "Which countries have banned TikTok": the question word's phrase is the subject when a
    // verb follows the auxiliary, and the question is embedded as it is.
    guard phraseEnd < end, FunctionWords.auxiliary(words[phraseEnd]) != nil, phraseEnd + 1 < end,
      !QuestionFormRules.isVerbForm(words[phraseEnd + 1]),
      !isPredicateWord(words[phraseEnd + 1])
    else {
      return phrase + tokens[phraseEnd..<end]
    }
    guard let statement = Proposition.reversed(Array(tokens[phraseEnd..<end])) else {
      return nil
    }
    return phrase + statement
  }

  /// Whether a word after "Which is" is what is said of it, not a subject: "Which is worse",
  /// "Who is right".
  private static func isPredicateWord(_ word: String) -> Bool {
    if degreeWords.contains(word) || ["better", "worse", "best", "worst"].contains(word) {
      return true
    }
    let classes = Lexicon.classes(of: word)
    return classes.contains(.adjective) && !classes.contains(.noun)
  }

  // MARK: - Clause helpers

  /// The clause as a yes/no question, without negation: "crypto is not a scam" → "is crypto a
  /// scam"; "AI threatens jobs" → "does AI threaten jobs".
  static func yesNoQuestion(_ clause: Clause) -> [Token]? {
    let subject = subject(of: clause)
    guard !subject.isEmpty else { return nil }
    switch clause.verb {
    case .lexical(let base, let tense):
      let doForm: String
      switch tense {
      case .thirdSingular: doForm = "does"
      case .plural, .imperative: doForm = "do"
      case .past: doForm = "did"
      }
      let verb = clause.lexicalVerb.map { $0.replacingText(with: base) } ?? Token(base)
      let rest = Clause.reinflectingCoordinatedVerbs(in: clause.rest, fromBase: false) {
        $0
      }
      return [Token(doForm)] + subject + clause.beforeVerb.filter { !isNegation($0) } + [verb]
        + rest
    case .be, .modal, .perfect:
      guard let auxiliary = clause.auxiliary else { return nil }
      return [Token(positiveAuxiliary(auxiliary, clause))] + subject
        + clause.afterAuxiliary.filter { !isNegation($0) } + clause.rest
    }
  }

  /// The clause's verb group as an infinitive after its subject: "to be a scam", "not to
  /// replace jobs", "to have caused the crisis".
  private static func infinitive(_ clause: Clause) -> [Token]? {
    let not = clause.isNegated ? phrase("not") : []
    // "ever" belongs to the question ("Can AI ever be creative?"), not to what it would take.
    let adverbs = clause.afterAuxiliary.filter { !isNegation($0) && $0.lowercased != "ever" }
    switch clause.verb {
    case .be(.present):
      return not + phrase("to be") + adverbs + clause.rest
    case .be(.past), .perfect(.past):
      return nil
    case .perfect(.present):
      return not + phrase("to have") + adverbs + clause.rest
    case .modal(let modal):
      var rest = clause.rest
      if modal == "ought", rest.first?.lowercased == "to" { rest.removeFirst() }
      guard let verb = rest.first, baseForm(verb.lowercased) != nil else { return nil }
      return not + phrase("to") + adverbs + rest
    case .lexical(let base, let tense):
      guard tense != .past, tense != .imperative else { return nil }
      let rest = Clause.reinflectingCoordinatedVerbs(in: clause.rest, fromBase: false) { $0 }
      return not + phrase("to") + clause.beforeVerb.filter { !isNegation($0) } + [Token(base)]
        + rest
    }
  }

  private static func positiveAuxiliary(_ token: Token, _ clause: Clause) -> String {
    switch token.lowercased {
    case "'s":
      if case .perfect = clause.verb { return "has" }
      return "is"
    case "'d":
      if case .perfect = clause.verb { return "had" }
      return "would"
    default:
      return FunctionWords.auxiliary(token.lowercased)?.positive ?? token.lowercased
    }
  }

  /// The clause's subject; "you" for a command.
  static func subject(of clause: Clause) -> [Token] {
    clause.isCommand ? phrase("you") : clause.subject
  }

  /// Pronouns as objects: "we" → "us", "they" → "them".
  private static func objectForm(_ subject: [Token]) -> [Token] {
    guard subject.count == 1, let object = objectPronouns[subject[0].lowercased] else {
      return subject
    }
    return [subject[0].replacingText(with: object)]
  }

  private static let objectPronouns: [String: String] = [
    "i": "me", "we": "us", "they": "them", "he": "him", "she": "her", "who": "whom",
  ]

  /// Whether a complement starts with a verb's -ing form: "winning the AI race", "failing".
  /// Adjectives in -ing ("boring") are taken for it too: "look boring" reads well, but "look
  /// failing" does not, and the lexicon cannot tell them apart.
  private static func isProgressive(_ rest: [Token]) -> Bool {
    guard let first = rest.first else { return false }
    let word = first.lowercased
    return word.hasSuffix("ing")
      && Lexicon.verbReadings(of: word).contains { $0.form == .presentParticiple }
  }

  private static let degreeWords: Set<String> = [
    "too", "so", "very", "more", "less", "most", "least", "quite", "rather", "pretty", "fairly",
    "extremely", "incredibly", "really", "somewhat", "overly", "increasingly",
  ]

  private static let dutyModals = FunctionWords.obligationModals
  private static let possibilityModals = FunctionWords.possibilityModals

  /// The base form of a verb as written: "buys" → "buy", "saying" → "say", "be" → "be"; nil
  /// when it is none.
  static func baseForm(_ word: String) -> String? {
    if word == "be" || word == "have" || word == "do" { return word }
    if FunctionWords.isFunctionWord(word) { return nil }
    return Lexicon.verbReadings(of: word).first {
      $0.form != .pastParticiple
    }?.base
  }

  private static func isNegation(_ token: Token) -> Bool {
    token.lowercased == "not" || token.lowercased == "never"
  }

  // MARK: - Tokens

  /// The yes/no question with its auxiliary positive and "not" after the subject gone:
  /// "Doesn't social media harm teens" → "Does social media harm teens".
  static func positiveQuestion(_ core: [Token]) -> [Token] {
    guard let first = core.first, let auxiliary = FunctionWords.auxiliary(first.lowercased)
    else { return core }
    var tokens = core
    if auxiliary.isNegated {
      tokens[0] = first.replacingText(with: CaseStyle.matching(first, auxiliary.positive))
    } else if let not = tokens.prefix(5).firstIndex(where: { $0.lowercased == "not" }) {
      tokens.remove(at: not)
    }
    return Clause.respaced(tokens)
  }

  /// A phrase as tokens: "What makes" → ["What", "makes"]. The rewrites' own phrases are made
  /// into tokens once: making a token costs more than looking one up.
  private static func phrase(_ text: String) -> [Token] {
    fixedPhrases[text] ?? tokens(text)
  }

  private static func tokens(_ text: String) -> [Token] {
    text.split(separator: " ").map { Token(String($0)) }
  }

  private static let fixedPhrases: [String: [Token]] = Dictionary(
    uniqueKeysWithValues: [
      "How would you decide whether", "How would you describe", "To what extent",
      "What do you make of the fact that", "What do you think about", "What do you think",
      "What leads", "What makes you say that", "What makes you think", "What makes you",
      "What makes", "What would change if", "What would it take for",
      "Why does it matter to you", "Why does that matter to you", "Why do", "Why does",
      "How do you feel about", "How do", "How does",
      "matter to you", "to be", "to have", "to you", "yourself", "like", "look", "not", "to",
      "you", "people", "What", "other",
    ].map { ($0, tokens($0)) })

  /// The body as a question: spaced, the first letter capital, a "?" at the end. The asker's
  /// own words stay theirs: "Should I quit my job?" → "What would change if I quit my job?".
  private static func finished(_ body: [Token]) -> String {
    var tokens = body[...]
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    var text = ""
    for (index, token) in Clause.respaced(Array(tokens)).enumerated() {
      if token.hasSpaceBefore { text += " " }
      text += index == 0 ? CaseStyle.capitalizingFirst(token.text) : token.text
    }
    return text + "?"
  }
}

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
  /// Whether it was judged absurd: "Isn't it ridiculous that X?".
  var isJudgedAbsurd = false
  /// Whether it was asked whether it is possible or likely: "Is it possible that X?".
  var isPossibility = false

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
    guard index < words.count, words[index] == "that" else { return false }
    guard index + 1 < words.count else { return false }
    return FunctionWords.auxiliary(words[index + 1]) == nil
  }

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
      if Proposition.isComplementizer(words, at: start) { start += 1 }
      if start < words.count,
        let inner = Proposition(declarative: Array(core[start...]), hasFrames: false)
      {
        self = inner
        opinionVerb = verb
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
  private static func clause(reversed statement: [Token], from question: [Token]) -> Clause? {
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
        if Proposition.isComplementizer(words, at: start) { start += 1 }
        if start < words.count, let inner = Proposition(declarative: Array(tokens[start...])) {
          self = inner
          opinionVerb = verb
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
    guard index < words.count, ["that", "how"].contains(words[index]) else { return nil }
    return index + 1
  }
}
