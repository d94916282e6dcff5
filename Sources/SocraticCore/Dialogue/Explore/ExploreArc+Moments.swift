/// The arc beside a moment of the last answer: which steps walk away from it, which
/// questions stay with it, and what counts as disclosing or ranking.
extension ExploreArc {
  /// The steps that walk away from a moment of the last answer: "which reason carries the most
  /// weight" after "maybe its just that one store", the inversion or another's view after "ok
  /// fair point".
  static let stepsPastAMoment: Set<ExploreArcStep> = [
    .weight, .inversion, .outsider, .moreReasons, .changeMind, .pack, .story, .mechanism,
    .clarify,
  ]

  /// Questions that stay with a moment of the last answer when its own were asked already,
  /// in the order they are offered: each points at what they just said.
  static let heldWordings = [
    "What's behind that, for you?", "Could you say a little more about that?",
  ]

  /// The moments after which the next question stays with the answer.
  static let turnHoldingMoments: Set<MomentQuestions.Moment> = [
    .defensive, .blockage, .plan, .torn, .narrowing, .wavering, .wondering, .concession,
    .bareConcession, .feeling, .feelingWithCause, .impliedFeeling,
  ]

  /// Whether an answer holds a moment the next question must not walk past: a wavering, a
  /// concession, a feeling, or a turn it ends on.
  static func holdsTheTurn(_ answer: ReadAnswer) -> Bool {
    answer.endsOnDoubt
      || !turnHoldingMoments.isDisjoint(with: MomentQuestions.moments(of: answer))
  }

  /// Questions that ask what they make of what they just turned over, in the order offered.
  static let mullingWordings = [
    "What do you make of that, now you've said it?",
    "What does that change for you, if anything?",
  ]

  /// Whether an answer that said something ends on a sentence of thinking sounds alone.
  static func endsMulling(_ text: String?) -> Bool {
    guard let text else { return false }
    let sentences = SentenceSplitter.sentences(
      in: Tokenizer.tokenize(String(text.prefix(AnswerFollowUp.readLimit)))
    ).map { $0.filter(\.isWord).map(\.lowercased) }.filter { !$0.isEmpty }
    guard sentences.count > 1, let last = sentences.last else { return false }
    // "… and the cashpoint went in the summer. Hm.": the sounds of thinking are `Fillers`'.
    return last.allSatisfy(Fillers.hesitations.contains)
  }

  /// Questions that stay with what an answer disclosed, in the order they are offered.
  static let stayingWordings = [
    "What feels most important to you in that?",
    "What is at stake for you there?",
  ]

  /// Whether an answer disclosed something that weighs on them: a moment a facilitator stays
  /// with (a blockage, a feeling, being torn, a plan), or something they see as they speak.
  static func isDisclosure(_ answer: ReadAnswer, text: String?) -> Bool {
    let moments = MomentQuestions.moments(of: answer).filter(disclosingMoments.contains)
    guard moments.isEmpty, let text else { return !moments.isEmpty }
    let words = Shorthand.expanded(
      Tokenizer.tokenize(String(text.prefix(AnswerFollowUp.readLimit)))
    ).filter(\.isWord)
    return realisationCues.matches(words)
  }

  /// The moments that disclose something: "idk maybe" or "fair enough" do not.
  static let disclosingMoments: Set<MomentQuestions.Moment> = [
    .blockage, .plan, .torn, .feeling, .feelingWithCause, .impliedFeeling,
  ]

  /// `TurnCues.realisations`, compiled once.
  static let realisationCues = PartnerCueMatcher(TurnCues.realisations)

  /// Whether an answer says which reason weighs most ("mostly the money", "the main thing is").
  static func ranks(_ answer: String?) -> Bool {
    says(rankingCues, in: answer)
  }

  /// Phrases that rank a reason above the others.
  static let rankingCues = PartnerCueMatcher([
    "(the|my) (main|biggest|real|big|number one|first) (thing|reason|one|part|issue|point)",
    "(mostly|mainly|above all|most of all|more than anything)",
    "(matters|counts|weighs) (the)? most", "like i said",
  ])
}
