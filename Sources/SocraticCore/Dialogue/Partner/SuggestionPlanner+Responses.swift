/// What the planner offers in answer to what they just did, before the stage's choices.
extension SuggestionPlanner {
  /// The questions that take up what they just did, before any other: the moment's (a
  /// feeling, a doubt, a charge at the listener), or the follow-up to the condition they named
  /// as what would change their mind ("if a real audit found nothing").
  static func followingUp(_ words: TheirWords?) -> [QuestionTemplate] {
    guard let words else { return [] }
    let moment = momentQuestions(words)
    let namesACondition = words.wordTokens.contains {
      ["if", "unless", "once"].contains($0.lowercased)
    }
    // "if i get famous i'll hire someone lol": a joke's condition is no test to follow up.
    let laughs = words.wordTokens.contains { PartnerCues.laughter.contains($0.lowercased) }
    // "i'll book two lessons in march": a fresh plan is taken up, never doubted.
    if moment.isEmpty, words.tellsAPlan, !words.signals.contains(.falsifiability), !laughs {
      return PartnerCueMatcher.weighedPlan.matches(words.wordTokens)
        ? PartnerWordings.aboutAWeighedPlan : PartnerWordings.aboutAPlan
    }
    // "i just want a weekend off for once": a want is heard as what matters to them.
    if moment.isEmpty, words.namesAWant, !laughs { return PartnerWordings.aboutAWant }
    guard moment.isEmpty, words.signals.contains(.falsifiability), namesACondition,
      !words.isQuestion, !laughs
    else { return moment }
    // "if it crashed, I'd sell": what they would do then is said already.
    let saysWhatTheyWouldDo = TheirWords.hasFirstPersonWould(
      words.wordTokens.map(\.lowercased))
    return PartnerWordings.afterWhatWouldChangeTheirMind.filter {
      !saysWhatTheyWouldDo || $0.kind != .implications
    }
  }

  /// Whether the questions stay with the person: they shared a feeling, named a blockage or
  /// gave the listener a point now (nothing tests the belief right after a concession), or
  /// opened up just before and now say more of it, doubt or say it again.
  /// News of their own life, a plan or a feeling on the table is listened to as well, and so
  /// is a want of theirs ("i just want a weekend off for once").
  static func staysWithThePerson(_ words: TheirWords, _ context: Context) -> Bool {
    words.moment.keepsToTheMoment || words.moment == .conceded || context.isPersonalTalk
      || words.namesAWant
      || context.staysWithThePerson && [.ordinary, .wavering, .repeated].contains(words.moment)
  }

  /// The questions that stay with the person once the moment's own are used up: after a
  /// turn that says more of what they opened up about, those of a feeling first; then a plain
  /// one about what they said, and their story and what matters to them.
  /// In a talk of their own news, what happened to them is asked about as a story, and news
  /// with no feeling in it is never asked what is hard about it.
  static func aboutThePerson(_ words: TheirWords, _ context: Context) -> [QuestionTemplate] {
    // A concession is no feeling shared: nothing asks what is hard about it.
    let tender =
      words.moment.keepsToTheMoment || words.moment == .conceded || !context.staysWithThePerson
      ? [] : PartnerLines.questions(for: .openedUp)
    guard context.isPersonalTalk, !context.staysWithThePerson else {
      return tender + PartnerWordings.aboutWhatTheySaid + PartnerWordings.aboutThePerson
    }
    let story = words.tellsTheirOwnEvent ? PartnerWordings.aboutAStory : []
    return story + PartnerWordings.aboutWhatTheySaid + PartnerWordings.aboutTheirNews
  }

  /// Whether they ask the listener's own view ("and where are you on it?") or put a
  /// challenge to them ("you can't tell me the council knows best").
  static func asksOfTheListener(_ words: TheirWords) -> Bool {
    words.asksTheListener
      || PartnerCueMatcher.challengingTheListener.matches(words.wordTokens)
  }

  /// What to offer when they ask something of the listener: how to answer a question put to
  /// the listener ("what would you do?", "what time sunday?", `ListenerQuestion`) first, even
  /// when a dig, an objection or warmth comes with it (its calm line follows the answer); the
  /// line that answers when they ask where the listener stands; nil when they ask nothing of
  /// the listener, or say goodbye or dig at them as they ask. As they leave, only a question
  /// about a plan the two share is still theirs to have answered.
  static func answering(_ words: TheirWords, reflection: String?) -> [PartnerSuggestion]? {
    // "can i go? before you say no just listen": heard out first; answered after.
    if let asked = ListenerQuestion.read(words), !words.asksToBeHeard,
      words.moment != .leaving || asked.isAboutAPlanTogether
    {
      let comesWithMore =
        words.jabsAtListener || words.objection != nil || words.moment == .warm
        || words.asksNotToBePressed
      let calm = comesWithMore ? reflection.map { [PartnerSuggestion.reflection($0)] } : nil
      return [.answer(asked.guidance)] + (calm ?? [])
    }
    guard let reflection, !words.jabsAtListener, words.moment != .warm,
      asksOfTheListener(words)
    else { return nil }
    return [.reflection(reflection)]
  }

