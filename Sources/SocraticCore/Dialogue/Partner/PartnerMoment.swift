/// What a turn of theirs calls for before any question, read from its answer moves and
/// `PartnerCues`. The first that applies wins, in the order of the cases: a charge at the
/// listener is answered calmly before anything else, a blockage or a feeling before a doubt.
enum PartnerMoment: Sendable, Equatable, CaseIterable {
  /// They turned on the listener: "You sound like you work for them."
  case hostile
  /// They said the listener does not listen or understand: "you just don't get it". Set by
  /// `TheirWords`, which reads who "you" is, and by a correction ("dont twist it", "you just
  /// think its a phase"), read before a feeling or a wavering said with it.
  case unheard
  /// They named what stands in their way: "maybe I'm just scared of what it would mean".
  case blockage
  /// They named a feeling or a fear of their own: "honestly I'm worried about my job".
  case openedUp
  /// They said they feel understood: "exactly. thanks. that's all I'm saying". No goodbye: the
  /// door is open to say more.
  case heard
  /// They were warm to the listener: made up for how they spoke ("sorry I bit your head off"),
  /// said something fond ("you're a good egg"). Met warmly.
  case warm
  /// They gave the listener a point or gave in to them: "ok ok you win", "ugh fine, ur
  /// right", "fair point, i'll ring them". Acknowledged, and asked what it changes for them.
  case conceded
  /// They conceded or wavered: "ok fair", "I guess not everyone", "maybe both?".
  case wavering
  /// An aside said in passing: "by the way, the turkey is dry", "anyway did you see the game".
  case aside
  /// Something at hand asked of the listener: "pass the salt", "can you grab me a coffee"; or
  /// to go back to the topic: "stop changing the topic".
  case request
  /// They said it again, or said they had: "like I said".
  case repeated
  /// A joke said with a laugh, claiming nothing new: "the only one on the last bus was a fox
  /// haha". Set by `TheirWords`, which reads whether it states a new belief.
  case joke
  /// Nothing to build on: "asdf", "?", a lone "yeah".
  case noise
  /// They want to stop: thanks, a goodbye, "let's change the subject", "pass the gravy".
  case leaving
  /// Anything else: a claim, a reason, a story, a question.
  case ordinary

