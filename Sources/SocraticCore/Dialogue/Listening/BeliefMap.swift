/// What a person said about a belief, kept as the conversation goes: the map the dialogue
/// follows and shows back at the end.
///
/// Texts are kept as the person typed them (shortened); `ReflectionWriter` turns them to the
/// second person when they are given back. Encoded with the keys of the JSON export's `map`
/// (DESIGN.md).
public struct BeliefMap: Codable, Sendable, Equatable {
  /// A reason the person gave, with what they offered for it.
  public struct Reason: Codable, Sendable, Equatable {
    /// The reason in their words, without its connective.
    public var text: String
    /// What they said when asked how they know it.
    public var evidence: [String] = []
    /// Examples or experiences they told for it.
    public var examples: [String] = []
    /// Who or what they cited for it.
    public var sources: [String] = []

    public init(text: String) {
      self.text = text
    }
  }

  /// Someone else's view the person told of ("my manager says productivity is up"), and where
  /// they stand on it: a source they trust, one they reject, or one only reported.
  public struct View: Codable, Sendable, Equatable {
    /// Whether the person sides with the view or turns against it.
    public enum Stance: String, Codable, Sendable {
      case agrees, disagrees
    }

    /// Whose view it is, as they named them: "my manager".
    public var who: String
    /// The view as they told it, speaker and all: "my manager says productivity is up".
    public var said: String
    /// Where they stand on it, when they said.
    public var stance: Stance?
    /// What they said to it, in their words: "I don't buy it", "he's not wrong".
    public var reply: String?

    public init(who: String, said: String, stance: Stance? = nil, reply: String? = nil) {
      self.who = who
      self.said = said
      self.stance = stance
      self.reply = reply
    }
  }

  /// Something noted about the belief: an assumption or a blockage.
  public struct Note: Codable, Sendable, Equatable {
    /// The note.
    public var text: String
    /// What the note is about (an assumption, a blockage, a plan), when known.
    public var category: SessionEvent.NoteCategory?

    public init(text: String, category: SessionEvent.NoteCategory? = nil) {
      self.text = text
      self.category = category
    }
  }

  /// The claim, as the engine read it.
  public var claim: String?
  /// The confidence first given, 0–100.
  public var confidenceBefore: Int?
  /// The latest confidence given (an update or the closing rating), 0–100.
  public var confidence: Int?
  /// The reasons, in the order given.
  public var reasons: [Reason] = []
  /// The index of the reason they said carries the most weight, when they said.
  public var strongest: Int?
  /// Examples and experiences told for no reason in particular.
  public var examples: [String] = []
  /// Every source cited.
  public var sources: [String] = []
  /// The views of others they told of, and where they stand on each.
  public var views: [View] = []
  /// Where they conceded or wavered.
  public var doubts: [String] = []
  /// What would change their mind.
  public var wouldChangeMind: [String] = []
  /// The feelings they named.
  public var feelings: [String] = []
  /// Assumptions and blockages noted, by them (`/note`) or in their own words.
  public var notes: [Note] = []
  /// Where they ended up, in their words: a view refined, a realisation, what moved them.
  public var shifts: [String] = []
  /// The reasons they withdrew ("more me being scared than a reason"), no longer among
  /// `reasons`.
  public var withdrawn: [String] = []
  /// What they told of themselves that is no reason for the belief ("i waited tables for 6
  /// years").
  public var background: [String] = []
  /// The details they pushed away ("forget the posters", "the dog was just an example"), as the
  /// words that name each: never questioned or built on again (`namesSetAside`). Read off the
  /// answers again on resuming, so never encoded.
  public var setAside: [String] = []

  public init(claim: String? = nil) {
    self.claim = claim
  }

  private enum CodingKeys: String, CodingKey {
    case claim, reasons, strongest, examples, sources, views, doubts, feelings, notes, confidence
    case shifts, withdrawn, background
    case confidenceBefore = "confidence_before"
    case wouldChangeMind = "would_change_mind"
  }

  /// Keys written for what is read off the map, never read back: `landing`, where they got to
  /// as "What you said" shows it.
  private enum ShownKeys: String, CodingKey {
    case landing
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(claim, forKey: .claim)
    try container.encodeIfPresent(confidenceBefore, forKey: .confidenceBefore)
    try container.encodeIfPresent(confidence, forKey: .confidence)
    try container.encode(reasons, forKey: .reasons)
    try container.encodeIfPresent(strongest, forKey: .strongest)
    try container.encode(examples, forKey: .examples)
    try container.encode(sources, forKey: .sources)
    try container.encode(views, forKey: .views)
    try container.encode(doubts, forKey: .doubts)
    try container.encode(wouldChangeMind, forKey: .wouldChangeMind)
    try container.encode(feelings, forKey: .feelings)
    try container.encode(notes, forKey: .notes)
    try container.encode(shifts, forKey: .shifts)
    try container.encode(withdrawn, forKey: .withdrawn)
    try container.encode(background, forKey: .background)
    var shown = encoder.container(keyedBy: ShownKeys.self)
    try shown.encodeIfPresent(landing, forKey: .landing)
  }

