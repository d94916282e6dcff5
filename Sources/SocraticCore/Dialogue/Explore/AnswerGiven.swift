/// What the last answer already gave the conversation, so that the next question does not ask
/// for it again: a point against the claim (a counter-example, an exception, a concession),
/// what would change the person's mind, a feeling. "What reasons might there be to think
/// otherwise?" right after "well, the council did put our bus back" asks for what was just
/// said; the point is taken up instead.
struct AnswerGiven: Sendable, Equatable {
  /// The points against the claim the answer put on the map, in their words.
  var counterPoints: [String] = []
  /// Whether it conceded or wavered.
  var concedes = false
  /// Whether it said what would change their mind.
  var changesMind = false
  /// Whether it named a feeling.
  var feels = false
  /// Whether it told an example or something that happened: the next question asks about it,
  /// never for another.
  var tellsStory = false
  /// The verb by which it says something moved them, as typed, when it reads after "it": "it
  /// upset me" → "upset", "the ads annoy me" → nil (it reads "annoy").
  var movedBy: String?

  init() {}

  /// What an answer gave, as read and as the map filed it.
  /// - Parameters:
  ///   - text: the answer as typed.
  ///   - claim: the claim it answers about.
  ///   - counterPoints: the doubts the answer added to the map.
  ///   - before: the side the answer starts from: their own, unless the question asked for the
  ///     other side; "but …" turns from it.
  init(
    _ read: ReadAnswer, text: String, claim: String?, counterPoints: [String],
    before: ClauseStance = .supports
  ) {
    let prefix = String(text.prefix(Self.readLimit))
    // "although i walk home late and nothing happens": a part that turns to the other side by
    // its structure gives a point for it, though the map filed nothing from it.
    self.counterPoints =
      counterPoints.isEmpty && read.isAnswer
      ? AnswerStances(answer: prefix, claim: claim, before: before).parts.filter {
        $0.stance == .cutsAgainst
      }.map(\.text)
      : counterPoints
    concedes = read.has(.concession) || read.isWavering
    changesMind = read.has(.wouldChangeMind) || Self.namesItsCondition(prefix)
    var moved: Bool
    (moved, movedBy) = Self.movingVerb(in: prefix)
    feels = (read.has(.feeling) && !read.feelings.isEmpty) || moved
    tellsStory = read.has(.example) || AnswerFollowUp.tellsAnEvent(prefix)
  }

  /// Whether an answer says something moved them, a verb of feeling with them as its object
  /// ("it upset me more than i let on", "the whole thing scares us"), and that verb as typed
  /// when it reads after "it".
  static func movingVerb(in text: String) -> (Bool, String?) {
    let words = Shorthand.expanded(Tokenizer.tokenize(text)).filter(\.isWord).map(\.lowercased)
    for index in words.indices.dropLast() where ["me", "us"].contains(words[index + 1]) {
      let readings = Lexicon.verbReadings(of: words[index]).filter {
        movingVerbs.contains($0.base)
      }
      guard !readings.isEmpty else { continue }
      let readsAfterIt = readings.contains { [.past, .thirdSingular].contains($0.form) }
      return (true, readsAfterIt ? words[index] : nil)
    }
    return (false, nil)
  }

  /// Verbs by which something moves a person, in their base form: those of the answer
  /// reader's feeling verbs ("it scares me"), in every form ("the ads annoy me").
  static let movingVerbs = Set(
    AnswerCues.feelingVerbs.keys.flatMap { Lexicon.verbReadings(of: $0).map(\.base) })

  /// How the moment is asked about, in the verb they used.
  var feelingQuestion: String? {
    movedBy.map { "What about it \($0) you most?" }
  }

  /// How many characters of an answer are read for what it gave.
  static let readLimit = 400

