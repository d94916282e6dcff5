#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that it is either wholly there or not changed at all.
///
/// The bytes go to a temporary file in the target's folder, which is synced, renamed over the
/// target and the folder synced; on any failure the temporary file is removed, so there is
/// never a partial file nor a stray temporary one, and an existing file is replaced only
/// whole. A new file gets the permissions asked for (0600 for exports), never more than the
/// umask allows; a replaced one keeps its own. A symbolic link is followed, so the file it points to is replaced, not the link. A
/// special file that exists, such as `/dev/stdout` or a named pipe, is written to directly.
public enum AtomicFile {
  /// Writes the bytes to the path.
  /// - Throws: `TranscriptError.exportTargetIsFolder` when the path is a folder,
  ///   `.exportFolderMissing` when its folder does not exist, `.cannotWriteExport` for
  ///   anything else, with the OS's reason.
  public static func write(_ bytes: [UInt8], to path: String, newFileMode: mode_t = 0o666)
    throws(TranscriptError)
  {
    guard !path.isEmpty else { throw .cannotWriteExport(path: path, reason: "no file name given") }
    let target = resolvingLink(path)
    var info = stat()
    let exists = stat(target, &info) == 0
    if exists, info.st_mode & S_IFMT == S_IFDIR || path.hasSuffix("/") {
      throw .exportTargetIsFolder(path: path)
    }
    if !exists, path.hasSuffix("/") { throw .exportFolderMissing(path: path, folder: path) }
    if exists, info.st_mode & S_IFMT != S_IFREG {
      try writeDirectly(bytes, to: target, shownAs: path)
      return
    }
    let folder = FileCalls.parentFolder(of: target)
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0 else {
      if errno == ENOENT { throw .exportFolderMissing(path: path, folder: folder) }
      throw .cannotWriteExport(path: path, reason: FileCalls.Failure.current.reason)
    }
    guard folderInfo.st_mode & S_IFMT == S_IFDIR else {
      throw .exportFolderMissing(path: path, folder: folder)
    }
    let permissions = exists ? info.st_mode & 0o7777 : newFileMode & ~currentUmask()
    do {
      try replace(target, in: folder, with: bytes, permissions: permissions)
    } catch {
      throw .cannotWriteExport(path: path, reason: error.reason)
    }
  }

  private static func replace(
    _ target: String, in folder: String, with bytes: [UInt8], permissions: mode_t
  ) throws(FileCalls.Failure) {
    var template =
      ((folder == "/" ? "/" : folder + "/") + "." + FileCalls.fileName(of: target)
      + ".XXXXXX").utf8CString
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw .current }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var isOpen = true
    do throws(FileCalls.Failure) {
      guard fchmod(descriptor, permissions) == 0 else { throw .current }
      try FileCalls.writeAll(descriptor, bytes)
      try FileCalls.sync(descriptor)
      isOpen = false
      guard close(descriptor) == 0 else { throw .current }
      guard rename(temporary, target) == 0 else { throw .current }
    } catch {
      if isOpen { close(descriptor) }
      unlink(temporary)
      throw error
    }
    // The file is in place; a failure to sync the folder cannot be undone and is not reported.
    try? FileCalls.syncFolder(folder)
  }

  private static func writeDirectly(_ bytes: [UInt8], to target: String, shownAs path: String)
    throws(TranscriptError)
  {
    let descriptor = open(target, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .cannotWriteExport(path: path, reason: FileCalls.Failure.current.reason)
    }
    defer { close(descriptor) }
    do {
      try FileCalls.writeAll(descriptor, bytes)
    } catch {
      throw .cannotWriteExport(path: path, reason: error.reason)
    }
  }

  /// The file a symbolic link points to, or the path itself.
  private static func resolvingLink(_ path: String) -> String {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
      let resolved = realpath(path, nil)
    else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}