  /// The moment's own line, the first not offered yet: low mood met gently before anything
  /// ("no reason to get up some days"); a matter they closed let be, with an apology if they
  /// were exasperated ("give it a rest"); a subject they ask to stop let be, with a way out
  /// ("can we not do the wedding stuff"); a resigned "whatever. its fine" not taken at its word;
  /// their own hurt waved away ("honestly im fine, all good") met gently, with room left;
  /// letting it be when they ask not to be pressed ("dont set me off"); hearing a hurt others
  /// did them ("everyone treats me like glass"), with no apology; the frustration under a plan
  /// said in mockery ("oh i'll just park it on the roof then"); an outcry given back ("twelve
  /// quid! for a keyring!"); the fondness of a memory ("best summers ever"); a plan agreed or a
  /// view softened heard as such; a feeling half admitted under its denial given back as
  /// admitted ("i wasnt bothered. well. a bit."). Nil for any other turn, or once each of its
  /// lines was offered.
  static func ownLine(for words: TheirWords, offered: Set<String>) -> String? {
    // "twelve quid! for a keyring!": the outcry given back with what it does to them.
    if words.isOutcry, let line = words.outcryGivenBack, !offered.contains(line) { return line }
    // "i wasnt bothered. well. a bit.": the admission is given back, never the denial.
    if let line = words.admissionGivenBack, !offered.contains(line) { return line }
    let pressed = [.hostile, .unheard].contains(words.moment)
    // The first that fits, in this order; each reading runs only when those before it failed.
    let fitting: [(fits: () -> Bool, lines: [String])] = [
      ({ words.disclosure == .lowMood }, PartnerLines.lowMood),
      ({ words.asksToBeHeard }, PartnerLines.listeningOn),
      (
        { words.thanksForRestraint && words.moment != .warm }, PartnerLines.takingThanksForRestraint
      ),
      (
        { words.closesTheMatter },
        pressed ? PartnerLines.sorryForPressing : PartnerLines.leavingTheMatter
      ),
      ({ words.stopsASubject }, PartnerLines.steeringClear),
      ({ words.isResignedFine }, PartnerLines.notQuiteFine),
      ({ words.brushesOff }, PartnerLines.roomToNotBeFine),
      ({ words.asksNotToBePressed }, PartnerLines.lettingItBe),
      ({ words.isHurtByOthers }, PartnerLines.hurtByOthers),
      ({ words.isCaughtOut }, PartnerLines.reassuringASlip),
      ({ words.isSarcastic }, PartnerLines.underSarcasm),
      ({ words.tellsAFondMemory }, PartnerLines.fondMemory),
      ({ words.agreesAPlan }, PartnerLines.agreeingAPlan),
      ({ words.softens }, PartnerLines.hearingTheShift),
    ]
    let lines = fitting.first { $0.fits() }?.lines ?? []
    // Once each was offered, none is offered again: the turn is met some other way.
    return lines.first { !offered.contains($0) }
  }

  /// The questions of the moment: after a disclosure, those that stay with the person first.
  static func momentQuestions(_ words: TheirWords) -> [QuestionTemplate] {
    // "god i miss those summers, we laughed so much": fondness is asked about as fondness,
    // never as something hard to get through.
    if words.tellsAFondMemory { return PartnerLines.aboutAFondMemory }
    let disclosed = words.moment == .openedUp ? words.disclosure?.questions ?? [] : []
    // "since we split i need something that's mine": what the need means, first.
    let needs =
      words.moment == .openedUp && PartnerCueMatcher.needAfterAChange.matches(words.wordTokens)
      ? PartnerLines.aboutANeedAfterAChange : []
    // "you already asked me that": something of another kind, never more of the same.
    let asked =
      PartnerCueMatcher.askedAlready.matches(words.wordTokens)
      ? PartnerLines.afterAskedAlready : []
    return asked + needs + disclosed + PartnerLines.questions(for: words.moment)
  }

  /// The inversion of a claim that joins two clauses ("crypto is the future and the banks are
  /// scared of it"), which negates the first alone and misreads the claim: questions that put
  /// it in are not offered. Nil for any other claim.
  static func misreadInversion(_ analysis: BeliefAnalysis) -> String? {
    guard let clause = ClauseParser.parse(analysis.claim) else { return nil }
    let joinsAClause = clause.rest.indices.contains { index in
      ["and", "but", "or", "so"].contains(clause.rest[index].lowercased)
        && ClauseParser.finiteVerbIndex(in: Array(clause.rest[(index + 1)...])) != nil
    }
    return joinsAClause ? analysis.inverted : nil
  }

  /// The kinds that answer to what they just said, before the stage's: those of the moment's
  /// questions (a charge at the listener, feeling unheard, a feeling, a doubt, a blockage,
  /// noise); for a question, what is behind it and what they think themselves; for someone
  /// else's view, how they see it themselves and what that view is worth to them; for a
  /// fragment, what they mean; for a story, what it shows and the story itself; for a reason,
  /// what it rests on.
  static func responsiveKinds(_ words: TheirWords?) -> [QuestionKind] {
    guard let words else { return [] }
    let momentKinds = momentQuestions(words).map(\.kind)
    if !momentKinds.isEmpty { return momentKinds }
    if words.isQuestion { return [.meta, .clarification, .viewpoints] }
    if words.citesSource { return [.evidence, .clarification] }
    if words.reportsView { return [.viewpoints, .evidence, .clarification] }
    // Something that happened to them: the story itself first ("What was that like for
    // you?"), as what it shows treats their life as data; someone else's story or evidence
    // pointed at: what it shows first.
    if words.reportsExperience {
      return words.tellsTheirOwnEvent
        ? [.clarification, .implications, .evidence] : [.evidence, .clarification, .implications]
    }
    if words.fragment != nil { return [.clarification] }
    if words.reason != nil, words.claim == nil { return [.evidence] }
    return []
  }

  /// The line to say first: a reflection of their words, or the moment's calm line.
  func reflection(for context: Context) -> String? {
    context.words.flatMap {
      PartnerReflection.line(
        for: $0, offered: context.offered, followsOpeningUp: context.followsOpeningUp,
        answering: context.answering, isNews: context.isPersonalTalk)
    }
  }
}
