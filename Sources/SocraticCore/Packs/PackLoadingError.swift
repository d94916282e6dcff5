import Foundation

/// Why the packs could not be loaded.
public enum PackLoadingError: SocraticError, Equatable {
  /// Packs with problems; nothing of them was loaded. Each holds its full report.
  case invalid([InvalidPackFile])
  /// A pack file or the packs folder that cannot be read.
  case unreadable(path: String, reason: String)

  public var category: FailureCategory {
    switch self {
    case .invalid: .badInput
    case .unreadable: .failure
    }
  }

  public var description: String {
    switch self {
    case .invalid(let files):
      let summary =
        files.count == 1
        ? "the topic pack \(SourceText.visible(files[0].path)) has \(files[0].problemCount), so none of it was loaded"
        : "\(files.count) topic packs have problems, so none of them was loaded"
      return "\(summary); fix what is listed here and run again:\n"
        + files.map(\.report).joined(separator: "\n")
    case .unreadable(let path, let reason):
      return
        "cannot read the topic pack \(SourceText.visible(path)): \(reason); check the path and "
        + "its permissions"
    }
  }

  /// The message of a file system error, without Foundation's decoration.
  static func reason(for error: any Error) -> String {
    if let error = error as? PackLoadingError, case .unreadable(_, let reason) = error {
      return reason
    }
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain,
      let code = POSIXErrorCode(rawValue: Int32(underlying.code))
    {
      return String(cString: strerror(code.rawValue)).lowercased()
    }
    if nsError.domain == NSCocoaErrorDomain {
      switch nsError.code {
      case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "there is no such file"
      case NSFileReadNoPermissionError: return "permission denied"
      default: break
      }
    }
    return nsError.localizedDescription
  }
}
