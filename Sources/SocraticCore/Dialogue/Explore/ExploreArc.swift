/// A step along the arc of a good conversation about a belief: the claim understood, the
/// reasons, which weighs most, how reliable that way of knowing is, what would change their
/// mind, a re-rating. Logged as a question's `arc`.
enum ExploreArcStep: String, Sendable, Hashable, CaseIterable {
  /// What the belief's words mean (a pack's question about a term).
  case clarify
  /// What leads them to the belief.
  case reasons
  /// How they know a reason they gave: asked once per reason.
  case probe
  /// When they first came to see it this way (a story).
  case story
  /// How it would work, step by step (a mechanism).
  case mechanism
  /// What else leads them there.
  case moreReasons = "more_reasons"
  /// Which reason carries the most weight.
  case weight
  /// How reliable that way of knowing is.
  case reliability
  /// How someone who disagrees would see it.
  case outsider
  /// Why the opposite might hold.
  case inversion
  /// What would change their mind.
  case changeMind = "change_mind"
  /// Their confidence now, in words.
  case rerate
  /// A hand-written question from a topic pack.
  case pack
  /// An easier question after an answer that said nothing.
  case easier
  /// A question that takes up a moment of the last answer: a wavering, a feeling, a blockage.
  case moment
}

/// Chooses the next question from the belief map, along the arc, before the plan's rotation of
/// kinds: a reason just given is probed first (once); then the steps in `order`, each asked
/// once and only when it fits what the map holds; a topic pack's hand-written questions come in
/// between, before any generic template.
struct ExploreArc {
  let plan: QuestionPlan
  let belief: BeliefAnalysis
  let map: BeliefMap
  /// The last answer, when the question follows one: its moments are taken up first, and a
  /// question that points back at it ("How would that work?") is asked only after it says
  /// something to point at.
  var last: ReadAnswer?
  /// The last answer as typed: the names of what it cites are taken from it.
  var lastText: String?
  /// The step of the question the last answer answered.
  var answered: ExploreArcStep?
  /// That question's words.
  var answeredText: String?
  /// The questions asked in the session, in their words.
  var askedTexts: Set<String> = []
  /// Whether a feeling was asked about already in this session: it is asked about once.
  var feelingAsked = false
  /// What the last answer gave, which no question asks for again in the next move.
  var given = AnswerGiven()
  /// How many questions the thread has asked: the re-rating, which ends it, waits for
  /// `questionsBeforeRerate`.
  var threadQuestions: Int

  /// How many questions a thread asks before the re-rating that ends it: a talk that has
  /// walked the arc in five questions has heard one reason, not weighed it.
  static let questionsBeforeRerate = 8

  /// The stock families asked once a session, across its threads: in other words about another
  /// belief they are still the same frame ("How does that fit with your view …?" in every
  /// thread reads as a form).
  /// A stock family heard again about another belief was graded formulaic ("What does that
  /// tell you about whether …" in every session); only what would change their mind, how they
  /// know a thing named, how far they trust a source named and what a word means are asked in
  /// each thread, since each names what it is about.
  static let oncePerSession: Set<QuestionIntent> = [
    .bearing, .fit, .typical, .origin, .weight, .otherSide, .opposite, .impact, .experts,
    .consequence, .mechanism, .ifWrong, .ownView,
  ]

  /// What is asked when they were asked for the other side and gave a point of it: where it
  /// leaves them, never how they hold it together with a view they were asked to set aside.
  /// The last weighs the point itself, for when where it leaves them was asked already.
  static let otherSideGivenWordings = [
    "Where does that leave your view now?", "How much of your view does that touch, if any?",
    "How strong a point is that, to you?",
  ]

  /// The order of the arc; `pack` may come more than once.
  static let order: [ExploreArcStep] = [
    .clarify, .reasons, .pack, .mechanism, .story, .moreReasons, .pack, .weight, .reliability,
    .pack, .inversion, .outsider, .changeMind, .pack, .rerate,
  ]

