/// What a clause's shape says a line does: gives back what the other person said, or states
/// something of a kind, and how strongly.
enum UtteranceSignal: Sendable, Hashable {
  /// Gives back; a weight of 0 says the shape decides nothing, and no later rule is tried.
  case givesBack(Int)
  /// States something of a kind.
  case states(StatementKind, Int)
}

/// One rule of `ClauseShapeRules`: a clause whose subject has a role and whose predicate opens
/// with some words (after adverbs such as "really" and "just") sends a signal.
struct ClauseShapeRule: Sendable {
  let role: SubjectRole
  /// The predicate's first words, from the finite verb on; empty matches any predicate.
  let predicate: [String]
  let signal: UtteranceSignal

  init(_ role: SubjectRole, _ predicate: String, _ signal: UtteranceSignal) {
    self.role = role
    self.predicate = predicate.split(separator: " ").map(String.init)
    self.signal = signal
  }
}

/// The shapes of the clauses of lines that ask nothing, by who the clause is about and how its
/// predicate opens; the first rule that matches decides.
///
/// A clause about the person spoken to gives back what they feel, want, think, did or went
/// through ("you've been", "you're not sure", "you'd like"), unless its verb advises ("you
/// should", "you might want to", "you don't need to") or predicts ("you'll"): the modal, not
/// the word "you", tells reflection from advice. What a rule allows them ("you're not allowed
/// to") informs; "you're right" agrees; a verdict on how they behave ("you're being
/// dramatic") is an opinion; "you know yourself best" leaves them
/// the choice. The speaker recommending is advice; the speaker's own doings, an opinion; "we
/// know" and "we call it" inform, "we can" and "we'll" steer. People in general and evidence inform ("most folks find", "research shows"); "it
/// helps to", "it's worth", "one thing that works" advise.
enum ClauseShapeRules {
  static let rules: [ClauseShapeRule] = addressee + speaker + others

  private static let advice = UtteranceSignal.states(.advice, 3)
  /// Advice to "you" outweighs the cues of a line about "you" ("^ you", "you", "your").
  private static let adviceToThem = UtteranceSignal.states(.advice, 5)
  private static let prediction = UtteranceSignal.states(.information, 2)
  /// What a rule allows or requires of them informs; it outweighs the cues of a line about
  /// "you".
  private static let rule = UtteranceSignal.states(.information, 6)
  /// Agreeing that they are right recognises them and gives back nothing they said; it
  /// outweighs the cues of a line about "you", as advice to them does.
  private static let agreement = UtteranceSignal.states(.agreement, 6)
  /// Leaving the choice with them ("you know yourself best") outweighs them too.
  private static let choiceLeft = UtteranceSignal.states(.autonomy, 6)
  private static let undecided = UtteranceSignal.givesBack(0)
  /// A verdict on how they are behaving ("you're overreacting") is the speaker's view of them,
  /// however much it speaks to them: it outweighs the cues of a line about "you".
  private static let judgement = UtteranceSignal.states(.opinion, 6)

  /// How a verdict on the person is put: "you're", "you are being a bit".
  private static let judgementLeads: [String] = ["'re", "are"].flatMap { verb in
    ["", " being"].flatMap { being in
      ["", " a bit", " so", " too", " very", " quite", " a little"].map { verb + being + $0 }
    }
  }

  /// What they are doing declared beyond them ("you can't keep that up", "you won't be able to
  /// carry on like this"): a challenge, which outweighs a reflection said before it in the same
  /// line, as a confrontation does in the coding of a session. Framed as theirs ("you feel you
  /// can't keep going") it is not the main clause, and gives back.
  private static let challenge = UtteranceSignal.states(.opinion, 10)

  /// How a challenge denies them going on: "can't", "won't be able to".
  private static let copingDenials = ["can't", "cannot", "won't be able to", "will not be able to"]

  /// Verbs of keeping something going.
  private static let continuingVerbs = [
    "keep", "carry on", "go on", "continue", "last", "sustain", "manage all",
  ]

  /// Verdicts on how someone behaves or takes things: "overreacting", "being dramatic".
  private static let judgedConduct: [String] = [
    "overreacting", "overthinking", "dramatic", "silly", "daft", "paranoid", "ridiculous",
    "unreasonable", "stubborn", "precious", "petty", "childish", "hysterical", "selfish",
    "oversensitive", "touchy", "melodramatic", "irrational", "naive", "stupid", "mad",
    "making a fuss", "making a big deal", "making a mountain",
  ]

