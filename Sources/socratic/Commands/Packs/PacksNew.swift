import ArgumentParser
import Foundation
import SocraticCore
import SocraticTerminal

/// `socratic packs new ID`: a commented template for a new pack.
struct PacksNew: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write a commented template for a new topic pack, ready to fill in.",
    discussion: """
      EXAMPLES:
        socratic packs new climate > climate.yaml
        socratic packs new climate -o climate.yaml       Never overwrites an existing file.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The new pack's id: lowercase letters, digits and '-'."))
  var id: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the template to this new file instead of standard output.",
      valueName: "file"))
  var output: String?

  func validate() throws {
    guard PackTemplate.isValidID(id) else {
      let shown = TerminalSanitizer.sanitize(id, keepingLineBreaks: false)
      throw ValidationError(
        "The id '\(shown)' may only have lowercase letters, digits and '-' between them; "
          + "try '\(PackTemplate.suggestedID(for: id))'.")
    }
  }

  func run(_ context: CommandContext) throws {
    let template = PackTemplate.text(id: id)
    guard let output else {
      context.console.out.write(template)
      return
    }
    try NewFile.create(atPath: output, contents: template)
    let shown = TerminalSanitizer.sanitize(output, keepingLineBreaks: false)
    context.console.err.line(
      "Wrote \(shown). Fill it in, then check it with 'socratic packs validate \(shown)'.",
      style: .success)
  }
}

/// Creates a file that must not exist yet, so nothing is ever overwritten, even by a race.
enum NewFile {
  struct Error: SocraticError {
    var path: String
    var reason: String
    var category: FailureCategory
    var description: String {
      "cannot write \(TerminalSanitizer.sanitize(path, keepingLineBreaks: false)): \(reason)"
    }
  }

  static func create(atPath path: String, contents: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      let code = errno
      if code == EEXIST {
        throw Error(
          path: path, reason: "it already exists; choose another name, or move the file away first",
          category: .failure)
      }
      throw Error(
        path: path, reason: String(cString: strerror(code)).lowercased(), category: .cannotWrite)
    }
    let bytes = Array(contents.utf8)
    var written = 0
    var failure: Int32?
    while written < bytes.count {
      let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if result < 0 {
        if errno == EINTR { continue }
        failure = errno
        break
      }
      written += result
    }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if let failure {
      // Leave no half-written pack behind.
      unlink(path)
      throw Error(
        path: path, reason: String(cString: strerror(failure)).lowercased(), category: .cannotWrite)
    }
  }
}