  /// The next question and its step, or nil when the arc is walked (the rotation goes on).
  /// - Parameters:
  ///   - done: the steps asked already in this thread.
  ///   - probed: the indices of the reasons asked about.
  ///   - isAsked: whether a question was asked already, in any wording.
  ///   - packAsked: how many pack questions the arc asked: each `pack` slot of `order` takes one.
  func next(
    done: Set<ExploreArcStep>, probed: Set<Int>, packAsked: Int,
    isAsked threadAsked: (String) -> Bool
  ) -> (PlannedQuestion, ExploreArcStep)? {
    let gate = ReferentGate(claim: belief.claim, last: last, lastText: lastText)
    // A stock family asked in an earlier thread is not asked again in this session.
    let sessionFamilies = askedTexts.reduce(into: Set<QuestionIntent>()) {
      $0.formUnion(QuestionIntent.purposes(of: $1).intersection(Self.oncePerSession))
    }
    // A question asked led in by what they said ("You said …. What's behind that?") was asked.
    let ledIn = askedTexts.filter(ReferentGate.isLedIn).map(QuestionWording.asking)
    // "i told you, the rent": where the view comes from, or an example, is not asked for again.
    let toldAlready = Self.saysToldAlready(lastText)
    func isAsked(_ text: String) -> Bool {
      threadAsked(text) || ledIn.contains(text) || !gate.allows(text)
        || !QuestionIntent.purposes(of: text).isDisjoint(with: sessionFamilies)
        || (toldAlready && AnswerGiven.asksForAStory(text))
    }
    // After a hurt, with every question that meets it asked, it is still stayed with.
    let afterAHurt = last.map { Self.isAfterAHurt($0, text: lastText) } == true
    let chosen =
      choose(done: done, probed: probed, packAsked: packAsked, isAsked: isAsked)
      ?? (afterAHurt ? stayingQuestion(isAsked: isAsked).map { ($0, .moment) } : nil)
    return chosen.map { (gate.named($0.0), $0.1) }
  }

  /// The next question and its step, before what it points at is named.
  private func choose(
    done: Set<ExploreArcStep>, probed: Set<Int>, packAsked: Int, isAsked: (String) -> Bool
  ) -> (PlannedQuestion, ExploreArcStep)? {
    // "my cousin was killed at a checkpoint": after the loss is owned, it is asked about gently
    // by whom it was ("What stays with you most from what happened with your cousin?"), never
    // by a question that names no one.
    // "she was shaken up for weeks": a hurt to someone of theirs is met the same way.
    // "i send money home to my mum. nobody says it to my face but you feel it": she is named
    // only when the hurt is hers, told with her.
    if let last, last.impliedFeeling?.isLoss == true || lastText.map(Self.tellsAHurt) == true,
      let told = lastText.flatMap(Self.hurtWithSomeone),
      let text = tellingWordings(of: told, event: true).first(where: { !isAsked($0) })
    {
      return (PlannedQuestion(Question(kind: .meta, text: text), source: .followUp), .moment)
    }
    if let last,
      let question = MomentQuestions.question(
        after: last, feelingAsked: feelingAsked, answered: answered,
        answering: answeredText, isAsked: isAsked)
    {
      return (question, .moment)
    }
    // "… and the cashpoint went in the summer. Hm.": what they are turning over is asked about.
    if let last, last.isAnswer, Self.endsMulling(lastText),
      let text = Self.mullingWordings.first(where: { !isAsked($0) })
    {
      return (PlannedQuestion(Question(kind: .meta, text: text), source: .followUp), .moment)
    }
    // Right after what weighs on them ("i kind of need it to be fine", a feeling, a blockage)
    // a probe of a reason, a pack question, "which carries most weight" or a re-rating walks
    // past it: what it holds for them is asked instead.
    if let last, Self.isDisclosure(last, text: lastText),
      let text = Self.stayingWordings.first(where: { !isAsked($0) })
    {
      return (PlannedQuestion(Question(kind: .meta, text: text), source: .followUp), .moment)
    }
    // "it upset me more than i let on": the moment is asked about in their verb.
    if last != nil, !feelingAsked, let text = given.feelingQuestion, !isAsked(text) {
      return (PlannedQuestion(Question(kind: .meta, text: text), source: .followUp), .moment)
    }
    // "well, the council did put our bus back": a point they gave against the claim is taken
    // up in their words, never asked for again.
    // Asked for the other side, they gave it: no tension to hold together.
    let askedTheOtherSide = answeredText.map {
      !QuestionIntent.purposes(of: $0).isDisjoint(with: [.opposite, .otherSide])
        || plan.holds($0, ofKinds: [.inversion, .viewpoints])
    }
    // Asked why they think so, what they give is given for it: only a point they mark as
    // against themselves (a concession, a doubt) is held against the claim.
    let askedForReasons =
      answered.map { [.reasons, .moreReasons].contains($0) } == true
      || answeredText.map { plan.holds($0, ofKinds: [.evidence]) } == true
    let pointAgainst =
      given.counterPoints.last.map({ Self.pullsAgainst($0) && !isFiledAsReason($0) }) == true
      && (!askedForReasons || given.concedes)
    // Asked for the other side, whatever they gave is the other side's case, never a reason of
    // theirs: "Apart from that, what else leads you to see it this way?" walked past it.
    if let last, askedTheOtherSide == true, pointAgainst || last.isAnswer,
      let text = Self.otherSideGivenWordings.first(where: { !isAsked($0) })
    {
      return (PlannedQuestion(Question(kind: .meta, text: text), source: .followUp), .moment)
    }
    if last != nil, pointAgainst, askedTheOtherSide != true,
      let question = given.takeUpQuestion(
        claim: namedClaim, order: varied, isAsked: isAsked)
    {
      return (question, .moment)
    }
    // A wavering, a concession or a feeling whose own questions were asked already is still
    // stayed with: a probe of an old reason, a pack question or another's view walks past it.
    if let last, Self.holdsTheTurn(last),
      let text = Self.heldWordings.first(where: { !isAsked($0) })
        ?? stepWording(Self.heldNamedWordings, isAsked: isAsked)
    {
      return (PlannedQuestion(Question(kind: .meta, text: text), source: .followUp), .moment)
    }
    return nextAlong(
      done: done, probed: probed, packAsked: packAsked,
      isAsked: { isAsked($0) || given.bars($0, in: plan) })
  }

