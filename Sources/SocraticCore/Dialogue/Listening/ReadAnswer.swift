/// An answer read by what it does: its moves, and the words that carry each of them, as the
/// person typed them (a reflection turns them to the second person).
public struct ReadAnswer: Sendable, Equatable {
  /// What the answer does, in `AnswerMove.allCases` order, each once.
  public var moves: [AnswerMove] = []
  /// The reasons it gives, without their connective ("because my team slowed down" → "my team
  /// slowed down").
  public var reasons: [String] = []
  /// The examples or experiences it tells.
  public var examples: [String] = []
  /// Who or what it cites: "my mom", "the news", "Haidt's book".
  public var sources: [String] = []
  /// The people whose views it reports ("my aunt says …"): sources of a view, which may be the
  /// other side's, never backing for the person's own reason.
  public var speakers: [String] = []
  /// The views of others it reports, with where the person stands on each.
  public var views: [BeliefMap.View] = []
  /// Where it concedes or wavers, in its words.
  public var doubts: [String] = []
  /// Whether a concession is said in words that grant a point ("fair", "you're right", "I'll
  /// admit"), not only with a hedge ("maybe", "I suppose"): only then is it given back as
  /// granted.
  public var grants = false
  /// What the person still holds to after conceding ("that's true, but it doesn't make this
  /// ok" → "it doesn't make this ok").
  public var stand: String?
  /// What it says would change the person's mind.
  public var wouldChangeMind: [String] = []
  /// The feelings the person names as their own ("exhausted", "a bit resentful" → "resentful").
  public var feelings: [String] = []
  /// A feeling told through its effect and not named ("the house is so quiet now"), when no
  /// feeling is named.
  public var impliedFeeling: ImpliedFeeling?
  /// The blockage the person names in themselves ("maybe I'm pushing it on her"), if any.
  public var blockage: String?
  /// The answer's main statement in the person's own words (not someone else's, not a
  /// question), short enough to give back; nil when it has none.
  public var statement: String?
  /// The sentence in which the person names a feeling, in their words.
  public var feelingWords: String?
  /// The answer's first sentence of the person's own, in their words, when it is short enough
  /// to give back whole (reported words and a turn with "but" included).
  public var gist: String?
  /// The answer's sentences of the person's own that are short enough to give back, the one
  /// that matters most first: a restated point or a confession before a plain view, a view
  /// before a story, a story before background ("my grandpa was from …").
  public var keyParts: [String] = []
  /// Parts of the person's that only set the scene or aside (who someone is, someone else's
  /// reaction, who they are themselves), when something else in the answer weighs more: never
  /// given back in its place.
  public var asides: [String] = []
  /// Whether the answer ends on a doubt or a wavering ("… so maybe not all??"): the turn it
  /// took last, which outranks the reasons before it.
  public var endsOnDoubt = false
  /// Whether the person says the last reflection or question missed them ("that's not what
  /// I said", "that's not the point"): the reflection opens with a repair
  /// (`ReflectionWriter.repair`), and what else they say is read as the answer.
  public var isMisheard = false
  /// The absolutes the person uses as their own: not in an idiom ("all the time"), not
  /// qualified ("not everyone"), not someone else's words.
  public var absolutes: [String] = []
  /// Whether the person says they do not know where they stand ("it depends", "idk maybe").
  public var isWavering = false
  /// Whether the person says their mind is made up ("nothing would change my mind").
  public var isFirm = false
  /// Whether the person asks to talk about something else.
  public var isChangingSubject = false
  /// Whether the person says they are leaving the conversation ("I'm done for tonight").
  public var isLeaving = false
  /// Whether the person says the question confused or irked them ("what?", "why do you keep
  /// asking that"): those words are not read as an answer.
  public var isConfused = false
  /// Whether the person asks why they are asked ("why do you ask?").
  public var asksPurpose = false
  /// Whether the person hears doubt of themselves in the question ("you think I'm making it
  /// up?").
  public var isDefensive = false
  /// Whether the person hears that they are not believed ("you think I'm making it up?").
  public var feelsDisbelieved = false
  /// Whether the person asks what the question means ("which facts?", "what do you mean?").
  public var asksClarification = false
  /// Whether the person asks not to talk about feelings.
  public var declinesFeelings = false
  /// Whether the person turns back to their own side ("but …", "… though") without
  /// conceding: what they say is a reason of its own, not backing for the one asked about.
  public var turnsBack = false
  /// The correction the person makes last ("maybe its not the phone its the apps"): given
  /// back as the turn before anything else.
  var correction: Correction?
  /// What the person says they might do next ("maybe I'll text her this week"), in their words.
  public var plan: String?
  /// How many words and numbers the answer has.
  public var wordCount = 0

  public init() {}

  /// The answer without the feelings it names: what is left when the person asked not to talk
  /// about feelings.
  public var withoutFeelings: ReadAnswer {
    var read = self
    read.feelings = []
    read.feelingWords = nil
    read.impliedFeeling = nil
    read.moves.removeAll { $0 == .feeling }
    return read
  }

  /// Whether the answer does this.
  public func has(_ move: AnswerMove) -> Bool { moves.contains(move) }

  /// Whether it counts as an answer: it says something, on the topic.
  public var isAnswer: Bool { !has(.noContent) && !has(.offTopic) }
}
