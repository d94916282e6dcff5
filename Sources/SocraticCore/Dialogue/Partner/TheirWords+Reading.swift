/// How a line of theirs is read: its sentences, signals and moves, then what it states.
extension TheirWords {
  /// Reads what they said.
  /// - Parameters:
  ///   - text: exactly as typed; only its first 1,000 characters (and 4,000 scalars) are
  ///     read.
  ///   - isDiscussingAClaim: whether a claim of theirs is already being discussed.
  ///   - earlier: what they said before, to recognise it said again.
  init(
    _ text: String, isDiscussingAClaim: Bool, earlier: [String] = [],
    afterOpeningUp: Bool = false, afterWeight: Bool = false, setting: CoachingSetting
  ) {
    self.init(
      text, isDiscussingAClaim: isDiscussingAClaim,
      earlierWords: earlier.map(AnswerMoveReader.repeatWords(of:)),
      afterOpeningUp: afterOpeningUp, afterWeight: afterWeight, setting: setting)
  }

  /// Reads what they said, with what they said before as `AnswerMoveReader.repeatWords(of:)`
  /// gave it: a conversation keeps those once, rather than reading every line again each turn.
  /// - Parameters:
  ///   - afterOpeningUp: whether what they said before opened up: passing something at the
  ///     table right after it is banter, not a wish to stop.
  ///   - afterWeight: whether the listener's last offer was heavy (`objection(in:afterWeight:)`).
  init(
    _ text: String, isDiscussingAClaim: Bool, earlierWords: [Set<String>],
    afterOpeningUp: Bool = false, afterWeight: Bool = false, setting: CoachingSetting
  ) {
    let typed = Self.typedTokens(of: text)
    self.typed = typed
    asksToWait = Self.asksToWait(text)
    objection = Self.objection(in: typed, afterWeight: afterWeight)
    jabsAtListener = Self.jabsAtListener(typed)
    denial = Self.denial(in: typed)
    let said = SaidSentences(SentenceSplitter.sentences(in: typed))
    let tokens = said.isChanged ? said.tokens : typed
    cry = said.cry
    passesSomething = said.passesSomething
    wordTokens = tokens.filter(\.isWord)
    let words = wordTokens.map(\.lowercased)
    let allSentences = said.sentences
    sentences = allSentences.prefix(Self.sentenceLimit).map(BeliefReader.trimmed)
      .filter { $0.contains(where: \.isWord) }
    signals = Self.signals(in: tokens, words: words)
    saysHowSureInWhole =
      said.isChanged ? Self.saysHowSure(in: typed) : signals.contains(.confidence)
    repeatWords = AnswerMoveReader.contentWords(AnswerMoveReader.withoutDenied(typed))
    // The answer reader reads as many characters (`AnswerMoveReader.readLimit`): the tokens
    // are read once, and again without what was left out.
    wholeAnswer = AnswerMoveReader.read(tokens: typed, earlierWords: earlierWords)
    self.answer =
      said.isChanged
      ? AnswerMoveReader.read(tokens: tokens, earlierWords: earlierWords) : wholeAnswer
    // Absolutes they did not use as their own ("every thanksgiving", "not everyone", "my mom
    // says nobody …"), or used in a story they tell ("nobody from the party ever showed up"),
    // are not theirs to be asked about.
    let ownAbsolutes = self.answer.has(.example) ? [] : self.answer.absolutes
    terms = setting.termFinder.terms(in: tokens).filter { term in
      let word = term.lowercased()
      return !AnswerCues.absolutes.contains(word) || ownAbsolutes.contains(word)
    }
    // "anyway stop changing the topic, we were talking about …": asking to go on takes no leave;
    // nor does asking the listener to wait ("hang on the kettle's boiling").
    let staysOnTopic = PartnerCueMatcher.stayingOnTopic.matches(wordTokens)
    if staysOnTopic || asksToWait { signals.remove(.close) }
    let takesLeave =
      !staysOnTopic && !asksToWait
      && (PartnerCueMatcher.leaving.matches(wordTokens) || Self.isLeaving(words)
        || Self.movesOnWithAnOffer(typed) || Self.movesOnToSomethingElse(typed))
    // "was a 10 when I started, cheers for that lol": thanks said with a laugh, taking no
    // leave, is banter about the talk, never a goodbye.
    if !takesLeave,
      Self.isSaidWithALaugh(typed) || words.contains(where: PartnerCues.laughter.contains)
    {
      signals.remove(.close)
    }
    moment = PartnerMoment.read(
      words: wordTokens, answer: self.answer, saysThanks: signals.contains(.close),
      takesLeave: takesLeave, saysHowSure: signals.contains(.confidence),
      saysWhatWouldChangeMind: signals.contains(.falsifiability), teases: Self.isTeasing(typed),
      ownWords: Self.ownWords(in: tokens))
    if moment == .leaving {
      opensUp =
        PartnerMoment.read(
          words: wordTokens, answer: self.answer, saysThanks: false, takesLeave: false,
          saysHowSure: false, saysWhatWouldChangeMind: false
        ).isOpeningUp
    }
    // "go on then, but bring biscuits": a yes to what the listener offered, with its terms or
    // a joke, is warmth; no reason or claim of theirs.
    if Self.readOverByAYes.contains(moment) && Self.acceptsAnOffer(typed)
      || Self.readOverByAGrantedYes.contains(moment)
        && (Self.grantsBeforeAYes(typed) || Self.acceptsGrudgingly(typed))
    {
      moment = .warm
    }
    // "I was a wreck those first months, I'd cry in the car": their life told, never a view,
    // whatever else the words could be read as; a goodbye or a charge said with it stays one.
    // "A pottery class?? At my age??": disbelief asked without a verb tells nothing of their
    // life.
    disclosure = PartnerDisclosure.read(Self.withoutVerblessQuestions(tokens))
    if disclosure != nil, Self.givesWayToADisclosure.contains(moment) { moment = .openedUp }
    // "oh here we go. what's the point anyway": low mood is met gently whatever is said with
    // it; only a goodbye stays one.
    if disclosure == .lowMood, moment != .leaving { moment = .openedUp }
    if disclosure != nil, moment == .leaving { opensUp = true }
    // Passing something at the table, said alone, winds the talk down; right after they opened
    // up, or said with a view of theirs in the same sentence ("put the kettle on, I still think
    // she'd thrive there"), it is banter.
    if moment == .request, !afterOpeningUp, !passesSomething,
      Self.asksAtTableAlone(wordTokens)
    {
      moment = .leaving
    }
    // A cry and nothing else ("ugh. what am I even doing") lets out a feeling.
    isOnlyACry =
      cry != nil
      && words.allSatisfy { FunctionWords.isFunctionWord($0) || Self.interjections.contains($0) }
    if isOnlyACry { moment = .openedUp }
    if signals.contains(.confidence), !isOutcry {
      rating = Self.ratingSaid(in: tokens, words: words)
    }
    // Hurt by the listener, they are met with an apology and what was missed, whatever else
    // they say: never a goodbye.
    if objection == .hurt { moment = .unheard }
    // "gee thanks", "oh brilliant, thanks for nothing": told they were no help, unless they take
    // leave with it, the listener missed something; no goodbye and no claim of theirs.
    if objection == .unhelped, !takesLeave { moment = .unheard }
    // "everyone treats me like glass": a hurt done by others is a feeling of theirs.
    isHurtByOthers =
      objection == nil && PartnerCueMatcher.hurt.matches(wordTokens)
      && Self.putsItOnOthers(wordTokens)
    if isHurtByOthers { moment = .openedUp }
    // A pause is waited out, whatever errand it names.
    if asksToWait, moment == .leaving { moment = .noise }
    // The close comes from their words, never right after they open up.
    if moment == .leaving { signals.insert(.close) }
    // "thanks love, that's kind of you": warmth, met warmly; no goodbye unless they take leave.
    if moment.isOpeningUp || [.hostile, .warm].contains(moment) || objection == .hurt
      || objection == .unhelped && !takesLeave
    {
      signals.remove(.close)
    }
    // "honestly im fine, all good": their hurt waved away is met gently; it states no view and
    // moves the talk nowhere. A feeling named with it wins ("its fine, im just gutted").
    brushesOff =
      Self.brushesAside.contains(moment) && disclosure == nil && self.answer.feelings.isEmpty
      && Self.brushesOff(typed)
    if brushesOff {
      signals = []
      return
    }
    // "can i go? before you say no just listen", "so is that a yes??": asked to be heard out,
    // or asking the listener's yes, they stay in the talk: no goodbye, no claim, no reason.
    if asksToBeHeard || ListenerQuestion.read(self) == .permission {
      if moment == .leaving { moment = .ordinary }
      signals = []
      return
    }
    // A disclosure, or someone missed, moves the conversation nowhere: it is stayed with, and
    // states no claim.
    if disclosure != nil || PartnerCueMatcher.missingSomeone.matches(wordTokens),
      moment == .openedUp
    {
      signals = []
      return
    }
    // "what time sunday, you still doing the roast", "will u come with me": asking about a
    // plan the two share claims nothing and gives no reason; only a goodbye said with it
    // moves the talk on.
    // "is there any soup left", "have you seen my glasses": an aside about the house is no
    // reason, and moves nothing either.
    if ListenerQuestion.read(self)?.claimsNothing == true || moment == .request {
      signals.formIntersection([.close])
      return
    }
    let reasonContent = self.answer.reasons.first { !Self.isNoReason($0) }
      .flatMap(Self.reasonContent)
    let givenReason = reasonContent.map(Self.withConnective)
    if words.contains(where: Self.evidenceWords.contains) { signals.insert(.reasons) }
    // However it was found, a reason belongs to the reasons stage.
    defer { if reason != nil { signals.insert(.reasons) } }
    // "the only one on the last bus was a fox haha": a joke, claiming nothing new, is met
    // lightly, never asked about as a story or a reason.
    isSaidWithALaugh = Self.isSaidWithALaugh(typed)
    // "like 70? maybe 65 … couldn't make it worse lol", "asda, the co-op, even boots lol": a
    // laugh closing a rating or a list of things takes the edge off what they mean; no joke.
    let laughs =
      isSaidWithALaugh && rating == nil && !Self.opensWithHowSure(typed)
      && !Self.listsThings(typed)
    // "if i get famous i'll hire someone to do my maths lol": a joke's condition says nothing
    // of what would change their mind, unless they say so.
    if laughs || words.contains(where: PartnerCues.laughter.contains),
      !PartnerCueMatcher.wouldChangeMind.matches(wordTokens)
    {
      signals.remove(.falsifiability)
    }
    // "oh yes they're SO quick about it": mockery states no view and gives no reason; the
    // frustration under it is what is heard. So with an outcry ("nine quid! for chips!").
    defer {
      if isSarcastic || isOutcry, moment == .ordinary {
        claim = nil
        reason = nil
        fragment = nil
        signals.remove(.reasons)
      }
    }
    defer {
      // Said with a laugh, it is never a new belief: "robots can't fix toilets yet lol".
      if laughs, isDiscussingAClaim, moment == .ordinary || moment == .aside, !isQuestion {
        // "thanks for not laughing at me lol" thanks them; "she always burnt the cake lol"
        // remembers someone fondly: neither is a joke to set aside.
        moment =
          words.contains(where: Self.closingWords.contains)
          ? .warm
          : PartnerCueMatcher.remembering.matches(wordTokens) || tellsAFondMemory
            ? .ordinary : .joke
        changesSubject = false
        claim = nil
        reason = nil
        reportsExperience = false
        fragment = nil
        signals.remove(.reasons)
      }
    }
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
    // Said of the listener in any of its sentences, it is never a view of theirs.
    if sentences.first.map(Self.isAboutTheListener) ?? false
      || PartnerCueMatcher.unheard.matches(wordTokens)
    {
      isAboutTheListener = true
      moment = .unheard
      return
    }
    // "so apparently you're the one who wants it shut": what they heard said of the listener
    // is no view of theirs, and the claim being discussed stays.
    if sentences.first.flatMap(Self.heardOfTheListener) != nil { return }
    // "80.", "I'd say 80%", "I'm pretty sure": how sure they are, and nothing else.
    if Self.isRemark(words, hasNumber: tokens.contains { $0.kind == .number }) { return }

    // "I'd say I'm 95% sure it goes up long term": how sure they are of the claim being
    // discussed, neither a new claim nor a reason for it.
    if isDiscussingAClaim, rating != nil, givenReason == nil { return }
    // "Because the factory hired people from abroad.": an answer to why, so a reason for the
    // claim being discussed, never a claim of its own.
    if isDiscussingAClaim, let first = sentences.first, ReasonSplitter.startsWithConnective(first),
      let givenReason, case .clause(let reasonTokens)? = reasonContent
    {
      reason = givenReason
      reportsExperience = ClauseParser.parse(reasonTokens).map(Self.isExperience) ?? false
      return
    }
    // "like vans of ballots turning up at midnight": an example of what they mean, given for
    // the claim being discussed.
    if isDiscussingAClaim, let first = sentences.first, let thing = Self.exampleGiven(first) {
      reason = "because of " + thing
      reportsExperience = true
      return
    }
    // "Look at the math. There's only so much of it.": what they point at first is their
    // evidence, whatever they say of it next.
    if isDiscussingAClaim, let first = sentences.first, let thing = Self.pointedAt(first) {
      reason = "because of " + thing
      reportsExperience = true
      return
    }
    readStatement(
      of: sentences, tokens: tokens, words: words, givenReason: givenReason,
      isDiscussingAClaim: isDiscussingAClaim, setting: setting)
  }

