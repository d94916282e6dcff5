/// Chooses what partner mode offers to say next: a reflection, then the two open questions that
/// fit best, of different kinds and of kinds not offered the time before.
///
/// The reflection gives back what they just said (`ReflectionWriter`), or, when their words
/// give nothing to reflect or call for it, a calm line for the moment (`PartnerLines`): a charge
/// at the listener, a feeling, a doubt, a repeat, noise or a goodbye. A question that sets the other side before them waits
/// until they are open to it (`PartnerMood`); a slot with nothing fitting stays empty.
///
/// The questions are of different kinds, each open by the critic's rules, neither offered
/// before in the session in any wording (`WordingKey`), and made from the
/// other person's words where those give anything to work from. "You" in them is the other
/// person: the engine reads their first person as second person ("I think my job is
/// pointless" → "your job is pointless").
///
/// Each stage prefers its kinds in an order (`ConversationStage.preferredKinds`), after the kinds
/// that answer to the moment; a kind with nothing to offer gives way to the next. Within a kind
/// the questions come in this order:
/// 1. wordings that take up the moment (a feeling, a doubt, a named blockage, a charge at the
///    listener), or answer to a question or fragment of theirs;
/// 2. the stage's own wordings (how sure they are, what would change their mind, a warm close),
///    and the engine's questions about the reason they just gave;
/// 3. the hand-written questions of the packs: the term questions of the words they used, then
///    the questions of the session's topic, of the packs their claim is about and of the packs
///    named with `--pack`;
/// 4. the engine's questions about the claim;
/// 5. the packs for any belief, and wordings that fit anything said ("What makes you say that?").
struct SuggestionPlanner: Sendable {
  /// The most things offered each time: at the close, lines to say.
  static let count = 3

  let setting: CoachingSetting
  /// What is known of the wordings met so far: worked out once a session.
  let verdicts: WordingVerdicts
  /// The packs' questions, filled with the words of a claim: filled once a session.
  let filledPackQuestions = Memo<[Question]>()
  /// The same of the packs to fall back on.
  let filledFallbacks = Memo<[Question]>()

  init(setting: CoachingSetting) {
    self.setting = setting
    verdicts = WordingVerdicts(critic: setting.critic)
  }

  /// What to offer, in the order to show it: how to answer what they asked of the listener, or
  /// else the reflection, first. At the close, lines to say and no question (`PartnerClosing`).
  func suggestions(for context: Context) -> [PartnerSuggestion] {
    // A loss or a lonely stretch told at the close is stayed with, never waved off.
    if context.stage == .close, let words = context.words, !words.moment.keepsToTheMoment {
      return Self.closing(words, context)
    }
    // "give me a sec", "hang on": the listener waits; a question would not.
    if let words = context.words, words.asksToWait {
      let lines = PartnerLines.waiting
      return [.reflection(lines.first { !context.offered.contains($0) } ?? lines[0])]
    }
    // "dont get all deep on me lol", "everyone treats me like glass": the moment's own line.
    let reflection =
      context.words.flatMap { Self.ownLine(for: $0, offered: context.offered) }
      ?? self.reflection(for: context)
    // "what would change YOUR mind then?", "what time friday", "and where are you on it?":
    // asked of the listener, they are answered first (`answering(_:reflection:)`); another
    // question would dodge them.
    if let words = context.words, let answer = Self.answering(words, reflection: reflection) {
      return answer
    }
    // A dig at the listener is taken calmly, and the line asks the one question; warmth ("you'll
    // have me in tears") is met warmly: no question invites another dig or opens new ground.
    // Asked not to press, nothing is asked; told they sound scripted or pushy, the owned
    // repair is all: another question would prove them right. Caught out by their own words,
    // they are put at ease, and nothing is asked. A plan said in mockery ("oh i'll just park it
    // on the roof then") is no view to question: the frustration under it is heard, as is an
    // outcry ("twelve quid! for a keyring!"), which no rating or reason question answers. A
    // plan agreed or a view softened is heard, and the line itself moves towards the close.
    if let reflection, let words = context.words,
      words.jabsAtListener || words.moment == .warm || words.asksNotToBePressed
        || words.objection == .manner || words.isCaughtOut || words.isSarcastic
        || words.isOutcry || words.isResignedFine || words.brushesOff
        || words.admissionGivenBack != nil || words.findsTheListenerWentAhead || words.agreesAPlan
        || words.softens || words.asksToBeHeard || words.thanksForRestraint
    {
      return [.reflection(reflection)]
    }
    // Two questions of different kinds beside the line to say; three without one, once they
    // opened up: a moment that matters is never left with one thing to say.
    let isTender = context.words.map { Self.staysWithThePerson($0, context) } ?? false
    var questions = self.questions(for: context, count: reflection == nil && isTender ? 3 : 2)
    // With no line to say, one question is offered even of a kind offered last time, or, as a
    // last resort, one that fits anything said: one line rather than none.
    if reflection == nil, questions.isEmpty {
      var relaxed = context
      relaxed.lastOfferedKinds = []
      relaxed.mayOfferStock = true
      questions = self.questions(for: relaxed, count: 1)
    }
    let items =
      (reflection.map { [.reflection($0)] } ?? []) + questions.map(PartnerSuggestion.question)
    // A turn never goes without something to say.
    guard items.isEmpty else { return items }
    let lines = PartnerLines.goingOn
    return [.reflection(lines.first { !context.offered.contains($0) } ?? lines[0])]
  }