  /// The moment of a turn.
  /// - Parameters:
  ///   - words: the turn's words, shorthand expanded, clitics apart.
  ///   - answer: the turn read as answer moves.
  ///   - saysThanks: whether partner's reading found thanks or a goodbye in it.
  ///   - takesLeave: whether they say in so many words that they want to stop ("I gotta go",
  ///     "let's just eat", "can we drop it"): it is respected even when they open up or waver
  ///     as they say it.
  ///   - saysHowSure: whether it says how sure they are ("80", "I'm like 95 percent sure, maybe
  ///     90"): an answer, never noise or wavering.
  ///   - saysWhatWouldChangeMind: whether it says what would change their mind ("if wages went
  ///     up, I guess"): an answer, never wavering.
  ///   - teases: whether it is said with a laugh or as a joke: no hostility is read in it.
  ///   - ownWords: their words without those they quote or report someone else saying
  ///     (`TheirWords.ownWords(in:)`), where a charge at the listener is read: "my sister said
  ///     'you never let anything go'" charges no one in the room. All the words when nil.
  static func read(
    words: [Token], answer: ReadAnswer, saysThanks: Bool, takesLeave: Bool = false,
    saysHowSure: Bool, saysWhatWouldChangeMind: Bool, teases: Bool = false,
    ownWords: [Token]? = nil
  ) -> PartnerMoment {
    let own = ownWords ?? words
    if !teases, PartnerCueMatcher.hostile.matches(own) { return .hostile }
    // "ugh sorry for going on and on": an apology for pouring it out is warmth, sigh or not.
    if PartnerCueMatcher.sorryForPouringOut.matches(own) { return .warm }
    // "you always do this" is a charge; "gotta go, you always do this" a goodbye said stung.
    if !teases, !takesLeave, PartnerCueMatcher.chargeOfHabit.matches(own),
      !PartnerCueMatcher.leaving.matches(words)
    {
      return .hostile
    }
    if PartnerCueMatcher.correction.matches(own) { return .unheard }
    // "stop changing the topic, we were talking about …": asked to go back to it, as a request.
    if PartnerCueMatcher.stayingOnTopic.matches(words) { return .request }
    // "here we go. fine, because …": a sigh said with an answer is no charge; said alone it is
    // met calmly.
    // A sigh said with a dig at the listener ("here we go. you'd believe anything") is one.
    let atTheListener = own.contains { listenerWords.contains($0.lowercased) }
    // "ugh fine, you're annoyingly right": a sigh said with a point granted is grudging.
    let concedes = PartnerCueMatcher.concedingToTheListener.matches(words)
    if !teases, !concedes, PartnerCueMatcher.exasperation.matches(own), answer.reasons.isEmpty,
      !saysHowSure,
      answer.statement == nil && answer.feelings.isEmpty || atTheListener
    {
      return .hostile
    }
    if takesLeave { return .leaving }
    // "it went really well actually, proud of him": good news is met gladly, never weighed.
    if PartnerCueMatcher.isWarm(words) || PartnerCueMatcher.tellsGoodNews(words) {
      return .warm
    }
    if PartnerCueMatcher.heard.matches(words) { return .heard }
    if answer.blockage != nil || PartnerCueMatcher.blockage.matches(words) { return .blockage }
    // "it still bothers me. I'd want to see how it goes in a year": what would change their
    // mind wins over a feeling named with it, and is followed up.
    let saysChange = saysWhatWouldChangeMind || answer.has(.wouldChangeMind)
    // "90. easy … come on": exasperation voiced at the listener or to press a point is
    // bravado, not a feeling shared; a feeling they name is.
    let sharesAFeeling = answer.feelings.contains { !Self.pressingFeelings.contains($0) }
    let opensUp =
      (PartnerCueMatcher.openingUp.matches(words) || PartnerCueMatcher.ownJobLost.matches(words))
      && !PartnerCueMatcher.origin.matches(words)
      || PartnerCueMatcher.needAfterAChange.matches(words)
      || PartnerCueMatcher.selfPutDown.matches(words)
    if !saysChange, sharesAFeeling || opensUp {
      return .openedUp
    }
    // "I guess if it crashed I'd rethink it" says what would change their mind: no wavering.
    let isAnswering = saysHowSure || saysChange
    if concedes, !isAnswering { return .conceded }
    // "fair enough, if there's a ramp then i can get in. i'll give you that": the condition
    // granted in so many words is what they grant, not what would change their mind.
    if concedes, !saysHowSure { return .wavering }
    if answer.has(.concession) || PartnerCueMatcher.qualifying.matches(words), !isAnswering {
      return .wavering
    }
    if answer.has(.repeat) { return .repeated }
    // "pass the salt" asks for something at hand: no wish to stop talking.
    if !saysThanks,
      PartnerCueMatcher.atHand.matches(words) || PartnerCueMatcher.aboutTheirThings.matches(words)
    {
      return .request
    }
    if saysThanks || answer.has(.offTopic) || PartnerCueMatcher.leaving.matches(words) {
      return .leaving
    }
    if answer.has(.noContent), !saysHowSure { return .noise }
    if PartnerCueMatcher.aside.matches(words) { return .aside }
    return .ordinary
  }

  /// Words that name the listener: a sigh said with one is at them.
  static let listenerWords: Set<String> = ["you", "your", "u", "ur", "ya", "yourself"]

  /// The feelings the answer reader hears in a word said to press a point or to push back
  /// ("come on", "seriously", "are you kidding"): no feeling they share about themselves.
  static let pressingFeelings: Set<String> = ["exasperated"]

  /// The feelings warmth towards the listener names ("I'm glad you rang", "so grateful"):
  /// met warmly, never as a feeling opened up.
  static let warmFeelings = AnswerCues.warmFeelings.union([
    "pleased", "chuffed", "touched", "moved", "lucky",
  ])

  /// The logged moves of a turn that opened up with a feeling or a blockage
  /// (`TheirWords.loggedMoves`): a goodbye right after it is met by acknowledging it.
  static let openingUpMoves: Set<String> = [AnswerMove.feeling.rawValue]

  /// Whether the turn shared a feeling or named a blockage: the questions keep to it and never
  /// go back to the claim.
  var keepsToTheMoment: Bool { self == .openedUp || self == .blockage }

  /// Whether the turn turns away from the talk ("anyway did you see the game", "pass the
  /// salt"): at the close it is let be, never pulled back to what they said before.
  var turnsAway: Bool {
    switch self {
    case .aside, .request: true
    case .blockage, .openedUp, .heard, .conceded, .wavering, .hostile, .unheard, .repeated,
      .joke, .noise, .leaving, .ordinary, .warm:
      false
    }
  }

  /// Whether the turn opened up: the close never follows it.
  var isOpeningUp: Bool {
    switch self {
    case .blockage, .openedUp, .heard, .conceded, .wavering: true
    case .hostile, .unheard, .aside, .request, .repeated, .joke, .noise, .leaving, .ordinary,
      .warm:
      false
    }
  }
}
