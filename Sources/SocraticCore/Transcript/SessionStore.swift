import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A session found in the store, read as far as it is readable.
public struct SessionListing: Sendable {
  /// The id: the log's file name without `.jsonl`.
  public var id: String
  /// The log's path.
  public var path: String
  /// What was read, or why nothing could be.
  public var contents: Result<SessionLogContents, TranscriptError>
}

/// The folder of session logs: one `ID.jsonl` per session.
///
/// Sessions are ordered by the start time in their headers (then by id), newest first; a file
/// whose header cannot be read comes last.
public struct SessionStore: Sendable {
  /// The sessions folder.
  public var folder: String

  public init(folder: String) {
    self.folder = folder
  }

  /// The store in the folders socratic uses: `AppDirectories.sessions`.
  public init(directories: AppDirectories) {
    self.init(folder: directories.sessions)
  }

  /// The log of a session.
  public func path(of id: String) -> String {
    Self.path(of: id, in: folder)
  }

  static func path(of id: String, in folder: String) -> String {
    (folder.hasSuffix("/") ? folder : folder + "/") + id + ".jsonl"
  }

  /// Makes sure logs can be written: creates the folder and its parents (mode 0700) when
  /// missing, then creates and removes a file in it. Call it before a session shows its first
  /// prompt, so a person never answers questions that cannot be kept.
  /// - Throws: `TranscriptError.cannotPrepareFolder` (exit 73), naming the folder and reason.
  public func prepare() throws(TranscriptError) {
    do {
      try FileCalls.makeFolders(folder, mode: 0o700)
    } catch {
      throw .cannotPrepareFolder(path: folder, reason: error.reason)
    }
    var generator = SystemRandomNumberGenerator()
    let probe = path(of: ".write-check-\(generator.next() as UInt64)")
    let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .cannotPrepareFolder(path: folder, reason: FileCalls.Failure.current.reason)
    }
    close(descriptor)
    unlink(probe)
  }

  /// The ids of every log in the folder, newest first (reading only their headers); none when
  /// the folder does not exist.
  /// - Throws: `TranscriptError.cannotListSessions` when the folder cannot be read.
  public func ids() throws(TranscriptError) -> [String] {
    let names = try fileIDs()
    let started = names.map { try? SessionLogReader.readHeader(path: path(of: $0)).started }
    return zip(names, started).sorted { Self.isNewer($0, than: $1) }.map(\.0)
  }

  /// What `sessions list` shows of every session, newest first; a log that cannot be read
  /// comes last, with why.
  ///
  /// Only logs that changed since the last list are read (on every core); the others' entries
  /// come from the list index (`SessionListIndex`), which is then brought up to date.
  /// - Throws: `TranscriptError.cannotListSessions` when the folder cannot be read.
  public func entries() throws(TranscriptError) -> [SessionListEntry] {
    let folder = folder
    let names = try fileIDs()
    let index = SessionListIndex.load(in: folder)
    var updated = SessionListIndex()
    var entries: [SessionListEntry?] = Array(repeating: nil, count: names.count)
    var changed: [(offset: Int, file: SessionListIndex.FileIdentity?)] = []
    for (offset, name) in names.enumerated() {
      let file = SessionListIndex.FileIdentity(path: Self.path(of: name, in: folder))
      if let file, let record = index.records[name], record.file == file {
        entries[offset] = record.entry
        updated.records[name] = record
      } else {
        changed.append((offset, file))
      }
    }
    // The file's identity is taken before it is read: a log that grows in between is read
    // again next time, never shown out of date.
    let read = ParallelMap.map(changed.map { names[$0.offset] }) { name in
      SessionListEntry(
        id: name,
        contents: Result { () throws(TranscriptError) in
          try SessionLogReader.read(path: Self.path(of: name, in: folder))
        })
    }
    for (change, entry) in zip(changed, read) {
      entries[change.offset] = entry
      // Only what was read is kept: a failure may pass (too many open files, say).
      if let file = change.file, entry.problem == nil {
        updated.records[names[change.offset]] = .init(file: file, entry: entry)
      }
    }
    if !changed.isEmpty || updated.records.count != index.records.count {
      updated.save(in: folder)
    }
    return entries.compactMap { $0 }.sorted { first, second in
      Self.isNewer((first.id, first.started), than: (second.id, second.started))
    }
  }

  /// Whether a session comes before another, newest first: by start time, then by id; one
  /// without a readable header comes last.
  private static func isNewer(
    _ first: (id: String, started: Date?), than second: (id: String, started: Date?)
  ) -> Bool {
    switch (first.started, second.started) {
    case (let a?, let b?): a != b ? a > b : first.id > second.id
    case (.some, nil): true
    case (nil, .some): false
    case (nil, nil): first.id > second.id
    }
  }

  private func fileIDs() throws(TranscriptError) -> [String] {
    guard let directory = opendir(folder) else {
      if errno == ENOENT { return [] }
      throw .cannotListSessions(path: folder, reason: FileCalls.Failure.current.reason)
    }
    defer { closedir(directory) }
    var ids: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.hasSuffix(".jsonl"), !name.hasPrefix(".") else { continue }
      ids.append(String(name.dropLast(".jsonl".count)))
    }
    return ids
  }

  /// Every session, newest first, each read as far as it is readable.
  ///
  /// Each log is read once, on every core, and ordered by the header read with it.
  public func list() throws(TranscriptError) -> [SessionListing] {
    let folder = folder
    let listings = ParallelMap.map(try fileIDs()) { id in
      let path = Self.path(of: id, in: folder)
      return SessionListing(
        id: id, path: path,
        contents: Result { () throws(TranscriptError) in try SessionLogReader.read(path: path) })
    }
    return listings.sorted { first, second in
      Self.isNewer(
        (first.id, try? first.contents.get().transcript.header.started),
        than: (second.id, try? second.contents.get().transcript.header.started))
    }
  }

  /// Finds the session a person means: its whole id, a unique prefix of it, or `last` for the
  /// newest. A trailing `.jsonl` is ignored, so a file name works too.
  ///
  /// Only `last` reads logs, and then only their headers; an id or a prefix is found from the
  /// file names alone, so resolving stays fast however many sessions there are.
  /// - Throws: `.noSessions`, `.sessionNotFound`, or `.ambiguousSession` listing the
  ///   candidates, newest first (exit 1).
  public func resolve(_ reference: String) throws(TranscriptError) -> String {
    if reference == "last" {
      guard let newest = try ids().first else { throw .noSessions }
      return newest
    }
    let names = try fileIDs()
    let wanted = reference.hasSuffix(".jsonl") ? String(reference.dropLast(6)) : reference
    guard !wanted.isEmpty else { throw .sessionNotFound(reference: reference) }
    if names.contains(wanted) { return wanted }
    // Ids begin with their start time, so the greatest name is the newest.
    let candidates = names.filter { $0.hasPrefix(wanted) }.sorted(by: >)
    switch candidates.count {
    case 0: throw .sessionNotFound(reference: reference)
    case 1: return candidates[0]
    default: throw .ambiguousSession(reference: reference, candidates: candidates)
    }
  }

  /// Deletes a session's log, the cut-off lines set aside beside it when resuming, and its
  /// entry in the list index.
  /// - Throws: `TranscriptError.sessionInUse` while a session is writing the log (what it
  ///   wrote would be lost), or `.cannotDelete`.
  public func delete(id: String) throws(TranscriptError) {
    let path = path(of: id)
    // O_NONBLOCK: a named pipe among the logs must not stop a delete by waiting for a writer.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    defer { if descriptor >= 0 { close(descriptor) } }
    if descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK {
      throw .sessionInUse(path: path)
    }
    guard unlink(path) == 0 else {
      throw .cannotDelete(path: path, reason: FileCalls.Failure.current.reason)
    }
    if unlink(path + ".torn") != 0, errno != ENOENT {
      throw .cannotDelete(path: path + ".torn", reason: FileCalls.Failure.current.reason)
    }
    SessionListIndex.remove(id, in: folder)
    try? FileCalls.syncFolder(folder)
  }
}
