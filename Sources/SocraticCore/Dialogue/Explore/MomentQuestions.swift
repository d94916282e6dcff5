/// Questions that take up a moment of an answer in the very next move: a blockage the person
/// names, a wavering, a concession, a feeling, what would change their mind. Each wording is
/// asked at most once in a session; `{feeling}` stands for the feelings named.
enum MomentQuestions {
  /// A moment an answer can hold, the weightiest first.
  enum Moment: CaseIterable {
    case defensive, blockage, plan, torn, narrowing, wavering, wondering, concession,
      bareConcession, feeling, feelingWithCause, impliedFeeling
    case firm, wouldChangeMind
  }

  /// The moments that move on their view itself: a loss told only as the time of one of these
  /// is context to it.
  static let pointMoments: Set<Moment> = [
    .torn, .narrowing, .wavering, .wondering, .concession, .bareConcession,
  ]

  /// The moments that ask about a feeling: one such question a session is enough.
  static let feelingMoments: Set<Moment> = [.feeling, .feelingWithCause]

  /// Words that name both sides of a wavering: only then is the person asked what pulls them
  /// each way ("maybe both?", "I'm torn", "it could go either way").
  static let twoSidedWords: Set<String> = [
    "both", "either", "torn", "conflicted", "fence", "minds",
  ]

  /// The moments of an answer, weightiest first.
  static func moments(of answer: ReadAnswer) -> [Moment] {
    var moments: [Moment] = []
    if answer.isDefensive { moments.append(.defensive) }
    if answer.blockage != nil { moments.append(.blockage) }
    // "i'm not lending him money again, full stop": a line drawn is given back and left be,
    // never dug into as a plan to carry out.
    if let plan = answer.plan, !BeliefMap.drawsALine(plan) { moments.append(.plan) }
    let words = Set(
      answer.doubts.flatMap { Tokenizer.tokenize($0) }.filter(\.isWord).map(\.lowercased))
    if !words.isDisjoint(with: twoSidedWords)
      || answer.feelings.contains(where: { ["torn", "conflicted"].contains($0) })
    {
      moments.append(.torn)
    } else if answer.doubts.contains(where: narrowsTheClaim) {
      moments.append(.narrowing)
    } else if answer.isWavering
      || !words.isDisjoint(with: ["anymore", "sure", "unsure"])
      || answer.feelings.contains("confused")
    {
      moments.append(.wavering)
    } else if answer.doubts.first.map(isWondering) == true {
      // "if it's only me then maybe it's something else": a maybe about one thing, which
      // leaves how sure they are of the whole unsaid.
      moments.append(.wondering)
    } else if !answer.doubts.isEmpty {
      // "she shouted at me, which was fair enough I guess, but I felt awful": what they grant
      // on the way to a feeling is what they turn from; the feeling is the moment.
      if !feelingFollowsTurn(in: answer) { moments.append(.concession) }
    } else if answer.has(.concession), answer.stand == nil {
      // "fair enough, but my mate got a job": they turned back to their side, and what they
      // stand on is asked about, not how a bare "fair enough" sits with them.
      moments.append(.bareConcession)
    }
    // "my grandad died and i'm angry at the council": the loss is the moment, before the
    // feeling beside it.
    // "my mum went twice a week after dad died. so ok for people like her maybe": a loss told
    // only as the time of their point is owned, and the point is what is taken up.
    let lossIsContext =
      answer.impliedFeeling?.isInPassing == true
      && moments.contains(where: pointMoments.contains)
    if answer.impliedFeeling?.isLoss == true {
      // "i guess its not the shed. its him. he died that winter": a loss told outright
      // outweighs the point granted beside it; never "If it's not the shed, …" after it.
      if !lossIsContext {
        moments.insert(
          .impliedFeeling, at: moments.firstIndex(where: pointMoments.contains) ?? moments.endIndex)
      }
    } else if !answer.feelings.isEmpty {
      let words = Tokenizer.tokenize(answer.feelingWords ?? "").map(\.lowercased)
      // "nervous having everything in one place": what the feeling is about follows it.
      // "the bus takes 40 mins now. makes me furious": what they told besides the feeling is
      // what it is about, and asking what leaves them so asks what they just said; so is a
      // reason told with it ("the drive is an hour each way and i hate it"), or a clause
      // beside it ("i feel left out, nobody even asked me").
      let hasCause =
        !answer.reasons.isEmpty || opensItsClause(words)
        || words.contains { causeWords.contains($0) || ($0.hasSuffix("ing") && $0.count > 5) }
        || tellsMoreThan(answer.feelingWords ?? "", in: answer)
        || hasClauseBeside(answer.feelingWords ?? "")
      moments.append(hasCause ? .feelingWithCause : .feeling)
    } else if answer.impliedFeeling != nil {
      moments.append(.impliedFeeling)
    }
    if answer.isFirm {
      moments.append(.firm)
    } else if answer.has(.wouldChangeMind) {
      moments.append(.wouldChangeMind)
    }
    return moments
  }