  /// The next question after the moments of the last answer: a source it named, a reason not
  /// probed yet, something lived, then the steps of the arc that fit.
  private func nextAlong(
    done: Set<ExploreArcStep>, probed: Set<Int>, packAsked: Int, isAsked: (String) -> Bool
  ) -> (PlannedQuestion, ExploreArcStep)? {
    // A source they named is weighed before anything else is asked; one named as what
    // would change their mind is not theirs yet.
    // "a real trial, with the numbers": a source named in answer to what would change their
    // mind is one they want, not one they trust.
    let answeredChange = answeredText.map {
      QuestionIntent.purposes(of: $0).contains(.changeMind)
    }
    if let last, let lastText, !last.has(.wouldChangeMind), answeredChange != true,
      let question = AnswerFollowUp.trustQuestion(
        in: lastText, asked: askedTexts, isAsked: isAsked)
    {
      // Asked of an answer that gave a reason, it is that reason's probe: the reason is not
      // asked about again in other words.
      let probes = map.reasons.indices.contains { !probed.contains($0) }
      return (question, probes ? .probe : .reliability)
    }
    // "the nurses on my ward say the same": someone they lean on is weighed, named as named.
    if let last, let text = voucherQuestion(in: last), !isAsked(text) {
      return (PlannedQuestion(Question(kind: .assumptions, text: text), source: .followUp), .probe)
    }
    // "mostly that experiment": what they put first is asked about, named as they named it.
    if Self.ranks(lastText), let text = rankedQuestion(in: lastText), !isAsked(text) {
      return (PlannedQuestion(Question(kind: .evidence, text: text), source: .followUp), .weight)
    }
    if let index = map.reasons.indices.first(where: { !probed.contains($0) }),
      let question = probe(map.reasons[index], isAsked: isAsked)
    {
      return (question, .probe)
    }
    // Something more they lived ("my friends seemed lost as teens") is taken up as told.
    // "at my last job we tried it" is asked what it showed them when there is no one whose
    // experience to weigh.
    // "worked nights in one for six years", read as nothing else, is still something they
    // lived; "my director says output is up" tells what another says, and "same as I said
    // before" nothing new: neither is taken up as lived.
    let toldWhole = last.map(Self.tellsNothingElse) == true ? lastText : nil
    if let last, let told = last.reasons.first ?? last.examples.first ?? toldWhole,
      // "i haven't read the new ones": what they have not done is an admission, nothing lived.
      Self.isLived(told), !AnswerFollowUp.deniesIt(told),
      let text =
        (livedWordings(told)
        + tellingWordings(of: told, event: AnswerFollowUp.tellsAnEvent(told)))
        .first(where: { !isAsked($0) })
    {
      return (PlannedQuestion(Question(kind: .assumptions, text: text), source: .followUp), .probe)
    }
    // After a wavering, a concession, a turn or a feeling no moment question was left for,
    // a step that walks away from it is not taken this turn.
    let heldByMoment = last.map(Self.holdsTheTurn) ?? false
    var packSlot = 0
    for step in Self.order {
      if heldByMoment, Self.stepsPastAMoment.contains(step) { continue }
      if step == .pack {
        packSlot += 1
        guard packSlot > packAsked else { continue }
      } else if done.contains(step) {
        continue
      }
      if let question = question(for: step, isAsked: isAsked) { return (question, step) }
    }
    return nil
  }
}
