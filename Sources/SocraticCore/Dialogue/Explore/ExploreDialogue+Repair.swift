/// Replies about the question rather than to it ("?", "line between what?", "why do you ask",
/// "hmm"): the tool owns a question that did not say what it was about and asks it again with
/// what it pointed to named, says what a question is for, or gives time to think.
extension ExploreDialogue {
  /// Meets a reply about the question just put.
  mutating func repair(
    _ repair: QuestionRepair, after number: Int, into step: inout DialogueStep
  ) {
    switch repair {
    case .hesitation: askEasierQuestion(after: number, into: &step)
    case .unclear: askAgainNamed(after: number, into: &step)
    case .purpose: explainQuestion(after: number, into: &step)
    }
  }

  /// "why do you ask": what that question asks for, in a line, and the question again.
  private mutating func explainQuestion(after number: Int, into step: inout DialogueStep) {
    guard let question = state.currentQuestion else {
      say(Self.purposeNotice, into: &step)
      askNextQuestion(into: &step, closingWhenNoneLeft: true)
      return
    }
    let reason = QuestionIntent(of: question.text)?.reasonForAsking ?? question.kind.purpose
    say("Fair question. \(reason)", into: &step)
    ask(
      PlannedQuestion(Question(kind: question.kind, text: question.text), source: question.source),
      follows: question.follows, arc: question.arc.flatMap(ExploreArcStep.init(rawValue:)),
      into: &step)
  }

  /// "?", "behind what?": the question is owned as unclear and asked again plainly, with what
  /// it is about named (`PlainQuestion`), or with what it stood for named before it; never a
  /// new question. One asked again already, or an easier one, gives way to an easier one.
  private mutating func askAgainNamed(after number: Int, into step: inout DialogueStep) {
    say(Self.unclearNotice, into: &step)
    let arc = state.currentQuestion?.arc.flatMap(ExploreArcStep.init(rawValue:))
    // A question asked again plainly, or an easier one, that still did not land gives way.
    guard let question = state.currentQuestion, arc != .easier else {
      askEasierQuestion(after: number, note: nil, into: &step)
      return
    }
    let given = lastAnswerGiven()
    let claim = state.belief?.claim
    let plain = PlainQuestion(
      referents: .init(
        claim: claim, inverted: state.belief?.inverted, said: given, reasons: namedReasons()))
    // A follow-up points at their last answer; any other question, at their belief.
    let named =
      question.follows != nil
      ? given.map { "You said \($0)." } : claim.map { "Your view is that \($0)." }
    // Only a bare "that" or "this" is made plain by naming what it stood for: a question that
    // names what it asks about, led in by their words, is the same question again.
    let led =
      ReferentGate.isLedIn(question.text) || !QuestionRepair.pointsBack(question.text)
      ? nil : named.map { "\($0) \(question.text)" }
    // A plain wording with the frame of the question it puts plainly says it the same way.
    let asked = [QuestionWording.frame(of: question.text, excluding: state.beliefWords)]
    let plainer = plain.wordings(of: question.text, step: arc).filter {
      !QuestionWording.isNearDuplicate($0, of: asked, beliefWords: state.beliefWords)
    }
    let again = (plainer + [led].compactMap { $0 }).first { !state.askedTexts.contains($0) }
    guard let again else {
      askEasierQuestion(after: number, note: nil, into: &step)
      return
    }
    ask(
      PlannedQuestion(Question(kind: question.kind, text: again), source: question.source),
      follows: number, arc: .easier, into: &step)
  }

  /// The reasons on the map, as whole clauses of theirs short enough to name in a question.
  private func namedReasons() -> [String] {
    state.map.reasons.compactMap { QuestionSlot.quotedClause($0.text, limit: Self.reasonWordLimit) }
      .filter(QuestionSlot.standsAlone)
  }

  /// The most words a reason named in a plain question may have.
  static let reasonWordLimit = 10

  /// Their last answer that said something, given back as a whole clause of theirs short
  /// enough to name in a question ("you can't argue with a promotion"); nil when none can be.
  func lastAnswerGiven() -> String? {
    // The reply that asked is on the fold already: the answers before it are read.
    for answer in state.fold.answers.dropLast().suffix(Self.answersLookedBack).reversed() {
      let read = AnswerMoveReader.read(String(answer.prefix(Self.saidWordsReadLimit)))
      guard read.isAnswer else { continue }
      return ReferentGate.namedClause(of: read) ?? ReferentGate.quotedAsTyped(answer)
    }
    return nil
  }