  /// Hedges that open a doubt as something the person wonders about, not a point they grant:
  /// "maybe its just that one store".
  static let wonderingHedges: Set<String> = ["maybe", "perhaps", "possibly"]

  /// Whether a doubt opens with a hedge of what might be, among its first words.
  static func isWondering(_ doubt: String) -> Bool {
    Tokenizer.tokenize(doubt).filter(\.isWord).prefix(2).contains {
      wonderingHedges.contains($0.lowercased)
    }
  }

  /// Words that grant a part of what the claim says of the whole: "some of them are fine",
  /// "that part isn't a scam", "not all", "a few".
  static let partWords: Set<String> = ["some", "part", "parts", "certain", "few", "several"]

  /// How many words into a doubt a part it grants may be named ("so maybe not all").
  static let partReach = 4

  /// Whether a doubt grants that the claim holds only for a part: a part word or a denied
  /// "all" ("not all", "not every") among its first words.
  static func narrowsTheClaim(_ doubt: String) -> Bool {
    let words = Tokenizer.tokenize(doubt).filter(\.isWord).map(\.lowercased).prefix(partReach)
    return words.contains(where: partWords.contains)
      || zip(words, words.dropFirst()).contains {
        $0 == "not" && Quantifiers.deniedByNot.contains($1)
      }
  }

  /// Modals of what is possible rather than meant: "i could watch that on youtube for free",
  /// given as a reason, argues that there is another way; "ill call her" means to.
  static let possibilityModals: Set<String> = ["could", "can", "might", "may"]

  /// Whether a plan says what is possible rather than what they mean to do.
  static func isPossibility(_ plan: String) -> Bool {
    Tokenizer.tokenize(plan).contains { possibilityModals.contains($0.lowercased) }
  }

  /// The steps whose answers argue for the claim: a possibility named in answer to one is a
  /// reason, no plan to make easier.
  static let reasonSteps: Set<ExploreArcStep> = [
    .reasons, .moreReasons, .probe, .mechanism,
  ]

  /// Whether what would change their mind is theirs to look for: named in answer to a question
  /// that asked it, or said with themselves in it ("if I saw prices jump", "… I'd be fine with
  /// it"). "people only care if they see them in person", someone else's view, is not.
  static func isOwnChange(_ answer: ReadAnswer, answering question: String?) -> Bool {
    if let question, QuestionIntent.purposes(of: question).contains(.changeMind) { return true }
    guard let change = answer.wouldChangeMind.first else { return false }
    return Tokenizer.tokenize(change).contains { firstPerson.contains($0.lowercased) }
  }

  /// The first question not asked yet that takes up the answer's weightiest moment.
  /// - Parameters:
  ///   - feelingAsked: whether a feeling was asked about already in this session.
  ///   - answered: the arc step of the question the answer answered.
  ///   - question: that question's words.
  static func question(
    after answer: ReadAnswer, feelingAsked: Bool = false, answered: ExploreArcStep? = nil,
    answering question: String? = nil, isAsked: (String) -> Bool
  ) -> PlannedQuestion? {
    for moment in moments(of: answer) where !(feelingAsked && feelingMoments.contains(moment)) {
      if moment == .plan, let answered, reasonSteps.contains(answered),
        answer.plan.map(isPossibility) == true
      {
        continue
      }
      if moment == .wouldChangeMind, !isOwnChange(answer, answering: question) { continue }
      // "it's the evenings really": a question in their terms first ("What are the evenings
      // like for you now?"), then the general ones.
      let own = moment == .impliedFeeling ? answer.impliedFeeling?.asked ?? [] : []
      // "she passed in 2019": a loss long lived with is asked about as what it means to them.
      let general =
        moment == .impliedFeeling && answer.impliedFeeling?.isLongPast == true
        ? pastLossWordings : wordings[moment] ?? []
      for (kind, wording) in own.map({ (QuestionKind.meta, $0) }) + general {
        var text = wording.replacing(
          "{feeling}", with: ReflectionWriter.listed(Array(answer.feelings.prefix(2))))
        if text.contains("{doubt}") {
          guard let doubt = doubtClause(of: answer) else { continue }
          text = text.replacing("{doubt}", with: doubt)
        }
        if text.contains("{change}") {
          guard let change = changeClause(of: answer) else { continue }
          text = text.replacing("{change}", with: change)
        }
        if !isAsked(text) {
          return PlannedQuestion(Question(kind: kind, text: text), source: .followUp)
        }
      }
    }
    return nil
  }

  /// The most words a conceded point may have to be put in a question.
  static let doubtWordLimit = 12