  /// Whether nothing was said yet beyond the claim and confidence.
  public var isEmpty: Bool {
    reasons.isEmpty && examples.isEmpty && sources.isEmpty && views.isEmpty && doubts.isEmpty
      && wouldChangeMind.isEmpty && feelings.isEmpty && notes.isEmpty && shifts.isEmpty
      && withdrawn.isEmpty && background.isEmpty
  }

  /// Adds what an answer said.
  /// - Parameters:
  ///   - answer: the answer, read.
  ///   - probedReason: the index of the reason the question asked about, when it did: what the
  ///     answer offers goes to that reason as evidence.
  ///   - text: the answer as typed, when known: a source is kept only when they say they
  ///     learned from it.
  public mutating func record(
    _ answer: ReadAnswer, probedReason: Int? = nil, saying text: String? = nil
  ) {
    record(answer, probedReason: probedReason, saying: text, presumed: .unread)
  }

  /// Adds what an answer said, each part filed by what it does to the claim, starting from
  /// what the question asked for (`AnswerStances`).
  /// - Returns: where the answer ended (`AnswerStances.lastSide`), for the next to turn from.
  @discardableResult
  mutating func record(
    _ answer: ReadAnswer, probedReason: Int?, saying text: String?, presumed: ClauseStance,
    before: ClauseStance = .unread
  ) -> ClauseStance {
    guard answer.isAnswer, !answer.has(.repeat) || answer.moves.count > 1 else { return before }
    // The answer reader reads the first 1,000 characters; the map reads no more of the words.
    let text = text.map { TypedTextLimit.prefix(of: $0, characters: 1_000) }
    var answer = Self.withoutQuestions(filed(answer, saying: text), saying: text)
    if let blockage = answer.blockage, Self.isFrameOnly(blockage) { answer.blockage = nil }
    var side = ClauseStance.unread
    if let text {
      let stances = AnswerStances(
        answer: text, claim: claim, presumed: presumed, before: before)
      answer = Self.filedByStance(answer, stances: stances)
      side = stances.lastSide
    }
    // "the teachers thing is minor": a reason set aside (`recordShift`) is none given.
    // "the parking point doesn't hold", asked for the other side: no point granted either.
    answer.reasons.removeAll { Self.withdraws(Self.plainWords($0)) }
    answer.examples.removeAll { Self.withdraws(Self.plainWords($0)) }
    answer.doubts.removeAll { Self.withdraws(Self.plainWords($0)) }
    answer.wouldChangeMind.removeAll { Self.withdraws(Self.plainWords($0)) }
    answer.reasons.removeAll(where: Self.isAside)
    // "that's him not me": a view handed back to its owner is neither reason nor doubt;
    // "i couldn't tell you" backs nothing.
    // "the parking thing was my sister's reason, not mine": the part of a sentence that hands
    // a point back is no reason either; "the oven is ancient, …" beside it is still theirs.
    let handingBack = text.map(Self.partsHandingBack) ?? []
    answer.reasons = answer.reasons.compactMap { Self.ownPart(of: $0, handingBack: handingBack) }
    answer.reasons.removeAll { reason in
      Self.handsToAnother(Self.plainWords(reason)) || Self.isDontKnow(reason)
    }
    answer.examples.removeAll(where: Self.isDontKnow)
    answer.doubts = answer.doubts.compactMap { Self.ownPart(of: $0, handingBack: handingBack) }
    answer.doubts.removeAll { Self.handsToAnother(Self.plainWords($0)) }
    answer.examples.removeAll(where: Self.isAside)
    answer.doubts.removeAll(where: Self.isAside)
    // "maybe i was wrong, …": a change of mind, kept with the view it moved to, no point granted.
    answer.doubts.removeAll(where: Self.declaresChange(in:))
    // "hurt is maybe the wrong word": the word for a feeling, nothing said of the claim.
    answer.reasons.removeAll(where: Self.setsAsideFeelingLabel)
    answer.examples.removeAll(where: Self.setsAsideFeelingLabel)
    answer.doubts.removeAll(where: Self.setsAsideFeelingLabel)
    // What backs a concession backs the other side: it is never filed under their reason.
    // "but the scandals …": a turn back to their side is a reason of its own.
    // The reasons in lowercase, once for all the texts compared with them.
    var reasonKeys = reasons.map { LowercasedText($0.text) }
    var target =
      answer.has(.concession) || answer.turnsBack
      ? nil : probedReason.flatMap { reasons.indices.contains($0) ? $0 : nil }
    if let target {
      for text in answer.reasons where !Self.isKnown(text, among: reasonKeys) {
        Self.appendOnce(text, to: &reasons[target].evidence)
      }
    } else {
      for text in answer.reasons where !Self.isKnown(text, among: reasonKeys) {
        reasons.append(Reason(text: text))
        reasonKeys.append(LowercasedText(text))
        target = reasons.count - 1
      }
    }
    for text in answer.examples
    where !Self.tellsReason(text, among: reasonKeys) && !answer.has(.concession) {
      if let target {
        Self.appendOnce(text, to: &reasons[target].examples)
      } else {
        Self.appendOnce(text, to: &examples)
      }
    }
    // "my dad thinks it's a ponzi": his view, maybe the other side's, is no source they lean
    // on; only what they read, heard or learned from is filed as one.
    // "a documentary on the BBC": the outlet they name stands for the line that names it.
    let outlets = text.map(Self.namedOutlets) ?? []
    let cited =
      answer.sources.filter { source in
        !answer.speakers.contains(source)
          && !outlets.contains { LowercasedText(source).contains(LowercasedText($0)) }
      } + outlets
    for text in cited {
      if let target { Self.appendOnce(text, to: &reasons[target].sources) }
      Self.appendOnce(text, to: &sources)
    }
    for view in answer.views where !views.contains(where: { $0.said == view.said }) {
      views.append(view)
    }
    for text in answer.doubts { Self.appendOnce(text, to: &doubts) }
    for text in answer.wouldChangeMind { Self.appendOnce(text, to: &wouldChangeMind) }
    if let text { dropRelabelledFeeling(in: text) }
    for text in answer.feelings { Self.appendOnce(text, to: &feelings) }
    if let text { dropCorrectedFeelings(in: text) }
    if let blockage = answer.blockage, !notes.contains(where: { $0.text == blockage }) {
      notes.append(Note(text: blockage, category: .blockage))
    }
    if let plan = answer.plan, !notes.contains(where: { $0.text == plan }) {
      notes.append(Note(text: plan, category: .plan))
    }
    if let text { settingAmountsRight(by: text) }
    // An answer that gave a reason ended on their side, whatever the question asked.
    return side == .unread && !answer.reasons.isEmpty ? .supports : side
  }