  /// The person spoken to: advice by its modal, a prediction, or else what they said given
  /// back.
  private static let addressee: [ClauseShapeRule] =
    copingDenials.flatMap { denial in
      continuingVerbs.map { ClauseShapeRule(.addressee, denial + " " + $0, challenge) }
    }
    + [
      "should", "ought", "need", "needs", "'d better", "had better", "might want to",
      "may want to",
      "might wanna", "might try", "could try", "can try", "might consider", "could consider",
      "might like to", "might start", "could start", "can start", "might think about",
      "could think about", "don't need", "do not need", "don't have to", "got to",
      "do not have to", "may wish to", "might wish to", "could always", "can always",
    ].map { ClauseShapeRule(.addressee, $0, adviceToThem) }
    + [
      "'ll", "will", "won't", "'re going to", "are going to", "'re gonna", "are gonna",
    ].map { ClauseShapeRule(.addressee, $0, prediction) }
    + [
      "'re allowed", "are allowed", "'re not allowed", "aren't allowed", "are not allowed",
      "'re entitled", "are entitled", "'re eligible", "are eligible", "'re required",
      "are required", "'re not required", "aren't required",
    ].map { ClauseShapeRule(.addressee, $0, rule) }
    + ["'re right", "are right", "'re not wrong", "aren't wrong"].map {
      ClauseShapeRule(.addressee, $0, agreement)
    }
    // "you're wrong about the cars": the speaker's verdict on their view, set against it.
    + ["'re wrong", "are wrong", "'re just wrong", "'re mistaken", "are mistaken"].map {
      ClauseShapeRule(.addressee, $0, judgement)
    }
    + judgementLeads.flatMap { lead in
      judgedConduct.map { ClauseShapeRule(.addressee, lead + " " + $0, judgement) }
    }
    + ["know yourself", "'re the expert", "are the expert", "'re the one who", "decide"].map {
      ClauseShapeRule(.addressee, $0, choiceLeft)
    }
    + ["can", "could", "may", "might", "can't", "cannot"].map {
      ClauseShapeRule(.addressee, $0, undecided)
    }
    + [
      ClauseShapeRule(.addressee, "", .givesBack(addresseeWeight)),
      ClauseShapeRule(.addresseesThing, "", .givesBack(1)),
    ]

  /// What a clause about the person spoken to gives back: more than one about their people or
  /// things does.
  static let addresseeWeight = 2

  /// The speaker, alone or with others.
  private static let speaker: [ClauseShapeRule] =
    [
      "recommend", "suggest", "'d recommend", "would recommend", "'d suggest", "would suggest",
      "'d encourage", "would encourage", "encourage", "advise", "'d advise", "would advise",
      "want you to", "'d like you to", "would like you to", "'d like to suggest", "urge",
      "'d urge",
    ].map { ClauseShapeRule(.speaker, $0, advice) }
    // Listening ("I hear", "I get the sense") is weighed by `ReflectionCues`.
    + [
      "hear", "'m hearing", "get the sense", "get the feeling", "'m picking up", "imagine",
      "wonder if", "'m wondering if", "guess", "can see", "see that", "'m trying to understand",
      "want to understand", "want to make sure", "'d like to make sure",
    ].map { ClauseShapeRule(.speaker, $0, undecided) }
    + [
      "know", "call", "define", "find", "recommend", "suggest", "'ve found", "tend to",
      "usually", "often", "advise",
    ].map { ClauseShapeRule(.speakerGroup, $0, .states(.information, 2)) }
    + [ClauseShapeRule(.speakerGroup, "", .states(.structuring, 2))]

  /// People in general, evidence, suggestions, and things said of no one in particular.
  private static let others: [ClauseShapeRule] =
    [
      ClauseShapeRule(.people, "", .states(.information, 3)),
      ClauseShapeRule(.evidence, "", .states(.information, 3)),
      ClauseShapeRule(.suggestion, "", advice),
    ]
    + [
      "helps to", "can help to", "might help to", "may help to", "could help to",
      "'s important to", "is important to", "'s important that", "is important that", "'s worth",
      "is worth", "'s a good idea", "is a good idea", "'s best",
      "is best", "'s helpful", "is helpful", "'s useful", "is useful", "'s wise", "is wise",
      "might help", "may help", "can help", "could help", "would help", "will help",
      "might be worth", "may be worth", "could be worth", "would be worth", "'s essential",
      "is essential", "might be a good idea", "would be a good idea", "could be a good idea",
    ].map { ClauseShapeRule(.impersonal, $0, advice) }
    + ["'s normal", "is normal", "'s common", "is common", "'s very common", "'s quite common"]
    .map { ClauseShapeRule(.impersonal, $0, .states(.information, 2)) }
    // "It sounds like", "that must be" are weighed by `ReflectionCues`.
    + ["sounds", "seems", "looks", "must", "'s like"].map {
      ClauseShapeRule(.impersonal, $0, undecided)
    }

  /// Adverbs skipped between a finite verb and what it says: "you really should", "you're
  /// absolutely right".
  static let skippedAdverbs: Set<String> = [
    "really", "just", "also", "still", "actually", "definitely", "certainly", "probably",
    "maybe", "perhaps", "even", "always", "never", "already", "kind", "sort", "of", "absolutely",
    "totally",
  ]

  /// The signal of a clause, by the first rule that matches it.
  static func signal(role: SubjectRole, predicate: [String]) -> UtteranceSignal? {
    rules.first { rule in
      rule.role == role && predicate.starts(with: rule.predicate)
    }?.signal
  }
}