  /// What the person conceded, as a whole clause in the second person without its hedges
  /// ("I guess some people are more productive at home" → "some people are more productive
  /// at home"), or nil when it is a fragment ("maybe not most"), about themselves, or too long
  /// to repeat, or more than one clause.
  static func doubtClause(of answer: ReadAnswer) -> String? {
    guard let doubt = answer.doubts.first,
      let clause = ReflectionWriter.given(doubt),
      clause.split(separator: " ").count <= doubtWordLimit
    else { return nil }
    let tokens = Tokenizer.tokenize(clause)
    // "the other side is probably his teeth", "maybe you'll try it": a hedge left inside reads
    // badly after "If", "whether" or "now that you grant"; a wording that quotes nothing is
    // asked instead.
    guard
      !Shorthand.expanded(tokens).contains(where: {
        ReflectionWriter.doubtHedges.contains($0.lowercased)
      })
    else { return nil }
    // One clause with a subject before its verb: "there, you worked in a plant, it aint pretty"
    // and "reading it out loud" read badly after "If".
    let scanner = ClauseScanner(tokens: tokens)
    guard !tokens.contains(where: { $0.text == "," }),
      let verb = scanner.firstFinite(from: scanner.leadEnd()), verb > 0,
      [.finiteVerb, .auxiliary].contains(scanner.tags[verb]),
      // "I hadn't thought about the small landlords" says what they see now, not a point
      // their view may stand without.
      !AnswerFollowUp.isAboutThemselves(clause.split(separator: " ").first ?? ""),
      // "If that is kind of the point isnt it, …": a clause that points back or asks back is
      // no point to build on; "it's just that one store" names what it is about after its verb.
      ExploreArc.isExaminable(clause) || QuestionSlot.namesAfterPlaceholderIt(clause),
      // "If part isnt a scam, …": only a well-formed clause is put after "If".
      QuestionSlot.isWellFormedClause(clause)
    else { return nil }
    return clause
  }

  /// What would change their mind, as a whole clause without "if" ("if the trials show fewer
  /// people quit id change my mind" → "the trials show fewer people quit"), or nil when it is
  /// no well-formed clause of its own: a question names it or is not asked.
  static func changeClause(of answer: ReadAnswer) -> String? {
    guard let change = answer.wouldChangeMind.first,
      let clause = condition(in: change).flatMap(ReflectionWriter.given),
      clause.split(separator: " ").count <= doubtWordLimit,
      !AnswerFollowUp.isAboutThemselves(clause.split(separator: " ").first ?? ""),
      QuestionSlot.isWellFormedClause(clause), !isFoundOut(clause)
    else { return nil }
    return clause
  }

  /// Whether a condition is itself their finding out ("someone showed you the price went
  /// up", "you read that …"): "If someone showed you …, how would you find out?" answers itself.
  static func isFoundOut(_ clause: String) -> Bool {
    let words = Tokenizer.tokenize(clause).filter(\.isWord).map(\.lowercased)
    return words.contains("you") && words.contains(where: findingVerbs.contains)
  }

  /// The condition of what would change their mind, without its "if" and the change it
  /// brings: "if the trials show fewer people quit id change my mind" → "the trials show
  /// fewer people quit". Nil when it states no condition.
  private static func condition(in text: String) -> String? {
    let tokens = Tokenizer.tokenize(text)
    guard
      let start = tokens.firstIndex(where: {
        AnswerFollowUp.conditionWords.contains($0.lowercased)
      })
    else { return nil }
    var end = start + 1
    // The condition ends at a comma, "then", or the person again as the subject of the change
    // ("… id change my mind"), never at the condition's own subject ("if i saw …").
    while end < tokens.count, tokens[end].text != ",", tokens[end].lowercased != "then",
      end <= start + 2 || !changeSubjects.contains(tokens[end].lowercased)
    {
      end += 1
    }
    guard end > start + 1 else { return nil }
    var clause = Array(tokens[(start + 1)..<end])
    clause[0].hasSpaceBefore = false
    return clause.joinedText
  }

  /// The subjects of the change a condition brings: the person, as they type it.
  static let changeSubjects: Set<String> = [
    "i", "id", "i'd", "i’d", "ill", "i'll", "i’ll", "we", "we'd", "we’d", "that'd", "thatd",
  ]

  /// Whether a question asked is one of those about how it has been for them since a loss or a
  /// hardship (`Moment.impliedFeeling`): "What has it been like for you, day to day?".
  static func asksHowTheyAre(_ text: String) -> Bool {
    (wordings[.impliedFeeling] ?? []).contains { $0.1 == text }
  }

  /// Whether a question asked is one of those about a feeling, whichever feeling it named.
  static func isFeelingQuestion(_ text: String) -> Bool {
    (feelingFrames + retiredFeelingFrames).contains {
      text.hasPrefix($0.start) && text.hasSuffix($0.end)
    }
  }

  /// The frames of feeling questions earlier versions asked, so a resumed log still counts
  /// them.
  private static let retiredFeelingFrames: [(start: String, end: String)] = [
    ("What is it about this that leaves you feeling ", "?"),
    ("How does feeling that way shape how you see it?", ""),
    ("What would need to happen for you to feel differently about it?", ""),
  ]

  /// The words before and after the feeling in each wording about one, split once.
  private static let feelingFrames: [(start: String, end: String)] = feelingMoments.flatMap {
    moment in
    (wordings[moment] ?? []).map { _, wording in
      let parts = wording.split(separator: "{feeling}", omittingEmptySubsequences: false)
      return (String(parts[0]), String(parts[parts.count - 1]))
    }
  }
}
