import Foundation

/// Confidence shifts across sessions: what `socratic stats` reports.
///
/// Every session is counted. Shifts are averaged over the beliefs explored with both a
/// confidence before and after (a person's confidence in their own belief), each thread of a
/// session (`/belief`) on its own; explore sessions without any are counted but not averaged,
/// and partner and drill sessions, which do not rate the person's own belief, are counted only.
public struct SessionStats: Sendable, Equatable {
  /// One rated belief: an explore session's thread rated before and after.
  public struct Point: Sendable, Equatable {
    public var id: String
    public var started: Date
    public var topic: String?
    /// The thread of the session: 1, then 2, 3… for each `/belief`.
    public var thread: Int
    public var before: Int
    public var after: Int
    public var shift: Int { after - before }
  }

  /// The explore sessions of one topic.
  public struct TopicShift: Sendable, Equatable {
    /// The topic's id, or nil for sessions on the person's own belief.
    public var topic: String?
    /// Explore sessions on the topic.
    public var sessions: Int
    /// Those with a belief rated before and after.
    public var rated: Int
    /// Their average shift, nil when none is rated.
    public var averageShift: Double?

    public init(topic: String?, sessions: Int, rated: Int, averageShift: Double?) {
      self.topic = topic
      self.sessions = sessions
      self.rated = rated
      self.averageShift = averageShift
    }
  }

  /// All sessions.
  public var sessionCount: Int
  /// Sessions of each mode, every mode present.
  public var countByMode: [SessionMode: Int]
  /// Rated beliefs, oldest session first, then by thread.
  public var points: [Point]
  /// Explore sessions per topic, topics in alphabetical order, own beliefs last.
  public var topics: [TopicShift]
  /// How the person listened in every partner and drill session together.
  public var listening: ListeningScorecard
  /// The persona's confidence at the start and the end of each drill that ended, oldest
  /// first: how far the person's questions moved it.
  public var personaShifts: [PersonaShift]

  /// A drill's persona's confidence at its start and its end.
  public struct PersonaShift: Sendable, Equatable {
    public var before: Int
    public var after: Int

    public init(before: Int, after: Int) {
      self.before = before
      self.after = after
    }
  }

  /// The persona's average confidence at the start and end of drills, nil with none ended.
  public var averagePersonaShift: (before: Double, after: Double)? {
    guard let before = Self.average(personaShifts.map(\.before)),
      let after = Self.average(personaShifts.map(\.after))
    else { return nil }
    return (before, after)
  }

  /// Explore sessions with a belief rated before and after.
  public var ratedExploreCount: Int { Set(points.map(\.id)).count }

  /// Explore sessions without a belief rated before and after.
  public var unratedExploreCount: Int { (countByMode[.explore] ?? 0) - ratedExploreCount }

  /// The average shift of the rated sessions, nil when there are none.
  public var averageShift: Double? { Self.average(points.map(\.shift)) }

  public init(_ summaries: [SessionSummary]) {
    sessionCount = summaries.count
    countByMode = Dictionary(uniqueKeysWithValues: SessionMode.allCases.map { ($0, 0) })
    var explore: [SessionSummary] = []
    for summary in summaries {
      countByMode[summary.mode, default: 0] += 1
      if summary.mode == .explore { explore.append(summary) }
    }
    explore.sort { ($0.started, $0.id) < ($1.started, $1.id) }
    points = explore.flatMap { summary in
      summary.ratedThreads.compactMap { thread in
        guard let before = thread.confidenceBefore, let after = thread.confidenceAtEnd else {
          return nil
        }
        return Point(
          id: summary.id, started: summary.started, topic: summary.topic,
          thread: thread.number, before: before, after: after)
      }
    }
    let oldestFirst = summaries.sorted { ($0.started, $0.id) < ($1.started, $1.id) }
    listening = ListeningScorecard(oldestFirst)
    personaShifts = oldestFirst.filter { $0.mode == .drill }
      .compactMap { summary in
        guard let before = summary.confidenceBefore, let after = summary.confidenceAfter else {
          return nil
        }
        return PersonaShift(before: before, after: after)
      }
    let byTopic = Dictionary(grouping: points, by: \.topic)
    let sessionsByTopic = Dictionary(grouping: explore, by: \.topic)
    topics = sessionsByTopic.keys.sorted { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }.map {
      topic in
      let rated = byTopic[topic, default: []]
      return TopicShift(
        topic: topic, sessions: sessionsByTopic[topic, default: []].count,
        rated: Set(rated.map(\.id)).count, averageShift: Self.average(rated.map(\.shift)))
    }
  }

  private static func average(_ values: [Int]) -> Double? {
    values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
  }

  /// The stats as one JSON object, for scripts.
  ///
  /// Keys: `sessions`, `by_mode` (`explore`, `partner`, `drill`), `rated_sessions`,
  /// `unrated_sessions` (explore sessions without a belief rated before and after),
  /// `average_shift` (or null), `topics` (each `topic` (null for own beliefs), `sessions`,
  /// `rated_sessions`, `average_shift`), `points` (rated beliefs, oldest first: `id`,
  /// `started`, `topic`, `thread`, `before`, `after`, `shift`), `listening` (partner and drill
  /// lines together: `lines`, `questions`, `open_questions`, `open_share`, `reflections`,
  /// `reflections_per_question`, `complex_reflections`, `complex_share`, `follow_up_chances`,
  /// `follow_ups`, `follow_up_share` (shares as whole percentages, null with nothing to share),
  /// `kinds`, `leading` (each `session`, `number`, `text`, `suggestion`), `targets`
  /// (`open_share`, `reflections_per_question_fair`, `reflections_per_question_good`,
  /// `complex_share`)), `drills` (`ended`, `average_persona_before`,
  /// `average_persona_after`).
  public func json() -> String {
    // Every value is a string, a number or null: encoding cannot fail.
    let text = try! JSONText.encode(StatsDocument(stats: self), pretty: true)
    return String(decoding: text, as: UTF8.self) + "\n"
  }
}