  /// The questions to offer: of different kinds, none near another or one offered before.
  /// - Parameter besides: questions chosen already, which these are kept apart from.
  private func questions(
    for context: Context, count wanted: Int, besides: [Question] = []
  ) -> [Question] {
    let count = wanted + besides.count
    let target = QuestionTarget.after(context.words)
    let isClosing = target == .close || context.stage == .close
    // What the stock questions need of the turn is read from the turn itself, even where the
    // questions keep to the claim: a joke or a plan is no place for a debater's question.
    let turnReading = StockQuestionFit.reading(in: context)
    var context = context
    // A request or an aside adds nothing to ask about: the questions keep to the claim, unless
    // there is no belief on the table to keep to.
    if target == .claim, !context.isPersonalTalk { context.words = nil }
    let analysis = context.claim.map {
      Self.analysis($0, words: context.words, reason: context.reason)
    }
    var values = analysis?.placeholderValues() ?? [:]
    if let topic = PartnerWordings.topicValue(of: context.topic, in: setting.library) {
      values[.topic] = topic
    }
    var pool = CandidatePool()
    let momentQuestions =
      isClosing ? [] : Self.fill(context.registers, Self.followingUp(context.words), values)
    if isClosing {
      // The close asks what stood out and what is left, never the claim again.
      pool.add(
        Self.fill(
          context.registers, context.words.map { PartnerLines.questions(for: $0.moment) } ?? [],
          values))
      pool.add(
        Self.fill(context.registers, PartnerWordings.stage(.close, hasAnswered: true), values))
    } else {
      addFirstChoices(for: context, analysis: analysis, values: values, to: &pool)
    }
    let misreadInversion = analysis.flatMap(Self.misreadInversion)
    let longQuotes = analysis.map(Self.tooLongToQuote) ?? []
    var hasFallbacks = isClosing
    var kinds = Self.responsiveKinds(context.words)
    for kind in context.stage.preferredKinds where !kinds.contains(kind) { kinds.append(kind) }
    let claimStems = analysis.map { WordingKey($0.claim).stems } ?? []
    let askable = Self.askableStems(of: context)
    // The keys of all that was offered, the claim's stems left out once for every candidate.
    let offeredKeys = OfferedKeys(context.offeredKeys.map { $0.leavingOut(claimStems) })
    var chosen: [Question] = []
    var chosenKeys: [WordingKey] = []
    // A frame around their whole claim is a last resort, once a talk.
    let pasted = Self.pastedClaims(analysis)
    var mayPaste = false
    func pastes(_ question: Question) -> Bool {
      pasted.contains { question.text.includes($0) }
    }
    // A wording that fits anything said is a last resort, once a conversation.
    let mayOfferStock =
      context.mayOfferStock && context.offered.isDisjoint(with: Self.stockWordings)
    // Read once for all the candidates.
    let tellsAPlainFact = context.words?.tellsAPlainFactOfTheirs ?? false
    let isWarm = context.words.map(Self.isAWarmMoment) ?? false
    func accepts(_ question: Question) -> Bool {
      // What is ruled out by a look-up goes first: late in a talk most of the pool was offered
      // before, and is turned down before any of its words are read.
      if context.offered.contains(question.text) || context.lastOfferedKinds.contains(question.kind)
        || chosen.contains(where: { $0.kind == question.kind })
      {
        return false
      }
      if verdicts.isStock(question.text) || !mayPaste && pastes(question) { return false }
      if !mayOfferStock, Self.isStockWording(question) { return false }
      // "What helped you through it?" after a what-if: a stock question needs its shape of turn.
      if turnReading?.fits(question.text) == false { return false }
      // "don't therapise me": no why-question next (nor a counsellor's: `registers`).
      if context.words?.objection == .manner, question.text.lowercased().hasPrefix("why") {
        return false
      }
      var key = verdicts.key(of: question.text)
      key.claimNumber = context.claimNumber
      if Self.rulesOut(key.intent, context, asking: key, ofTheirTurn: askable, isWarm: isWarm) {
        return false
      }
      // In a talk of their own life nothing sets the other side before them: no view is argued.
      if !context.mayTurnToTheOtherSide || context.isPersonalTalk,
        PartnerMood.setsTheOtherSide(question, inverted: analysis?.inverted)
      {
        return false
      }
      // A charge or a feeling is taken up by its own questions, whatever came before.
      if context.isStandingBySource, question.kind == .viewpoints,
        context.words?.moment ?? .ordinary == .ordinary
      {
        return false
      }
      // "the old tent is still in my loft": a plain fact of theirs is never doubted, while
      // the claim it bears on may still be asked about.
      if tellsAPlainFact, Self.doubts(question.text),
        !(context.claim.map { question.text.includes($0.claim) } ?? false)
      {
        return false
      }
      // "What is an example that shows what you mean?" right after they gave one, or after
      // "oh that'd be lovely", which argues nothing to give an example of.
      if context.words?.givesAnExample == true || context.hasToldAnExample
        || context.words?.arguesAView == false,
        PartnerCueMatcher.asksForAnExample.matches(
          Tokenizer.tokenize(question.text).filter(\.isWord))
      {
        return false
      }
      // "… bears on whether the big blue van outside the bakery?": a claim that reads garbled in the
      // frame is never pasted in.
      if let claim = analysis?.claim, Self.garblesTheClaim(question.text, claim: claim) {
        return false
      }
      let unclaimed = key.leavingOut(claimStems)
      return !offeredKeys.containsNearDuplicate(of: unclaimed)
        && !chosenKeys.contains { $0.isNearDuplicate(of: key, ignoring: claimStems) }
        && misreadInversion.map { !question.text.includes($0) } ?? true
        && !longQuotes.contains { question.text.includes($0) }
        && verdicts.isFit(question.text)
    }
    func choose(_ question: Question) {
      chosen.append(question)
      var key = verdicts.key(of: question.text)
      key.claimNumber = context.claimNumber
      chosenKeys.append(key)
    }
    besides.forEach(choose)
    // A feeling, a doubt or a charge at the listener is taken up by the moment's own questions
    // first, whatever their kinds, before anything of the stage or the packs.
    for question in momentQuestions where chosen.count < count {
      if accepts(question) { choose(question) }
    }
    // After a feeling or a blockage nothing turns back to the claim: when the moment's own
    // questions are used up, a plain one about what they just said or about what matters to
    // them. The turns just after it stay with them too.
    if let words = context.words, Self.staysWithThePerson(words, context) {
      for question in Self.fill(context.registers, Self.aboutThePerson(words, context), values)
      where chosen.count < count && accepts(question) {
        choose(question)
      }
      // Short of questions: a wording that fits anything, but never the kind offered first
      // last time; with nothing else that fits, fewer questions are better than a repeat.
      if chosen.count < count, !context.mayOfferStock {
        var relaxed = context
        relaxed.mayOfferStock = true
        return Array(chosen.dropFirst(besides.count))
          + questions(for: relaxed, count: count - chosen.count, besides: chosen)
      }
      return Array(chosen.dropFirst(besides.count))
    }
    // A question offered before never comes back: a slot with nothing new stays empty.
    for kind in kinds where chosen.count < count {
      guard !chosen.contains(where: { $0.kind == kind }) else { continue }
      func pick() -> Question? { pool.byKind[kind]?.first(where: accepts) }
      var question = pick()
      // The fallbacks are filled only when they are needed.
      if question == nil, !hasFallbacks {
        addFallbacks(for: context, values: values, to: &pool)
        hasFallbacks = true
        question = pick()
      }
      if let question { choose(question) }
    }
    // With a slot still empty, one question framed around their claim, if none was before.
    if chosen.count < count, !pasted.isEmpty, !Self.hasPasted(pasted, in: context.offered) {
      mayPaste = true
      for kind in kinds where chosen.count < count && !chosen.contains(where: { $0.kind == kind }) {
        if let question = pool.byKind[kind]?.first(where: accepts) {
          choose(question)
          mayPaste = false
        }
      }
    }
    return Array(chosen.dropFirst(besides.count))
  }
}
