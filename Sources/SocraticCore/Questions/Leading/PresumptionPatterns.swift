/// Wording that leads by what it says rather than by how the question opens: verbs and adverbs
/// that take the asker's view of the person for granted ("finally admit", "keep defending",
/// "magically", "still believe"), and choices of two that demand a pick ("either …, which is
/// it?").
///
/// Each entry is a `PhrasePattern` with what the critic does with it; a new rule is one entry.
enum PresumptionPatterns {
  /// What a pattern says about the question it is found in.
  enum Effect: Sendable, Equatable {
    /// A verb phrase that presumes what the person does or must do ("keep defending",
    /// "finally admit"): the rewrite asks how they see what follows it.
    case presumedAct
    /// A word that mocks what it modifies ("magically", "blindly"): the rewrite leaves it out.
    case mockingWord
    /// A sweeping word said of what the person does ("always take your …"): the rewrite
    /// leaves the pattern's first word out.
    case sweepingWord
    /// Two options offered as the only ones, with a demand to pick ("which is it").
    case falseChoice
    /// Mistreatment the person is said to allow ("let her walk all over you"): the rewrite
    /// asks how things stand with whoever the asker blames.
    case allowedMistreatment
  }

  /// The patterns, each with its effect.
  static let entries: [(pattern: PhrasePattern, effect: Effect)] =
    presumedActs.map { (PhrasePattern($0), .presumedAct) }
    + mockingWords.map { (PhrasePattern($0), .mockingWord) }
    + sweepingWords.map { (PhrasePattern($0), .sweepingWord) }
    + falseChoices.map { (PhrasePattern($0), .falseChoice) }
    + allowedMistreatments.map { (PhrasePattern($0), .allowedMistreatment) }

  /// The patterns filed under the words they can start with: a question tries at each word only
  /// those that may match there.
  static let index = IndexedPatterns(entries.map(\.pattern))

  /// Mistreatment the person may be said to allow, each with its object: "walk all over you",
  /// "get away with it". Without one ("let the kids walk over", "let you get away with
  /// everything") nothing is done to the person.
  static let mistreatments = [
    "walk all over you", "push you around", "boss you around", "take advantage of you",
    "get away with it", "get away with that", "treat you like", "mess you about",
    "mess you around", "use you",
  ]

  /// Mistreatment the person is said to allow, whoever does it ("let her walk all over you",
  /// "letting your boss push you around"): the charge is theirs to answer, not a question. The
  /// one let is someone else: "did they let you get away with it" asks what was allowed them.
  private static let allowedMistreatments = [
    "(let|lets|letting) !(you|yourself|it) _{1,2} (\(mistreatments.joined(separator: "|")))"
  ]

  /// Verb phrases that presume a fault the person keeps or must give up.
  private static let presumedActs = [
    "finally (going to|gonna)? (admit|accept|acknowledge|concede|realize|realise|see|face|understand|get)",
    "(keep|keeps|kept) (defending|ignoring|denying|pretending|excusing|blaming|insisting|refusing|making excuses for|falling for|buying)",
    "still (believe|believes|defend|defends|buy|buys|fall for|falls for|trust|trusts|deny|denies|cling to|clings to)",
    "(refuse|refuses|refusing) to (admit|accept|see|acknowledge|face)",
    // "Why won't you admit …", "Why can't you just accept …": a refusal taken for granted.
    "(won't|wont|can't|cant|cannot) you (just|simply|ever|even|finally)? (admit|accept|concede|acknowledge|face|realize|realise)",
    "(admit|concede) that",
    // "Can we just agree that …?", "Can't we all accept …": agreement asked for, not a view.
    // Agreeing on an arrangement ("Can we agree on a time?", "… when to meet?") presumes no
    // view: it proposes.
    "(can|can't|cant|could|couldn't|shall) we (just|all|both|simply)? (accept|admit)",
    "(can|can't|cant|could|couldn't|shall) we (just|all|both|simply)? agree !\(arrangedThings)",
    "(stop|quit) (defending|pretending|ignoring|denying|making excuses)",
    "(wake up|open your eyes) to",
    // "Is it too much to ask for you to …?": a complaint put as a question.
    "too much to ask",
    // "Why do you get to decide …?": whether they may do it is denied, not asked.
    "(why|how come) (do|does|did|should|would)? _{1,3} (get|gets|got) to \(rightfulActs)",
  ]

  /// What follows "agree" when an arrangement is agreed on, not a view: "on", "to", "when",
  /// "how".
  private static let arrangedThings =
    "(on|upon|to|when|where|what|how|who|which|whether|about)"

  /// What a person may be denied the right to do: decide, choose, tell others.
  private static let rightfulActs =
    "(decide|choose|say|pick|tell|judge|lecture|call|set|make)"

  /// The last words of presumed acts that take a clause rather than a noun phrase: "admit the
  /// plan works", "pretending the diet helps" (but "defending the lab results").
  static let actsTakingClause: Set<String> = [
    "admit", "accept", "acknowledge", "concede", "realize", "realise", "see", "understand",
    "pretending", "insisting", "denying", "believe", "believes", "deny", "denies", "agree",
    "recognise", "recognize", "grant",
  ]

  /// Whether what follows "see" is someone visited rather than something realised: "see a
  /// doctor", "see someone", "see the GP about it" (but "see sense", "see that it's wrong").
  /// - Parameter topic: the words after "see", in lowercase.
  static func isVisit(_ topic: [String]) -> Bool {
    guard let first = topic.first else { return false }
    return visitedOpeners.contains(first) || topic.dropFirst().contains("about")
  }

  /// Words that open whom "see" visits: "a doctor", "someone".
  private static let visitedOpeners: Set<String> = [
    "a", "an", "someone", "somebody", "anyone", "anybody",
  ]

  /// Adverbs that mock what they modify.
  private static let mockingWords = [
    "magically", "miraculously", "conveniently", "blindly", "naively", "supposedly",
  ]

  /// "always" and "never" said of whose side a person takes or what they listen to.
  private static let sweepingWords = [
    "(always|never) (take|takes|took|side|sides) (with)? (your|his|her|their|my|the)",
    "(always|never) (listen|listens|defend|defends|blame|blames) (to)?",
  ]

  /// A demand to pick one of two, or two options put as the only ones ("So it's either we ban
  /// it or it ruins us?"), one of them a betrayal of the asker ("or are you choosing her over
  /// me?").
  private static let falseChoices = [
    "which (is|one is) it", "(pick|choose) one", "make up your mind", "either",
    // "… or are you picking him over us": the other option put as a betrayal of the asker.
    "(pick|picks|picking|choose|chooses|choosing|put|puts|putting) _ _? over (us|me)",
  ]
}
