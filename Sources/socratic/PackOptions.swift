import ArgumentParser
import SocraticCore
import SocraticTerminal

/// `--pack FILE`, which every command that uses topic packs accepts: `@OptionGroup var packs:
/// PackOptions`, then `try context.loadPacks(packs)`.
struct PackOptions: ParsableArguments {
  @Option(
    name: .customLong("pack"),
    help: ArgumentHelp(
      "Also load this topic pack (YAML); repeat for more. It replaces a loaded pack with its id.",
      valueName: "file"))
  var files: [String] = []
}

extension CommandContext {
  /// Loads the built-in packs, the user folder's and the `--pack` files, telling the person on
  /// standard error about each pack that replaced another.
  /// - Throws: `PackLoadingError` listing every problem when a pack is invalid (exit 65) or a
  ///   file cannot be read (exit 1).
  func loadPacks(_ options: PackOptions) throws -> PackLibrary {
    let library = try PackLibrary.load(userFolder: directories.packs, packFiles: options.files)
    for notice in library.notices {
      console.err.line(TerminalSanitizer.sanitize(notice, keepingLineBreaks: false), style: .quiet)
    }
    return library
  }
}

extension PackLibrary {
  /// Checks a `--topic` names a loaded pack.
  /// - Throws: a `ValidationError` (bad usage, 64) naming the closest id and every id.
  func checkTopic(_ topic: String) throws {
    guard pack(id: topic) == nil else { return }
    let ids = packs.map(\.pack.id)
    var message = "There is no topic '\(topic)'."
    if let closest = Suggestion.closest(to: topic, among: ids) {
      message += " Did you mean '\(closest)'?"
    }
    throw ValidationError(message + " The topics are " + ids.joined(separator: ", ") + ".")
  }
}
