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
  static let oncePerSession: Set<QuestionIntent> = [.bearing, .fit]

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
    // A stock family asked in an earlier thread is not asked again in this session.
    let sessionFamilies = askedTexts.reduce(into: Set<QuestionIntent>()) {
      $0.formUnion(QuestionIntent.purposes(of: $1).intersection(Self.oncePerSession))
    }
    func isAsked(_ text: String) -> Bool {
      threadAsked(text)
        || !QuestionIntent.purposes(of: text).isDisjoint(with: sessionFamilies)
    }
    if let last,
      let question = MomentQuestions.question(
        after: last, feelingAsked: feelingAsked, answered: answered,
        answering: answeredText, isAsked: isAsked)
    {
      return (question, .moment)
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
    if last != nil, let question = given.takeUpQuestion(order: varied, isAsked: isAsked) {
      return (question, .moment)
    }
    // A wavering, a concession or a feeling whose own questions were asked already is still
    // stayed with: a probe of an old reason, a pack question or another's view walks past it.
    if let last, Self.holdsTheTurn(last),
      let text = Self.heldWordings.first(where: { !isAsked($0) })
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
    if let last, let told = last.reasons.first ?? last.examples.first, Self.isLived(told),
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

  /// The question of a step, or nil when the step does not fit now.
  private func question(for step: ExploreArcStep, isAsked: (String) -> Bool) -> PlannedQuestion? {
    func fresh(_ kind: QuestionKind, _ text: String) -> PlannedQuestion? {
      isAsked(text) ? nil : PlannedQuestion(Question(kind: kind, text: text), source: .followUp)
    }
    switch step {
    case .clarify:
      return plan.termQuestions.first { !isAsked($0.question.text) }
    case .reasons:
      // Asked for what leads them to it after they said why ("we're short 3 nurses a week"),
      // they are asked what they said: only an answer with nothing for the claim yet asks it.
      guard map.reasons.isEmpty, map.examples.isEmpty, last?.has(.reason) != true,
        last?.has(.example) != true
      else { return nil }
      return fresh(
        .evidence,
        restating("What leads you to think that {claim}?", or: "What leads you to think so?"))
    case .pack:
      return plan.packQuestions.first { !isAsked($0.question.text) }
    case .story:
      // Asking for a story after one was told asks for what they just said.
      // "my neighbour stopped taking the bus" told as evidence of a reason is a story told.
      let toldStory =
        !map.examples.isEmpty
        || map.reasons.contains {
          !$0.examples.isEmpty || Self.isLived($0.text) || $0.evidence.contains(where: Self.isLived)
        }
        || Self.ranks(lastText)
        || last?.has(.example) == true || last?.has(.source) == true
        || lastText.map { AnswerFollowUp.tellsAnEvent(String($0.prefix(AnswerFollowUp.readLimit))) }
          == true
      guard !toldStory else { return nil }
      return varied(Self.storyWordings).compactMap { fresh(.evidence, $0) }.first
    case .moreReasons:
      // After an example or a source, "apart from that" passes over what they just told.
      guard map.reasons.count == 1, let told = last?.reasons.first, !Self.isLived(told),
        last?.has(.example) == false
      else { return nil }
      return varied(Self.moreReasonWordings).compactMap { fresh(.evidence, $0) }.first
    case .mechanism:
      // How their own household would work step by step asks nothing they do not live.
      // "That" points back at a reason just given, in answer to what leads them to the
      // belief, as a claim about the world: never at evidence for a reason, a source, a story,
      // or something they lived ("how would what work?").
      guard Self.isAboutCauses(belief), !AnswerFollowUp.isPersonal(belief.claim),
        [.reasons, .moreReasons].contains(answered),
        !map.reasons.isEmpty, let last, last.has(.reason), !last.has(.source),
        !last.has(.example), !last.reasons.contains(where: Self.isLived),
        // "how would what work?": the working asked about is named, a cause in their words.
        let clause = last.reasons.lazy.compactMap({ QuestionSlot.quotedClause($0) }).first,
        Self.tellsACause(clause)
      else { return nil }
      return fresh(.implications, "You said \(clause). How would that work, step by step?")
    case .weight:
      // "mostly the money": someone who just said which weighs most is not asked it.
      guard map.reasons.count >= 2, !Self.ranks(lastText) else { return nil }
      return fresh(.evidence, "Of the reasons you gave, which one carries the most weight for you?")
    case .reliability:
      guard !map.reasons.isEmpty || !map.examples.isEmpty else { return nil }
      // Someone the person quotes may be someone they disagree with; a medium they read is
      // where their own view comes from.
      // "with the numbers, like vacancy rate": a source named in what would change their mind
      // is one they want, not one they trust ("How far do you trust the numbers?" met "there
      // are no numbers yet").
      let wanted = (map.wouldChangeMind + (last?.wouldChangeMind ?? [])).map { $0.lowercased() }
      let sources = (map.sources + map.reasons.flatMap(\.sources)).filter { source in
        !wanted.contains { $0.contains(source.lowercased()) }
      }
      for source in sources where Self.isMedium(source) {
        if let question = AnswerFollowUp.trustQuestion(
          in: source, asked: askedTexts, isAsked: isAsked)
        {
          return question
        }
      }
      // How typical an experience is, asked right after it is told, never of one long past.
      // Only something that happened to them or theirs is an experience ("what experience?"
      // met a point about a quiz app).
      if last?.has(.example) == true, !AnswerFollowUp.isPersonal(belief.claim),
        let told = last?.examples.first(where: {
          Self.isLived($0) && AnswerFollowUp.tellsAnEvent($0)
        }),
        let question = AnswerFollowUp.typicalQuestion(of: told)
      {
        return fresh(.assumptions, question)
      }
      return nil
    case .outsider:
      // "my brother thinks im overreacting": someone who disagrees was just named.
      guard last?.views.isEmpty != false, last?.speakers.isEmpty != false else { return nil }
      return fresh(.viewpoints, "How might someone who disagrees with you explain the same facts?")
    case .inversion:
      // "ok fair the young ones love them": someone who voiced the other side already is not
      // asked for reasons for it.
      guard map.doubts.isEmpty else { return nil }
      if let pack = plan.packQuestions(of: .inversion).first(where: { !isAsked($0.question.text) })
      {
        return pack
      }
      return plan.opening.flatMap { isAsked($0.question.text) ? nil : $0 }
    case .changeMind:
      guard map.wouldChangeMind.isEmpty else { return nil }
      return fresh(
        .implications,
        restating(
          "What would you need to see to think that {inverted}?",
          or: "What would you need to see to think otherwise?"))
    case .rerate:
      guard threadQuestions >= Self.questionsBeforeRerate else { return nil }
      return fresh(
        .meta, "Having talked it through, how sure are you now, from 0 to 100, and what moved it?")
    case .probe, .easier, .moment:
      return nil
    }
  }

  /// A question about how they know a reason, in their words turned to the second person.
  private func probe(_ reason: BeliefMap.Reason, isAsked: (String) -> Bool) -> PlannedQuestion? {
    var wordings: [String] = []
    // What they lived or saw in their family, or a plain fact with a number in it ("she lives
    // 15 minutes away"), is not doubted: asked what it means for the belief.
    // A number is a plain fact of their own life ("she lives 15 minutes away") only in a
    // belief about it; "only 21 million of them" is a claim to check.
    // Someone in their story ("he's doing better now", "she has the bigger room") is known
    // through them, as their own life is.
    let words = Tokenizer.tokenize(reason.text).map(\.lowercased)
    let isLast = last?.reasons.contains(reason.text) == true
    // "in this case there was no doubt, they had him on camera": a reason given with a
    // particular person of their story is known through the story, never doubted.
    let toldWithSomeone =
      isLast
      && Tokenizer.tokenize(String((lastText ?? "").prefix(AnswerFollowUp.readLimit)))
        .contains { Self.storyPeople.contains($0.lowercased) }
    let isKnownFirstHand =
      Self.isLived(reason.text) || words.contains { Self.storyPeople.contains($0) }
      || toldWithSomeone
      || (AnswerFollowUp.isPersonal(belief.claim)
        && Tokenizer.tokenize(reason.text).contains { $0.kind == .number })
    // "they cut cashier jobs. my local store went from 8 lanes to 2": how they know it was
    // told with it; what they told is asked about instead.
    let toldWith =
      reason.examples + reason.evidence
      + (isLast ? (last?.examples ?? []) + otherSentences(of: lastText, than: reason.text) : [])
    if !isKnownFirstHand, let told = toldWith.first(where: Self.isLived) {
      return livedFirst(livedWordings(told), then: tellingWordings(of: told, event: true))
        .first { !isAsked($0) }.map(Self.evidence)
    }
    if isKnownFirstHand {
      // What they lived is asked about, never doubted ("How did you come to know that?" of
      // their own class, their own mother).
      guard isLast else {
        return livedWordings(reason.text).first { !isAsked($0) }.map(Self.evidence)
      }
      let told = AnswerFollowUp.tellsAnEvent(reason.text)
      return livedFirst(
        livedWordings(reason.text), then: tellingWordings(of: reason.text, event: told)
      )
      .first { !isAsked($0) }.map(Self.evidence)
    } else if let question = QuestionSlot.impressionQuestion(of: reason.text) {
      // "cos the big stuff still feels fixed": nobody is asked to prove a feeling; what makes
      // it feel so is theirs to tell.
      return [question, "Where does that feeling come from, for you?"]
        .first { !isAsked($0) }.map(Self.evidence)
    } else if let clause = QuestionSlot.quotedClause(reason.text), Self.isExaminable(clause) {
      wordings += ["How do you know that \(clause)?", "What have you seen that shows \(clause)?"]
    } else if let phrase = ReflectionWriter.secondPersonPhrase(reason.text),
      phrase.split(separator: " ").count <= 4,
      // "of his homework" is a piece of a sentence, not a value: "What makes of his homework
      // weigh so much" was asked.
      !Self.prepositions.contains(phrase.split(separator: " ").first.map(String.init) ?? ""),
      // "every country does" is a clause the gate turned down, never a value to weigh.
      ClauseParser.finiteVerbIndex(in: Tokenizer.tokenize(phrase)) == nil
    {
      // A value named as a reason ("fairness") is asked about, not checked.
      wordings += ["What makes \(phrase) weigh so much for you here?"]
    }
    // "That" points at the reason only right after it was given.
    if isLast {
      wordings += ["How did you come to know that?", "Where does that come from, for you?"]
    }
    return wordings.first { !isAsked($0) }.map(Self.evidence)
  }

  /// The questions about something lived, in the order they are offered: what it shows them
  /// comes before how typical it is (a story is met with its meaning, not weighed as evidence);
  /// in a belief about their own life, how another in it would tell it comes first.
  private func livedFirst(_ lived: [String], then pointing: [String]) -> [String] {
    AnswerFollowUp.isPersonal(belief.claim) ? lived + pointing : pointing + lived
  }

  /// The sentences of an answer besides the one that holds a reason.
  private func otherSentences(of answer: String?, than reason: String) -> [String] {
    guard let answer else { return [] }
    return SentenceSplitter.sentences(
      in: Tokenizer.tokenize(String(answer.prefix(AnswerFollowUp.readLimit)))
    ).map { Array($0).joinedText }.filter { !$0.contains(reason) }
  }

  private static func evidence(_ text: String) -> PlannedQuestion {
    PlannedQuestion(Question(kind: .evidence, text: text), source: .followUp)
  }

  /// The questions about something the person lived, in their words.
  private func livedWordings(_ told: String) -> [String] {
    AnswerFollowUp.livedReasonWordings(
      reason: String(told.prefix(AnswerFollowUp.readLimit)),
      claim: belief.claim)
  }

}
