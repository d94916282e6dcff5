extension SuggestionPlanner {
  /// What the suggestions are made from.
  struct Context {
    /// The stage the conversation is at.
    var stage: ConversationStage
    /// What they just said; nil when the stage was set with `/stage`.
    var words: TheirWords?
    /// The claim being discussed.
    var claim: BeliefAnalysis?
    /// The latest reason they gave for it, with its connective.
    var reason: String?
    /// The session's topic, a pack id.
    var topic: String?
    /// Every wording offered so far in the session, and every question asked with `/me`.
    var offered: Set<String>
    /// What each of those is about.
    var offeredKeys: [WordingKey] = []
    /// The number of the claim being discussed (`PartnerState.claimCount`).
    var claimNumber = 0
    /// How many times suggestions were offered before: varies the wordings.
    var turn: Int
    /// Whether what they said before this opened up: a goodbye right after it is answered by
    /// acknowledging what they shared.
    var followsOpeningUp = false
    /// Whether the conversation was at its close before these words: they have taken their
    /// leave already.
    var isAfterGoodbye = false
    /// Whether they cited a source they rely on just now or the turn before: no question sets
    /// other people's views against it then ("What do the people who know this subject best
    /// say about it?").
    var isStandingBySource = false
    /// The registers its questions may be worded in: plain words, and a counsellor's only
    /// until they object to being spoken to like one.
    var registers: Set<QuestionRegister> = [.conversational, .therapeutic]
    /// The questions their words have answered about the claim (what would change their mind,
    /// how sure they are, what led them to it): asking one again is not listening.
    var answered: Set<QuestionIntent> = []
    /// Whether they granted or doubted something of the claim being discussed: the claim is
    /// not said back in its old form.
    var hasConceded = false
    /// The question the listener asked just before their words, with `/me`.
    var answering: String?
    /// Whether a question may set the other side before them (`PartnerMood`): never before
    /// they show openness, nor right after they were on their guard.
    var mayTurnToTheOtherSide = true
    /// The kind of question offered first last time: no question of it is offered now.
    var lastOfferedKinds: Set<QuestionKind> = []
    /// Whether they told an example or something that happened for the claim being
    /// discussed: asking them for one is not listening.
    var hasToldAnExample = false
    /// Whether a wording that fits anything said may be offered (`stockWordings`): only when
    /// nothing else would be said.
    var mayOfferStock = false
    /// Whether they opened up this turn or just before (`PartnerState.isStillTender`): what
    /// they say next is asked about through them and what matters to them, never weighed as a
    /// claim (how they know, what they mean by a word, how common it is).
    var staysWithThePerson = false
    /// Whether the claim on the table is news of their own life, a plan or a feeling
    /// (`PartnerState.isPersonalTalk`): it is listened to, never weighed as a belief, and
    /// never said back as one at the close.
    var isPersonalTalk = false
  }
}
