/// A line of a session log that was skipped while reading, and why.
public struct SessionLogWarning: Sendable, Equatable, CustomStringConvertible {
  /// Why a line was skipped.
  public enum Problem: Sendable, Equatable {
    /// The last line has no line break and is not a whole event: a crash cut it off.
    case tornLastLine
    /// The line is not valid JSON.
    case notJSON
    /// The line is JSON but not an event this version understands: a key is missing or of the
    /// wrong type.
    case invalidEvent(type: String?, detail: String)
    /// The line's `type` is unknown to this version, probably written by a newer one.
    case unknownType(String)
    /// The header names a newer format version: only what this version understands is read.
    case newerFormat(Int)
    /// A number on the line is outside what a session can write.
    case outOfRange(type: String, OutOfRange)
  }

  /// A number outside its range: which key, its value, and the range it must be in.
  public struct OutOfRange: Sendable, Equatable {
    public var key: String
    public var value: Int
    public var range: ClosedRange<Int>
  }

  /// The log's path.
  public var path: String
  /// The line, counting from 1.
  public var line: Int
  public var problem: Problem

  public init(path: String, line: Int, problem: Problem) {
    self.path = path
    self.line = line
    self.problem = problem
  }

  public var description: String {
    let place = "\(path) line \(line)"
    switch problem {
    case .tornLastLine:
      return "\(place) was cut off (socratic stopped while writing it); skipped."
    case .notJSON:
      return "\(place) is not valid JSON; skipped."
    case .invalidEvent(let type, let detail):
      let what = type.map { "an event of type \"\($0)\"" } ?? "an event"
      return "\(place) is \(what) that this version cannot read (\(detail)); skipped."
    case .unknownType(let type):
      return "\(place) has an event type this version does not know (\"\(type)\"), "
        + "probably written by a newer socratic; skipped."
    case .outOfRange(let type, let number):
      return "\(place) is an event of type \"\(type)\" with \"\(number.key)\": \(number.value), "
        + "outside \(number.range.lowerBound)–\(number.range.upperBound); skipped."
    case .newerFormat(let version):
      return "\(path) is in log format \(version), newer than this version's "
        + "\(SessionHeader.currentFormatVersion); showing what this version understands."
    }
  }
}

/// A log as far as it could be read.
public struct SessionLogContents: Sendable, Equatable {
  /// The header and every event that could be read, in order.
  public var transcript: SessionTranscript
  /// What was skipped, in line order.
  public var warnings: [SessionLogWarning]
  /// The number of lines in the file, a cut-off last line included.
  public var lineCount: Int
  /// The bytes after the last line break, when the file does not end with one; nil when it
  /// does.
  public var unterminatedTail: [UInt8]?
  /// Whether that unterminated last line is cut off (not a whole event).
  public var isLastLineTorn: Bool
}

/// Reads session logs as far as they are readable.
///
/// Nothing short of a file that is not a session log at all stops it: a cut-off last line,
/// garbage lines, events of unknown types and a newer format version are each skipped with a
/// warning naming the line. The file is never changed.
public enum SessionLogReader {
  /// Reads the log at a path.
  /// - Throws: `TranscriptError.cannotReadLog` when the file cannot be read,
  ///   `.notASessionLog` when its first line is not a session header.
  public static func read(path: String) throws(TranscriptError) -> SessionLogContents {
    let bytes: [UInt8]
    do {
      bytes = try FileCalls.readFile(path)
    } catch {
      throw .cannotReadLog(path: path, reason: error.reason)
    }
    return try parse(bytes, path: path)
  }

  /// Reads only a log's header, from its first line.
  /// - Throws: as `read(path:)`.
  public static func readHeader(path: String) throws(TranscriptError) -> SessionHeader {
    let line: [UInt8]
    do {
      line = try FileCalls.readFirstLine(path)
    } catch {
      throw .cannotReadLog(path: path, reason: error.reason)
    }
    guard !line.isEmpty else { throw .notASessionLog(path: path, detail: "the file is empty") }
    return try header(in: line[...], path: path)
  }