  /// Whether an answer says on what condition they would see it otherwise: a condition, then
  /// themselves with a modal ("if the state schools had the money i would not care", "if they
  /// showed me the figures id think again").
  static func namesItsCondition(_ text: String) -> Bool {
    let tokens = Tokenizer.tokenize(text)
    let words = Shorthand.expanded(tokens).filter(\.isWord).map(\.lowercased)
    guard let condition = words.firstIndex(where: AnswerFollowUp.conditionWords.contains)
    else { return false }
    let rest = words[(condition + 1)...]
    // "id see it differently": "id" after a condition is "I'd", whatever follows it.
    let typed = tokens.map(\.lowercased).drop { !AnswerFollowUp.conditionWords.contains($0) }
    return typed.contains("id")
      || zip(rest, rest.dropFirst()).contains { subject, modal in
        ["i", "we"].contains(subject) && conditionalModals.contains(modal)
      }
  }

  /// The modals of what they would do on a condition.
  static let conditionalModals: Set<String> = ["would", "'d", "might", "could", "'ll", "will"]

  /// Whether the answer gave a point for the other side: a concession, a wavering, or a point
  /// against the claim.
  var givesOtherSide: Bool { concedes || !counterPoints.isEmpty }

  /// The purposes a question may not ask in the next move: the other side after they gave it
  /// or after a feeling; what would change their mind after they said it.
  var barredPurposes: Set<QuestionIntent> {
    var barred: Set<QuestionIntent> = []
    if givesOtherSide || feels { barred.formUnion([.opposite, .changeMind, .otherSide]) }
    if changesMind { barred.insert(.changeMind) }
    return barred
  }

  /// The kinds of the plan's generic and pack questions that walk away from what was given:
  /// the inversion and another's viewpoint after a point for the other side; those and an
  /// abstract assumption after a feeling.
  var barredKinds: Set<QuestionKind> {
    var barred: Set<QuestionKind> = []
    if givesOtherSide { barred.formUnion([.inversion, .viewpoints]) }
    if feels { barred.formUnion([.inversion, .viewpoints, .assumptions]) }
    return barred
  }

  /// Whether a question of the plan or the arc asks for what was given, or walks away from it.
  func bars(_ text: String, in plan: QuestionPlan) -> Bool {
    let purposes = QuestionIntent.purposes(of: text)
    return !purposes.isDisjoint(with: barredPurposes) || plan.holds(text, ofKinds: barredKinds)
      || (tellsStory && Self.asksForAStory(text))
  }

  /// Whether a question asks for an example or a story: "What is an example that shows what you
  /// mean?" right after one was told asks for what they just said.
  static func asksForAStory(_ text: String) -> Bool {
    storyAsks.matches(Tokenizer.tokenize(text).filter(\.isWord))
      || QuestionIntent.purposes(of: text).contains(.origin)
  }

  /// The phrases that ask for an example or a story.
  static let storyAsks = PartnerCueMatcher([
    "(an|one|a|another) example", "tell me about a time", "a time (when|that|you)",
    "for instance", "(a|one) case (when|where|that)",
  ])

  /// Questions that take up a point they gave against the claim: how it and their view go
  /// together, with both named (`{point}` in their words, `{claim}` their belief). With either
  /// unnamed ("How does that sit with the rest of your view?") it met "it IS my view".
  static let takeUpWordings = [
    "You said {point}, and you also think {claim}. How do those two fit together for you?",
    "You said {point}, yet you think {claim}. How do you hold the two together?",
    "You said {point}, and still you think {claim}. How do those sit side by side for you?",
  ]

  /// The first question not asked yet that takes up the point they gave against the claim,
  /// nil when the point does not read as a clause to quote or the claim is not given.
  /// - Parameters:
  ///   - claim: their belief, when it is short enough to name in a question.
  ///   - order: puts the wordings in the order offered (the arc varies it by belief).
  func takeUpQuestion(
    claim: String?, order: ([String]) -> [String] = { $0 }, isAsked: (String) -> Bool
  ) -> PlannedQuestion? {
    guard let point = counterPoints.last, let claim,
      let quoted = QuestionSlot.quotedClause(point)
    else { return nil }
    for wording in order(Self.takeUpWordings) {
      let text = wording.replacing("{point}", with: quoted).replacing("{claim}", with: claim)
      if !isAsked(text) {
        return PlannedQuestion(Question(kind: .meta, text: text), source: .followUp)
      }
    }
    return nil
  }
}
