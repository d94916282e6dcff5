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
  /// `started`, `topic`, `thread`, `before`, `after`, `shift`).
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
  }
}