  /// The header on a log's first line.
  private static func header(in line: ArraySlice<UInt8>, path: String) throws(TranscriptError)
    -> SessionHeader
  {
    let value = try? LogLineParser.parse(line)
    do {
      guard let value else { throw LogLineParser.Failure() }
      return try SessionHeader(from: JSONValueDecoder(value))
    } catch {
      // A header of our format that this version cannot read is damaged, unless it names a
      // newer format version: only then may a newer socratic have written it.
      if case .string(SessionHeader.formatName) = value?["format"] {
        if case .integer(let version) = value?["format_version"],
          version > SessionHeader.currentFormatVersion
        {
          throw .notASessionLog(
            path: path,
            detail: "its header cannot be read by this version (\(Self.detail(of: error))); "
              + "a newer socratic may have written it")
        }
        throw .notASessionLog(
          path: path, detail: "its header is damaged (\(Self.detail(of: error)))")
      }
      throw .notASessionLog(path: path, detail: "its first line is not a session header")
    }
  }

  /// Reads a log's bytes; `path` is used in warnings and errors.
  public static func parse(_ bytes: [UInt8], path: String) throws(TranscriptError)
    -> SessionLogContents
  {
    var lines = LineSplitter(bytes)
    guard let first = lines.next() else {
      throw .notASessionLog(path: path, detail: "the file is empty")
    }
    let header = try header(in: first.bytes, path: path)
    var warnings: [SessionLogWarning] = []
    if header.formatVersion > SessionHeader.currentFormatVersion {
      warnings.append(.init(path: path, line: 1, problem: .newerFormat(header.formatVersion)))
    }
    var events: [SessionEvent] = []
    var lineCount = 1
    var isLastLineTorn = false
    while let line = lines.next() {
      lineCount = line.number
      if line.bytes.allSatisfy(Self.isJSONWhitespace) { continue }
      switch Self.event(in: line.bytes) {
      case .event(let event):
        events.append(event)
      case .skipped(let problem):
        isLastLineTorn = !line.isTerminated
        warnings.append(
          .init(path: path, line: line.number, problem: line.isTerminated ? problem : .tornLastLine)
        )
      }
    }
    let tail: [UInt8]?
    if let lastBreak = bytes.lastIndex(of: UInt8(ascii: "\n")) {
      tail = lastBreak == bytes.count - 1 ? nil : Array(bytes[(lastBreak + 1)...])
    } else {
      tail = bytes
    }
    return SessionLogContents(
      transcript: SessionTranscript(header: header, events: events),
      warnings: warnings,
      lineCount: lineCount,
      unterminatedTail: tail,
      isLastLineTorn: isLastLineTorn
    )
  }

  /// The event on a line, or why there is none.
  private static func event(in line: ArraySlice<UInt8>) -> LineOutcome {
    guard let value = try? LogLineParser.parse(line) else { return .skipped(.notJSON) }
    guard case .object = value else {
      return .skipped(.invalidEvent(type: nil, detail: "it is not a JSON object"))
    }
    do {
      let event = try SessionEvent(from: JSONValueDecoder(value))
      if let number = LoggedNumberRanges.outOfRange(in: event.payload) {
        return .skipped(.outOfRange(type: event.payload.type, number))
      }
      return .event(event)
    } catch let unknown as UnknownEventType {
      return .skipped(.unknownType(unknown.type))
    } catch {
      var type: String?
      if case .string(let name) = value["type"] { type = name }
      return .skipped(.invalidEvent(type: type, detail: Self.detail(of: error)))
    }
  }

  private static func detail(of error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ codingPath: [any CodingKey], _ key: (any CodingKey)? = nil) -> String {
      ((codingPath + [key].compactMap { $0 }).map(\.stringValue)).joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "\"\(path(context.codingPath, key))\" is missing"
    case .valueNotFound(_, let context), .typeMismatch(_, let context):
      return "\"\(path(context.codingPath))\" has a value of the wrong type"
    case .dataCorrupted(let context):
      let key = path(context.codingPath)
      return key.isEmpty ? context.debugDescription : "\"\(key)\": \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }

  private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }
}

/// What a line held.
private enum LineOutcome {
  case event(SessionEvent)
  case skipped(SessionLogWarning.Problem)
}

/// The lines of a file's bytes, numbered from 1, each saying whether a line break ended it.
private struct LineSplitter {
  struct Line {
    var number: Int
    var bytes: ArraySlice<UInt8>
    var isTerminated: Bool
  }

  private let bytes: [UInt8]
  private var start = 0
  private var number = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  mutating func next() -> Line? {
    guard start < bytes.count else { return nil }
    number += 1
    if let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
      defer { start = end + 1 }
      return Line(number: number, bytes: bytes[start..<end], isTerminated: true)
    }
    defer { start = bytes.count }
    return Line(number: number, bytes: bytes[start...], isTerminated: false)
  }
}
