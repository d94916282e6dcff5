import Foundation
import SocraticCore
import Testing

@Suite("Pack files that are not regular files are never read")
struct SpecialPackFileTests {
  private func folder() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("socratic-packs-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try pack("tea").write(toFile: folder + "/tea.yaml", atomically: true, encoding: .utf8)
    return folder
  }

  @Test("a named pipe or a device in the packs folder is skipped with a warning naming it")
  func inFolder() throws {
    let folder = try folder()
    #expect(mkfifo(folder + "/pipe.yaml", 0o600) == 0)
    #expect(symlink("/dev/zero", folder + "/zero.yml") == 0)
    let library = try PackLibrary.load(userFolder: folder, packFiles: [])
    #expect(library.pack(id: "tea") != nil)
    #expect(
      library.notices == [
        "Warning: skipped \(folder)/pipe.yaml in the packs folder: it is not a regular file.",
        "Warning: skipped \(folder)/zero.yml in the packs folder: it is not a regular file.",
      ])
  }

  @Test("a named pipe or a device given with --pack is refused, naming it, without waiting")
  func asOption() throws {
    let folder = try folder()
    #expect(mkfifo(folder + "/pipe.yaml", 0o600) == 0)
    for (path, kind) in [(folder + "/pipe.yaml", "a named pipe"), ("/dev/zero", "a device")] {
      #expect(
        throws: PackLoadingError.unreadable(path: path, reason: "it is \(kind), not a regular file")
      ) {
        try PackLibrary.load(userFolder: folder + "/none", packFiles: [path])
      }
    }
  }
}
