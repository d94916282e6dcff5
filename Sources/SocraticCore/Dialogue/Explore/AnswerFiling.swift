/// Where what an answer offers goes on the map, by what the question asked: only an answer to
/// a question about their own grounds gives reasons for the belief. "Why might it not be so?"
/// is answered with the other side's points, "how far do you trust the news?" with reasons to
/// trust the news, and neither is a reason they hold the belief for.
enum AnswerFiling: Sendable, Equatable {
  /// Their own grounds: reasons, evidence and stories for the belief.
  case ownGrounds
  /// Points for the other side, which they grant by giving them: doubts, never reasons.
  case otherSide
  /// How someone else would see it: the views they tell of, never reasons of theirs.
  case othersView
  /// What would have to be so for them to think again: the conditions they set, never
  /// reasons or doubts.
  case condition
  /// Grounds for something else (trusting a source, a word's meaning): no reason for the
  /// belief.
  case aside
  /// Where they got to and what moved their rating: no reason for the belief, not even past a
  /// "but" ("the pain thing, i cant pretend that wasnt bad. but im still at 85" says why the
  /// rating moved, and where it stands).
  case rerating
  /// How they came to see it ("when did you first see it this way?"): a story, told for the
  /// belief; what tells when it was ("2023 it was", "first season it came in") is part of the
  /// story, never a reason; a reason given then ("also they poach the best teachers") is one.
  case story
  /// How it has been for them since a loss or a hardship ("What has it been like for you, day
  /// to day?"): what they tell of their days ("you just get on with it", "i still make his
  /// gravy though") is neither a reason nor a doubt, even past a "though".
  case life
  /// How far they trust a source they named ("How far do you trust the forums on this?"):
  /// what they say of it ("some of them make it up", "but the big ones are fine") weighs the
  /// source, and is neither a reason for the belief nor a doubt of it, even past a "but".
  case trust

  /// The filing for an answer to a question of this arc and kind, with these words.
  init(arc: ExploreArcStep?, kind: QuestionKind?, text: String) {
    let question = text.lowercased()
    if MomentQuestions.asksHowTheyAre(text) {
      self = .life
      return
    }
    if AnswerFollowUp.isTrustQuestion(text) {
      self = .trust
      return
    }
    if QuestionIntent(of: text) == .otherSide
      || Self.othersViewCues.contains(where: question.includes) || Self.asksOthersEyes(question)
    {
      self = .othersView
      return
    }
    // "Why is this belief worth examining now?" is answered with what is at stake for them now
    // ("the council meets friday and my sister wants an answer"), never grounds for the belief.
    if Self.stakesCues.contains(where: question.includes) {
      self = .aside
      return
    }
    // "Who might not fit into 'everyone' here?": a question whose own clause is negated asks
    // where the claim does not hold, and is answered with exceptions to it.
    if [.clarify, .pack, .easier, nil].contains(arc), ClauseParser.parse(text)?.isNegated == true {
      self = .otherSide
      return
    }
    switch arc {
    case .inversion?: self = .otherSide
    case .outsider?: self = .othersView
    case .changeMind?: self = .condition
    case .reliability?: self = .aside
    case .story?: self = .story
    case .reasons?, .probe?, .moreReasons?, .weight?, .mechanism?, .clarify?:
      self = .ownGrounds
    // "How sure are you now, and what moved it?" is answered with where they got to (the
    // map's shifts), often with what moved them away: no reason for the belief.
    case .rerate?:
      self = .rerating
    // A question about a moment ("what makes it hard to say, for you?", "what is it about
    // this that leaves you feeling proud?") asks why they doubt or how they feel, not why
    // they believe: a clarifying one, or one about their own thinking, is answered aside.
    case .moment?:
      self =
        kind == .clarification || kind == .meta
        ? .aside : Self.byKind[kind ?? .evidence] ?? .ownGrounds
    case .pack?, .easier?, nil:
      self = Self.byKind[kind ?? .evidence] ?? .ownGrounds
    }
  }

  /// The filing of a question known only by its kind (a pack's, an easier one).
  private static let byKind: [QuestionKind: AnswerFiling] = [
    .inversion: .otherSide, .viewpoints: .othersView,
  ]

