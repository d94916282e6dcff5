/// The questions of the arc's steps, each asked only when it fits what the map holds.
extension ExploreArc {
  /// The question of a step, or nil when the step does not fit now.
  func question(for step: ExploreArcStep, isAsked: (String) -> Bool) -> PlannedQuestion? {
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
      return stepWording(Self.reasonWordings, isAsked: isAsked).flatMap { fresh(.evidence, $0) }
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
        // "the plant closed in 2019": an event given as a reason; "the bible says so": a
        // source. Either is where the view comes from, told already.
        || map.reasons.contains { AnswerFollowUp.tellsAnEvent($0.text) || !$0.sources.isEmpty }
        || !map.sources.isEmpty || Self.saysToldAlready(lastText)
        // "my brother came back from there different": a story of their people was told.
        || map.reasons.contains { AnswerFollowUp.relativeIn($0.text) != nil }
        || map.reasons.contains { AnswerFollowUp.tellsALoss($0.text) }
        || lastText.map(Self.isLived) == true
        || Self.ranks(lastText)
        || last?.has(.example) == true || last?.has(.source) == true
        || lastText.map { AnswerFollowUp.tellsAnEvent(String($0.prefix(AnswerFollowUp.readLimit))) }
          == true
      guard !toldStory else { return nil }
      return varied(Self.storyWordings).compactMap { fresh(.evidence, $0) }.first
    case .moreReasons:
      // After an example or a source, "apart from that" passes over what they just told.
      // After a loss or a feeling, "besides that" walks past what they just told.
      guard map.reasons.count == 1, let told = last?.reasons.first, !Self.isLived(told),
        last?.has(.example) == false, last?.feelings.isEmpty != false,
        !AnswerFollowUp.tellsALoss(lastText ?? told)
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
      // "it's my daughter" said twice: which weighs most was told; it is built on.
      if let leaned = leanedOn {
        return Self.leanedOnWordings.map { $0.replacing("{leaned}", with: leaned) }
          .compactMap { fresh(.evidence, $0) }.first
      }
      return stepWording(Self.weightWordings, isAsked: isAsked).flatMap { fresh(.evidence, $0) }
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
      guard last?.views.isEmpty != false, last?.speakers.isEmpty != false,
        viewsToldLast.isEmpty
      else { return nil }
      return stepWording(Self.outsiderWordings, isAsked: isAsked).flatMap {
        fresh(.viewpoints, $0)
      }
    case .inversion:
      // "ok fair the young ones love them": someone who voiced the other side already is not
      // asked for reasons for it.
      // "nah i dont reckon it should be free anymore": someone who moved off the claim
      // is never asked to argue its opposite; the arc works on where they got to.
      guard map.doubts.isEmpty, map.shifts.isEmpty else { return nil }
      if let pack = plan.packQuestions(of: .inversion).first(where: { !isAsked($0.question.text) })
      {
        return pack
      }
      return plan.opening.flatMap { isAsked($0.question.text) ? nil : $0 }
    case .changeMind:
      guard map.wouldChangeMind.isEmpty else { return nil }
      return stepWording(Self.changeMindWordings, isAsked: isAsked).flatMap {
        fresh(.implications, $0)
      }
    case .rerate:
      guard threadQuestions >= Self.questionsBeforeRerate else { return nil }
      // "ok ive changed my mind": how sure they are of where they landed, never "has anything
      // shifted" nor the claim they left.
      if let view = map.changedView {
        return fresh(.meta, Self.changedRerateWording.replacing("{view}", with: view))
      }
      return stepWording(Self.rerateWordings, isSeeded: true, isAsked: isAsked).flatMap {
        fresh(.meta, $0)
      }
    case .probe, .easier, .moment:
      return nil
    }
  }
}