  /// Whether a correction ends on moving on ("i didnt say that. anyway."): its last words a
  /// phrase of `AnswerCues.movingOn`, whole.
  static func movesOnAfter(_ words: [Token]) -> Bool {
    words.indices.contains { start in
      movingOnCues.matchEnd(atStartOf: Array(words[start...])) == words.count - start
    }
  }

  /// `AnswerCues.movingOn`, compiled once.
  static let movingOnCues = PartnerCueMatcher(AnswerCues.movingOn)

  /// How many answers back the one a repair names is looked for.
  static let answersLookedBack = 3

  /// Owns a question that did not land.
  static let unclearNotice = "Sorry, that was unclear."

  /// What owning a correction did: asked what was missed (nothing else is asked after it),
  /// gave back an earlier answer of theirs, or gave back what they say is so (or owned the
  /// miss alone): the question the correction asks for follows.
  enum OwnedCorrection: Equatable {
    case askedWhatWasMissed, gaveBackEarlier, gaveBackMeant
    /// "i didnt say that. anyway.": the miss owned, and the talk goes on as they asked.
    case ownedAndMovedOn
  }

  /// "thats not what i said, it was my dad not me": owned with one apology a session and what
  /// they say is so, turned to "you" (`CorrectionReply`); "you're not listening" with what they
  /// did say before; with nothing to give back, by asking what was missed.
  mutating func ownCorrection(
    _ line: String, of number: Int, into step: inout DialogueStep
  ) -> OwnedCorrection {
    let meant = TurnRequest.restatement(in: line)
    let apologising = !state.hasApologised
    let words = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(Self.denialReadLimit))))
      .filter(\.isWord)
    if meant == nil, Self.unheardCues.matches(words), let given = lastAnswerGiven() {
      let opening = apologising ? CorrectionReply.apology : CorrectionReply.laterOwning
      reflect("\(opening) \u{2014} you said \(given).", depth: .simple, of: number, into: &step)
      return .gaveBackEarlier
    }
    if meant == nil, Self.movesOnAfter(words) {
      say((apologising ? CorrectionReply.apology : CorrectionReply.laterOwning) + ".", into: &step)
      return .ownedAndMovedOn
    }
    // "no, it's not her i'm worried about, it's me": the turn they take is what they meant.
    if meant == nil,
      let turned = turnedDownReading(line, read: state.fold.reading(of: line))
        .flatMap(ReflectionWriter.given)
    {
      let opening = apologising ? CorrectionReply.apology : CorrectionReply.laterOwning
      reflect("\(opening) \u{2014} \(turned).", depth: .complex, of: number, into: &step)
      return .gaveBackMeant
    }
    let reply = CorrectionReply(meant: meant, apologising: apologising)
    guard reply.asksWhatWasMissed else {
      reflect(reply.text, depth: .simple, of: number, into: &step)
      return .gaveBackMeant
    }
    // What was missed is asked as the next question, once a session; then in other words.
    let opening = apologising ? CorrectionReply.apology : CorrectionReply.laterOwning
    say(opening + ".", into: &step)
    guard !isAsked(CorrectionReply.whatWasMissed) else { return .gaveBackMeant }
    ask(
      PlannedQuestion(
        Question(kind: .clarification, text: CorrectionReply.whatWasMissed), source: .followUp),
      follows: number, arc: .moment, into: &step)
    return .askedWhatWasMissed
  }
}

extension QuestionRepair {
  /// Whether a question points at something with "that" or "this" standing alone ("How does
  /// that sit with you?", "if this turned out to be false"), not as a determiner ("that video")
  /// nor as the conjunction ("think that prices rise").
  static func pointsBack(_ question: String) -> Bool {
    let words = Tokenizer.tokenize(question).filter(\.isWord)
    let tags = ClauseScanner(tokens: words).tags
    return words.indices.contains { index in
      guard pointers.contains(words[index].lowercased) else { return false }
      guard index + 1 < words.count else { return true }
      // "does this say about", "if this turned out": a verb of its own with words after it,
      // whatever the tagger made of it ("this view?" ends on its noun).
      let next = words[index + 1].lowercased
      return !nameTags.contains(tags[index + 1])
        || (index + 2 < words.count
          && Lexicon.verbReadings(of: next).contains { pointerVerbForms.contains($0.form) })
    }
  }

  /// The forms of a verb right after "that" or "this" that make it the verb's subject: "prices"
  /// after "that" is a noun more often than a verb.
  static let pointerVerbForms: Set<VerbForm> = [.base, .past]

  /// Words that point at something said before.
  static let pointers: Set<String> = ["that", "this"]
  /// What follows a pointer that makes it a determiner or the conjunction instead.
  static let nameTags: Set<PartOfSpeech> = [
    .noun, .properNoun, .adjective, .pronoun, .determiner, .number,
  ]
}