  /// Words of a question that ask what others say, besides asking how someone who disagrees
  /// sees it (`QuestionIntent.otherSide`): "What do the people who study this say?" is
  /// answered with what they say, or that they don't read it.
  private static let othersViewCues = [
    "people who study", "experts say", "what do the people", "what do people", "others say",
    "the other side say", "would they say", "might they say",
  ]

  /// Whether a question asks how someone in their story sees it or would tell it ("How do you
  /// think your dad sees it?"): what that person sees ("he doesn't see it any way now") is
  /// theirs to tell of, no evidence for the belief.
  private static func asksOthersEyes(_ question: String) -> Bool {
    question.hasPrefix(othersEyesOpening) && othersEyesEndings.contains(where: question.hasSuffix)
  }

  /// How a question about someone else's eyes opens, and how it may end.
  private static let othersEyesOpening = "how do you think "
  private static let othersEyesEndings = ["sees it?", "see it?", "would tell what happened?"]

  /// Words of a question that ask why the question matters to them now, not why they hold
  /// the belief.
  private static let stakesCues = [
    "worth examining", "question matter to you", "question of whether", "real question behind",
    "does this matter to you", "does it matter to you",
  ]

  /// The filing of a probe ("how do you know that?", "how typical is that?") of an earlier
  /// answer that was not about their own grounds: what backs the other side's points or a
  /// view of others is no reason of theirs, nor a doubt they voiced.
  func probing(_ earlier: AnswerFiling?) -> AnswerFiling {
    guard let earlier, earlier != .ownGrounds else { return self }
    return .aside
  }

  /// What of the answer the map takes in, filed as this says.
  func filing(_ read: ReadAnswer) -> ReadAnswer {
    // "but his card is maxed out now": a turn back to their side gives reasons of theirs,
    // whatever was asked.
    guard self != .ownGrounds, !read.turnsBack || [.rerating, .life, .trust].contains(self) else {
      return read
    }
    var read = read
    switch self {
    case .ownGrounds:
      return read
    case .otherSide:
      read.doubts = read.reasons + read.doubts
      read.reasons = []
      read.examples = []
    case .condition:
      // "him showing up when he says he will": a condition, however it was read.
      read.wouldChangeMind += read.reasons + read.doubts
      read.reasons = []
      read.doubts = []
      read.examples = []
    case .othersView:
      // "they'd say people only care if they see them": the conditions are theirs too, unless
      // the person speaks of their own mind ("if I saw …, I'd change my mind").
      read.reasons = []
      read.examples = []
      read.wouldChangeMind = read.wouldChangeMind.filter(FirstPersonReflector.speaksOfSpeaker)
    case .story:
      read.examples = read.reasons.filter(Self.tellsWhen) + read.examples
      read.reasons.removeAll(where: Self.tellsWhen)
    case .aside, .rerating:
      read.reasons = []
      read.examples = []
    case .life, .trust:
      read.reasons = []
      read.examples = []
      read.doubts = []
      read.wouldChangeMind = []
    }
    return read
  }

  /// Whether words tell when something happened: they open with a word of time ("when they
  /// brought it in", "first season") or name a year ("it was 2019 i think").
  static func tellsWhen(_ text: String) -> Bool {
    let words = BeliefMap.plainWords(text)
    guard let first = words.first else { return false }
    return timeOpeners.contains(first) || words.contains(where: isYear)
  }

  /// Words that open a telling of when: "when", "back", "first".
  private static let timeOpeners: Set<String> = [
    "when", "back", "first", "since", "after", "around", "ever", "years", "last", "once",
  ]

  /// Whether a word is a year of the last two centuries: "1995", "2023".
  private static func isYear(_ word: String) -> Bool {
    word.count == 4 && word.allSatisfy(\.isNumber) && (word.hasPrefix("19") || word.hasPrefix("20"))
  }

  /// What a part of the answer that shows nothing of its own is taken to do to the claim
  /// (`AnswerStances`): their grounds support it, the other side's points cut against it.
  var presumedStance: ClauseStance {
    switch self {
    case .ownGrounds, .story: .supports
    case .otherSide: .cutsAgainst
    case .othersView, .condition, .aside, .rerating, .life, .trust: .unread
    }
  }
}