private struct StatsDocument: Encodable {
  var stats: SessionStats

  enum Key: String, CodingKey {
    case sessions, topics, points, topic, id, started, thread, before, after, shift
    case listening, drills, lines, questions, reflections, kinds, leading, targets, session
    case number, text, suggestion, ended
    case openQuestions = "open_questions"
    case openShare = "open_share"
    case reflectionsPerQuestion = "reflections_per_question"
    case complexReflections = "complex_reflections"
    case complexShare = "complex_share"
    case followUpChances = "follow_up_chances"
    case followUps = "follow_ups"
    case followUpShare = "follow_up_share"
    case reflectionsPerQuestionFair = "reflections_per_question_fair"
    case reflectionsPerQuestionGood = "reflections_per_question_good"
    case averagePersonaBefore = "average_persona_before"
    case averagePersonaAfter = "average_persona_after"
    case byMode = "by_mode"
    case ratedSessions = "rated_sessions"
    case unratedSessions = "unrated_sessions"
    case averageShift = "average_shift"
  }

  struct ModeKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(stats.sessionCount, forKey: .sessions)
    var modes = container.nestedContainer(keyedBy: ModeKey.self, forKey: .byMode)
    for mode in SessionMode.allCases {
      try modes.encode(stats.countByMode[mode] ?? 0, forKey: ModeKey(stringValue: mode.rawValue))
    }
    try container.encode(stats.ratedExploreCount, forKey: .ratedSessions)
    try container.encode(stats.unratedExploreCount, forKey: .unratedSessions)
    try container.encode(stats.averageShift, forKey: .averageShift)
    var topics = container.nestedUnkeyedContainer(forKey: .topics)
    for topic in stats.topics {
      var entry = topics.nestedContainer(keyedBy: Key.self)
      try entry.encode(topic.topic, forKey: .topic)
      try entry.encode(topic.sessions, forKey: .sessions)
      try entry.encode(topic.rated, forKey: .ratedSessions)
      try entry.encode(topic.averageShift, forKey: .averageShift)
    }
    var points = container.nestedUnkeyedContainer(forKey: .points)
    for point in stats.points {
      var entry = points.nestedContainer(keyedBy: Key.self)
      try entry.encode(point.id, forKey: .id)
      try entry.encode(Timestamp.string(from: point.started), forKey: .started)
      try entry.encode(point.topic, forKey: .topic)
      try entry.encode(point.thread, forKey: .thread)
      try entry.encode(point.before, forKey: .before)
      try entry.encode(point.after, forKey: .after)
      try entry.encode(point.shift, forKey: .shift)
    }
    try encodeListening(into: &container)
    var drills = container.nestedContainer(keyedBy: Key.self, forKey: .drills)
    try drills.encode(stats.personaShifts.count, forKey: .ended)
    try drills.encode(stats.averagePersonaShift?.before, forKey: .averagePersonaBefore)
    try drills.encode(stats.averagePersonaShift?.after, forKey: .averagePersonaAfter)
  }

  private func encodeListening(into container: inout KeyedEncodingContainer<Key>) throws {
    let card = stats.listening
    var listening = container.nestedContainer(keyedBy: Key.self, forKey: .listening)
    try listening.encode(card.lineCount, forKey: .lines)
    try listening.encode(card.questionCount, forKey: .questions)
    try listening.encode(card.openCount, forKey: .openQuestions)
    try listening.encode(card.openPercentage, forKey: .openShare)
    try listening.encode(card.reflectionCount, forKey: .reflections)
    try listening.encode(
      card.reflectionsPerQuestionTenths.map { Double($0) / 10 }, forKey: .reflectionsPerQuestion)
    try listening.encode(card.complexReflectionCount, forKey: .complexReflections)
    try listening.encode(card.complexPercentage, forKey: .complexShare)
    try listening.encode(card.followUpChances, forKey: .followUpChances)
    try listening.encode(card.followUpCount, forKey: .followUps)
    try listening.encode(card.followUpPercentage, forKey: .followUpShare)
    try listening.encode(card.kinds.map(\.rawValue), forKey: .kinds)
    var leading = listening.nestedUnkeyedContainer(forKey: .leading)
    for question in card.leading {
      var entry = leading.nestedContainer(keyedBy: Key.self)
      try entry.encode(question.session, forKey: .session)
      try entry.encode(question.number, forKey: .number)
      try entry.encode(question.text, forKey: .text)
      try entry.encode(question.suggestion, forKey: .suggestion)
    }
    var targets = listening.nestedContainer(keyedBy: Key.self, forKey: .targets)
    typealias Target = ListeningScorecard.Target
    try targets.encode(Target.openShare, forKey: .openShare)
    try targets.encode(Target.reflectionsPerQuestionFair, forKey: .reflectionsPerQuestionFair)
    try targets.encode(Target.reflectionsPerQuestionGood, forKey: .reflectionsPerQuestionGood)
    try targets.encode(Target.complexShare, forKey: .complexShare)
  }
}
