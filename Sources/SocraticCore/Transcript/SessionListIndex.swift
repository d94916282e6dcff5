import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `socratic sessions list` shows of one session: the facts of its header and the figures
/// its events add up to, or why its log cannot be read.
public struct SessionListEntry: Sendable, Equatable {
  public var id: String
  /// When it started; nil when the log cannot be read.
  public var started: Date?
  public var mode: SessionMode?
  public var topic: String?
  /// The headline belief, as `SessionSummary.belief`.
  public var belief: String?
  /// Explore: how many beliefs the session explored before it (`/belief`).
  public var earlierBeliefCount: Int
  public var confidenceBefore: Int?
  public var confidenceAfter: Int?
  /// As `SessionSummary.questionCount`.
  public var questionCount: Int
  /// What of the log was skipped, summarised as `SessionLogWarning.summarized` does.
  public var warnings: [String]
  /// Why the log cannot be read at all; nil when it can.
  public var problem: String?

  init(id: String, questionCount: Int) {
    self.id = id
    self.questionCount = questionCount
    earlierBeliefCount = 0
    warnings = []
  }

  /// The entry of a log as read.
  init(id: String, contents: Result<SessionLogContents, TranscriptError>) {
    self.id = id
    switch contents {
    case .success(let contents):
      let summary = SessionSummary(contents.transcript, includingMaps: false)
      started = summary.started
      mode = summary.mode
      topic = summary.topic
      belief = summary.belief
      earlierBeliefCount = summary.earlierThreads.count
      confidenceBefore = summary.confidenceBefore
      confidenceAfter = summary.confidenceAfter
      questionCount = summary.questionCount
      warnings = SessionLogWarning.summarized(contents.warnings)
    case .failure(let error):
      earlierBeliefCount = 0
      questionCount = 0
      warnings = []
      problem = error.description
    }
  }
}

/// The entries `sessions list` showed last time, kept in `.list-index` in the sessions folder
/// so that listing 10,000 sessions reads their logs only when they changed.
///
/// The logs stay the only source of truth: an entry is used only while its log is the very
/// file it was made from (same device, inode, size, modification and change times); anything
/// else, or an index that cannot be read, means reading the log again. The index holds
/// beliefs, so it is written 0600 like the logs, and deleting a session takes its entry out.
/// socratic versions that know nothing of it ignore it: it does not end in `.jsonl`.
struct SessionListIndex: Codable {
  /// The identity of a log file when its entry was made.
  struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var modifiedNanoseconds: Int64
    var changed: Int64
    var changedNanoseconds: Int64
  }

  /// A log's entry and the identity of the file it was made from. Written as one flat JSON
  /// array, which decodes several times faster than an object with keys.
  struct Record: Codable {
    var file: FileIdentity
    var entry: SessionListEntry

    init(file: FileIdentity, entry: SessionListEntry) {
      self.file = file
      self.entry = entry
    }

    init(from decoder: any Decoder) throws {
      var fields = try decoder.unkeyedContainer()
      file = FileIdentity(
        device: UInt64(bitPattern: try fields.decode(Int64.self)),
        inode: UInt64(bitPattern: try fields.decode(Int64.self)),
        size: try fields.decode(Int64.self), modified: try fields.decode(Int64.self),
        modifiedNanoseconds: try fields.decode(Int64.self), changed: try fields.decode(Int64.self),
        changedNanoseconds: try fields.decode(Int64.self))
      entry = SessionListEntry(id: try fields.decode(String.self), questionCount: 0)
      entry.started =
        try fields.decodeNil() ? nil : Date(timeIntervalSince1970: try fields.decode(Double.self))
      entry.mode = try fields.decodeNil() ? nil : try fields.decode(SessionMode.self)
      entry.topic = try fields.decode(String?.self)
      entry.belief = try fields.decode(String?.self)
      entry.earlierBeliefCount = try fields.decode(Int.self)
      entry.confidenceBefore = try fields.decode(Int?.self)
      entry.confidenceAfter = try fields.decode(Int?.self)
      entry.questionCount = try fields.decode(Int.self)
      entry.warnings = try fields.decode([String].self)
    }

    func encode(to encoder: any Encoder) throws {
      var fields = encoder.unkeyedContainer()
      for number in [
        Int64(bitPattern: file.device), Int64(bitPattern: file.inode), file.size, file.modified,
        file.modifiedNanoseconds, file.changed, file.changedNanoseconds,
      ] {
        try fields.encode(number)
      }
      try fields.encode(entry.id)
      try fields.encode(entry.started?.timeIntervalSince1970)
      try fields.encode(entry.mode)
      try fields.encode(entry.topic)
      try fields.encode(entry.belief)
      try fields.encode(entry.earlierBeliefCount)
      try fields.encode(entry.confidenceBefore)
      try fields.encode(entry.confidenceAfter)
      try fields.encode(entry.questionCount)
      try fields.encode(entry.warnings)
    }
  }

  /// The index's file name in the sessions folder.
  static let fileName = ".list-index"
  /// Changes whenever an entry's meaning does: an index of another version is not used.
  static let currentVersion = 1
  /// The largest index read: 10,000 sessions take about 4 MiB.
  static let maximumSize = 64 * 1024 * 1024

  var version = currentVersion
  /// By session id.
  var records: [String: Record] = [:]

  private enum Key: String, CodingKey { case version, records }

  init() {}

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    version = try container.decode(Int.self, forKey: .version)
    guard version == Self.currentVersion else { return }
    for record in try container.decode([Record].self, forKey: .records) {
      records[record.entry.id] = record
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(version, forKey: .version)
    try container.encode(Array(records.values), forKey: .records)
  }

  /// The index in a folder, or an empty one when there is none that this version can use.
  static func load(in folder: String) -> SessionListIndex {
    guard
      let bytes = try? FileCalls.readFile(path(in: folder), limit: maximumSize),
      let index = try? JSONDecoder().decode(SessionListIndex.self, from: Data(bytes)),
      index.version == currentVersion
    else { return SessionListIndex() }
    return index
  }

  /// Replaces the index in a folder whole (a new file renamed over the old), mode 0600. Not
  /// being able to is not an error: the next list reads the logs again.
  func save(in folder: String) {
    guard let bytes = try? JSONEncoder().encode(self) else { return }
    var template = Array((folder + "/" + Self.fileName + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    let isWritten =
      fchmod(descriptor, 0o600) == 0
      && (try? FileCalls.writeAll(descriptor, Array(bytes))) != nil
    close(descriptor)
    // rename replaces whatever has the name, a named pipe included, without opening it.
    if !isWritten || rename(temporary, Self.path(in: folder)) != 0 { unlink(temporary) }
  }

  /// Takes a session's entry out of the index in a folder, when it has one; when the index
  /// cannot be rewritten, removes it, so no belief of a deleted session stays behind.
  static func remove(_ id: String, in folder: String) {
    var index = load(in: folder)
    guard index.records.removeValue(forKey: id) != nil else { return }
    index.save(in: folder)
    if load(in: folder).records[id] != nil { unlink(path(in: folder)) }
  }

  static func path(in folder: String) -> String {
    (folder.hasSuffix("/") ? folder : folder + "/") + fileName
  }
}

extension SessionListIndex.FileIdentity {
  /// The identity of the file at a path (following links, as reading it does); nil when it
  /// cannot be found.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec)
    modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec)
    changedNanoseconds = Int64(info.st_ctim.tv_nsec)
  }
}
