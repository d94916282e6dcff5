/// Where a partner session stands.
///
/// Everything in it is what the session's logged events add up to: it changes only in
/// `PartnerDialogue.apply(_:reading:)`, live as each event is made and on `--resume` as the log is
/// read back, so a resumed session is in the state the live one was in.
public struct PartnerState: Sendable, Equatable {
  /// Whether the session goes on.
  public enum Phase: Sendable, Equatable {
    /// Waiting for what the other person says next, or a command.
    case listening
    /// The session is over.
    case finished
  }

  public internal(set) var phase: Phase = .listening
  /// The session's topic, a pack id (`--topic`).
  public internal(set) var topic: String?
  /// The stage the conversation is at.
  public internal(set) var stage: ConversationStage = .claim
  /// Whether a `stage` event is in the log yet: the session's first event brings the first
  /// stage with it.
  var isStageLogged = false
  /// Whether they objected to being spoken to like a counsellor or an interviewer ("don't do
  /// that therapist voice on me"): no such wording is offered for the rest of the session.
  public internal(set) var objectedToManner = false
  /// How many times they spoke since the stage began, or since they last objected to the
  /// listener: the conversation does not move on by itself over an objection.
  public internal(set) var turnsInStage = 0
  /// How many times they spoke since the stage began, objections or not: `/stage` says so.
  public internal(set) var saidSinceStageBegan = 0
  /// The claim being discussed: the latest one they stated, as the engine read it.
  public internal(set) var claim: BeliefAnalysis?
  /// Whether the claim being discussed is news of their own life, a plan or a feeling rather
  /// than a belief (`TheirWords.putsABeliefOnTheTable`): it is listened to, and the
  /// conversation does not move along the stages of a belief.
  public internal(set) var isPersonalTalk = false
  /// The latest reason they gave for it, with its connective.
  public internal(set) var reason: String?
  /// Whether that reason tells what happened to them or someone of theirs: theirs to tell,
  /// never to be checked, on any later turn.
  var isReasonAnExperience = false
  /// Every wording offered so far, and every question the person asked with `/me`: none is
  /// offered twice while others are left.
  public internal(set) var offered: Set<String> = []
  /// What each of those wordings is about, made once: a wording near one of them is not
  /// offered either.
  var offeredKeys: [WordingKey] = []
  /// How many claims they stated: the number of the one being discussed, from 1.
  public internal(set) var claimCount = 0
  /// What they said, folded into the conversation's belief map: the reasons, stories,
  /// sources, doubts, feelings and what would change their mind, across the session.
  var fold = PartnerMapFold()
  /// The belief map of what they said.
  public var map: BeliefMap { fold.map }
  /// Whether they said what would change their mind about the claim being discussed: it is
  /// followed up, never asked again.
  public internal(set) var hasSaidWhatWouldChangeMind = false
  /// Whether they told an example or something that happened for the claim being discussed:
  /// never asked for one again.
  var hasToldAnExample = false
  /// The questions every conversation has that their words have answered about the claim being
  /// discussed (how sure they are, what led them to it, …): asking one again is not listening.
  var answered: Set<QuestionIntent> = []
  /// What was offered last, shown again on resuming.
  public internal(set) var lastSuggestions: [PartnerSuggestion] = []
  /// What they said, in order, to recognise it said again.
  public var theirWords: [String] { fold.theirWords }
  /// Whether their latest words opened up (a feeling, a doubt): a goodbye right after it is
  /// met by acknowledging what they shared.
  public internal(set) var didOpenUp = false
  /// How many times questions were offered.
  public internal(set) var suggestionCount = 0
  /// Whether their latest words objected to the listener: the conversation does not move on
  /// by itself on the turn after it either.
  public internal(set) var didObject = false
  /// Whether a source they rely on came up in their latest words or the words before:
  /// others are not set against it while they stand by it ("it was on the bbc!").
  var isStandingBySource = false
  /// Whether their latest words cited a source.
  var citedSource = false
  /// Whether they have shown openness to the other side (`PartnerMood.showsOpenness`): until
  /// then no question sets it before them.
  public internal(set) var hasShownOpenness = false
  /// The number of the last thing they said on their guard (`PartnerMood.isGuarded`), if any:
  /// for that turn and the two after it no question sets the other side before them.
  var lastGuardedTurn: Int?
  /// Whether a question may set the other side before them now: they have shown openness, and
  /// were not on their guard in their last `PartnerMood.guardedTurns` + 1 turns.
  var mayTurnToTheOtherSide: Bool { hasShownOpenness && !isOnGuard }
  /// Whether what was offered last was heavy, made to a turn of theirs that opened up (a loss,
  /// a feeling): "nobody died" said next objects to the weight (`TheirWords.objection`).
  var offeredWeight = false
  /// The number of the last thing they said that opened up (a feeling, a loss, a hurt), if
  /// any: for that turn and the `PartnerMood.guardedTurns` after it the questions stay with
  /// them.
  var lastOpenedUpTurn: Int?
  /// The dangers to life they told that the listener was told of (`SafetyConcern`): each once.
  var safetyConcernsShown: Set<SafetyConcern> = []
  /// Whether they opened up in their last `PartnerMood.guardedTurns` + 1 turns: the questions
  /// stay with the person, never weighing what they said as a claim.
  var isStillTender: Bool {
    lastOpenedUpTurn.map { theySaidCount - $0 <= PartnerMood.guardedTurns } ?? false
  }
  /// Whether they were on their guard in their last `PartnerMood.guardedTurns` + 1 turns.
  var isOnGuard: Bool {
    lastGuardedTurn.map { theySaidCount - $0 <= PartnerMood.guardedTurns } ?? false
  }
  /// The kind of the question offered first last time: no question of it is offered next
  /// time, so the talk does not lead with the same kind twice running.
  var lastOfferedKinds: Set<QuestionKind> {
    Set(lastSuggestions.lazy.compactMap(\.kind).prefix(1))
  }
  /// How many things they said.
  public internal(set) var theySaidCount = 0
  /// What they said last: the depth of a reflection logged with `/me` is judged against it.
  var lastTheySaid: String?
  /// The yes/no question the person logged with `/me` since they last spoke.
  var lastAsked: String?
  /// The question they answered in their latest words: the one asked just before them.
  var answering: String?
  /// The number of the last question the person logged with `/me`.
  public internal(set) var lastAskedNumber = 0
  /// How many events the session has: none means nothing needs logging at the end.
  public internal(set) var eventCount = 0
}
