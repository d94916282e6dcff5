import Foundation

/// The first line of every session log: what format it is and which session.
///
/// Keys: `type` (`header`), `at` (when the session started), `format`
/// (`socratic-session`), `format_version`, `id`, `mode`, `socratic_version` (of the program
/// that started it), and `topic` when one was chosen before the session started.
public struct SessionHeader: Codable, Sendable, Equatable {
  /// The `format` that marks a file as a socratic session log.
  public static let formatName = "socratic-session"
  /// The format version this program writes. It changes only when old readers would
  /// misunderstand a log; new event types and keys do not change it, as readers skip what
  /// they do not know.
  public static let currentFormatVersion = 1

  /// The session's id, also the log's file name without `.jsonl`.
  public var id: String
  /// Which kind of session it is.
  public var mode: SessionMode
  /// When it started, to the millisecond.
  public var started: Date
  /// The version of socratic that started it.
  public var socraticVersion: String
  /// The topic chosen before the session started; a `topic` event may choose one later.
  public var topic: String?
  /// The format version the log was written in.
  public var formatVersion: Int

  public init(
    id: String, mode: SessionMode, started: Date, topic: String? = nil,
    socraticVersion: String = SocraticVersion.current,
    formatVersion: Int = SessionHeader.currentFormatVersion
  ) {
    self.id = id
    self.mode = mode
    self.started = Timestamp.truncated(started)
    self.topic = topic
    self.socraticVersion = socraticVersion
    self.formatVersion = formatVersion
  }

  private enum Key: String, CodingKey {
    case type, at, format, id, mode, topic
    case formatVersion = "format_version"
    case socraticVersion = "socratic_version"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    guard try container.decodeIfPresent(String.self, forKey: .format) == Self.formatName else {
      throw DecodingError.dataCorruptedError(
        forKey: .format, in: container, debugDescription: "not a socratic session header")
    }
    formatVersion = try container.decode(Int.self, forKey: .formatVersion)
    id = try container.decode(String.self, forKey: .id)
    mode = try container.decode(SessionMode.self, forKey: .mode)
    let startedText = try container.decode(String.self, forKey: .at)
    guard let started = Timestamp.date(from: startedText) else {
      throw DecodingError.dataCorruptedError(
        forKey: .at, in: container,
        debugDescription: "\"\(startedText)\" is not an ISO 8601 UTC time")
    }
    self.started = started
    socraticVersion = try container.decodeIfPresent(String.self, forKey: .socraticVersion) ?? ""
    topic = try container.decodeIfPresent(String.self, forKey: .topic)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode("header", forKey: .type)
    try container.encode(Timestamp.string(from: started), forKey: .at)
    try container.encode(Self.formatName, forKey: .format)
    try container.encode(formatVersion, forKey: .formatVersion)
    try container.encode(id, forKey: .id)
    try container.encode(mode, forKey: .mode)
    try container.encode(socraticVersion, forKey: .socraticVersion)
    try container.encodeIfPresent(topic, forKey: .topic)
  }
}

/// A whole session in memory: its header and its events in order. What exporters, the
/// summary and the stats work from, whether read from a log or held by a live session.
public struct SessionTranscript: Sendable, Equatable {
  public var header: SessionHeader
  public var events: [SessionEvent]

  public init(header: SessionHeader, events: [SessionEvent] = []) {
    self.header = header
    self.events = events
  }
}
