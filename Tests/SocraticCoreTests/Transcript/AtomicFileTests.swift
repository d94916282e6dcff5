import Foundation
import SocraticCore
import Testing

@Suite("Writing export files atomically")
struct AtomicFileTests {
  private func names(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test("a new file is written whole, with no temporary file left beside it")
  func newFile() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    try AtomicFile.write(Array("hello\n".utf8), to: folder + "/out.md")
    #expect(try String(contentsOfFile: folder + "/out.md", encoding: .utf8) == "hello\n")
    #expect(try names(in: folder) == ["out.md"])
  }

  @Test("an existing file is replaced whole and keeps its permissions")
  func replace() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let path = folder + "/out.md"
    try Data("old, longer content\n".utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    try AtomicFile.write(Array("new\n".utf8), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    #expect(
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
    #expect(try names(in: folder) == ["out.md"])
  }

  @Test("a symbolic link is followed: the file it points to is replaced, the link stays")
  func symbolicLink() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder + "/real.md"))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.md", withDestinationPath: "real.md")
    try AtomicFile.write(Array("new\n".utf8), to: folder + "/link.md")
    #expect(try String(contentsOfFile: folder + "/real.md", encoding: .utf8) == "new\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.md") == "real.md")
  }

  @Test("a special file such as /dev/null is written to, never replaced")
  func specialFile() throws {
    try AtomicFile.write(Array("x".utf8), to: "/dev/null")
    #expect(
      try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        == .typeCharacterSpecial)
  }

  @Test("a folder, or a file in a folder that does not exist, is refused with a clear message")
  func refusals() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    #expect(throws: TranscriptError.exportTargetIsFolder(path: folder)) {
      try AtomicFile.write([1], to: folder)
    }
    #expect(
      throws: TranscriptError.exportFolderMissing(
        path: folder + "/no/out.md", folder: folder + "/no")
    ) {
      try AtomicFile.write([1], to: folder + "/no/out.md")
    }
    #expect(
      TranscriptError.exportTargetIsFolder(path: "/tmp").description
        == "Cannot export to /tmp: it is a folder. Give a file name, such as /tmp/session.md.")
    #expect(
      TranscriptError.exportFolderMissing(path: "no/out.md", folder: "no").description
        == "Cannot export to no/out.md: the folder no does not exist. Create it first, or choose another place."
    )
    #expect(try names(in: folder).isEmpty)
  }
}
