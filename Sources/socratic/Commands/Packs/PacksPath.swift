import ArgumentParser
import Foundation
import SocraticCore
import SocraticTerminal

/// `socratic packs path`: where packs are loaded from, in order.
struct PacksPath: SocraticCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "Show where topic packs are loaded from, in order, and which folders exist.",
    discussion: """
      EXAMPLES:
        socratic packs path
        cp climate.yaml "$(socratic packs path --user-folder)"
      """
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print only the user folder's path, for scripts.")
  var userFolder = false

  func run(_ context: CommandContext) throws {
    let folder = context.directories.packs
    let out = context.console.out
    if userFolder {
      out.write(folder + "\n")
      return
    }
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
    let state: String
    if exists && isFolder.boolValue {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      let count = names.filter {
        !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml"))
      }.count
      state = "exists, \(count == 1 ? "1 pack file" : "\(count) pack files")"
    } else if exists {
      state = "not a folder; packs are not loaded from it"
    } else {
      state = "does not exist yet; create it to load packs on every run"
    }
    let shown = TerminalSanitizer.sanitize(folder, keepingLineBreaks: false)
    out.line("Topic packs are loaded in this order; a later pack replaces one with its id:")
    out.line("1. built-in packs, inside socratic")
    out.line("2. \(shown)/*.yaml (\(state))")
    out.line("3. each --pack FILE, in the order given")
  }
}