  /// The words of a turn without its sentences that throw disbelief back without a verb ("At
  /// my age??", "Me??", `PartnerCues.disbeliefThrownBack`): never something told. Other
  /// questions without a verb may tell ("A funeral?? For my aunt??").
  static func withoutVerblessQuestions(_ typed: [Token]) -> [Token] {
    SentenceSplitter.sentences(in: typed).flatMap { sentence -> [Token] in
      let words = sentence.filter(\.isWord)
      let asks = sentence.last(where: { !$0.isWord })?.text.contains("?") == true
      let thrownBack =
        asks && ClauseParser.finiteVerbIndex(in: words) == nil
        && PartnerCueMatcher.disbeliefThrownBack.matchEnd(atStartOf: words) == words.count
      return thrownBack ? [] : words
    }
  }

  /// The moments a yes to an offer is read over (`acceptsAnOffer(_:)`): "go on then, you've
  /// convinced me" wavers, and stays a wavering.
  static let readOverByAYes: Set<PartnerMoment> = [.ordinary, .noise, .aside]

  /// The moments a yes is read over when a point granted alone leads in to it
  /// (`grantsBeforeAYes(_:)`, "fair enough. that could work") or a shrug hedges it
  /// (`acceptsGrudgingly(_:)`, "go on then, can't hurt i suppose"): the listener's idea taken.
  static let readOverByAGrantedYes: Set<PartnerMoment> = [.conceded, .wavering]

  /// The moments a brush-off of their hurt is read over (`brushesOff(_:)`): a
  /// goodbye, a charge or a feeling stays what it is.
  static let brushesAside: Set<PartnerMoment> = [
    .ordinary, .conceded, .wavering, .aside, .repeated, .noise, .heard,
  ]

  /// The moments a disclosure is read over: what they tell of their life is what it does.
  static let givesWayToADisclosure: Set<PartnerMoment> = [
    .ordinary, .conceded, .wavering, .aside, .repeated, .noise, .openedUp, .heard,
  ]
}