  /// The reasons, the one they said weighs most first.
  public var reasonsByWeight: [Reason] {
    guard let strongest, reasons.indices.contains(strongest) else { return reasons }
    var ordered = reasons
    ordered.insert(ordered.remove(at: strongest), at: 0)
    return ordered
  }

  /// The reason an answer names ("the evacuation, the town got evacuated"): the one whose
  /// words, with what backed it, share most of the answer's words that carry meaning.
  func reasonNamed(in answer: String) -> Int? {
    let words = QuestionWording.contentWords(of: answer).subtracting(AnswerCues.repeatWords)
    var best: (index: Int, shared: Int)?
    for (index, reason) in reasons.enumerated() {
      let told = ([reason.text] + reason.examples + reason.evidence).joined(separator: " ")
      let shared = words.intersection(QuestionWording.contentWords(of: told)).count
      if shared > (best?.shared ?? 0) { best = (index, shared) }
    }
    return best?.index
  }

  /// Whether a reason with these words is on the map already.
  public func isKnownReason(_ text: String) -> Bool {
    Self.isKnown(text, among: reasons.map { LowercasedText($0.text) })
  }

  private static func isKnown(_ text: String, among reasons: [LowercasedText]) -> Bool {
    let key = text.lowercased()
    return reasons.contains { $0.key == key }
  }

  /// Whether a story tells what a reason on the map says: "because my cousin lost money" is
  /// the reason "my cousin lost money", told once on the map, not again as its example.
  private static func tellsReason(_ text: String, among reasons: [LowercasedText]) -> Bool {
    let story = LowercasedText(text)
    return reasons.contains { story.contains($0) }
  }

  /// Adds a text unless the list holds it already, in any case or spelling of its words
  /// ("I'm NOT sure" is "im not sure").
  private static func appendOnce(_ text: String, to list: inout [String]) {
    guard !text.isEmpty else { return }
    let key = plainWords(text)
    guard !list.contains(where: { plainWords($0) == key }) else { return }
    list.append(text)
  }
}
