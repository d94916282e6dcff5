import Foundation
import SocraticTerminal
import Testing

@Suite("Reading piped lines")
struct PlainLineReaderTests {
  /// A reader over a file that holds the bytes. The file is unlinked at once; the open
  /// descriptor keeps it readable.
  private func reader(for bytes: [UInt8], prompts: BufferSink? = nil) throws -> PlainLineReader {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("socratic-lines-\(UUID().uuidString)").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    let handle = try #require(FileHandle(forReadingAtPath: path))
    try FileManager.default.removeItem(atPath: path)
    return PlainLineReader(descriptor: dup(handle.fileDescriptor), promptSink: prompts)
  }

  @Test("returns each line without its terminator, a last unterminated line, then the end")
  func lines() throws {
    let lines = try reader(for: Array("one\r\ntwo\n\nthree".utf8))
    #expect(lines.readLine(prompt: "") == .line("one"))
    #expect(lines.readLine(prompt: "") == .line("two"))
    #expect(lines.readLine(prompt: "") == .line(""))
    #expect(lines.readLine(prompt: "") == .line("three"))
    #expect(lines.readLine(prompt: "") == .end)
    #expect(lines.readLine(prompt: "") == .end)
  }

  @Test("a line that is not UTF-8 is refused naming its first bad byte; the next is read")
  func invalidUTF8() throws {
    let lines = try reader(for: [0x61, 0xFF, 0xC3, 0x0A] + Array("caf\u{E9}\n".utf8) + [0xC3])
    #expect(lines.readLine(prompt: "") == .notUTF8(byte: 0xFF, offset: 2))
    #expect(lines.readLine(prompt: "") == .line("caf\u{E9}"))
    #expect(lines.readLine(prompt: "") == .notUTF8(byte: 0xC3, offset: 1))
    #expect(
      LineInput.notUTF8Message(byte: 0x0F, offset: 2)
        == "That line was not kept: its byte 2 (0x0F) is not UTF-8, so it cannot be kept as "
        + "typed. Set the terminal to UTF-8 and type it again.")
  }

  @Test("the prompt goes to the prompt sink as plain text")
  func prompt() throws {
    let prompts = BufferSink()
    let lines = try reader(for: Array("x\n".utf8), prompts: prompts)
    _ = lines.readLine(prompt: "> ")
    #expect(prompts.text == "> ")
  }

  @Test("a styled prompt is written without its escape sequences")
  func promptWithoutEscapes() throws {
    let prompts = BufferSink()
    let lines = try reader(for: Array("x\n".utf8), prompts: prompts)
    _ = lines.readLine(prompt: TextStyle.prompt.apply(to: "> "))
    #expect(prompts.text == "> ")
  }

  @Test("a line longer than one read comes back whole")
  func longLine() throws {
    let long = Array(repeating: "é", count: 100_000).joined()
    let lines = try reader(for: Array((long + "\nend\n").utf8))
    #expect(lines.readLine(prompt: "") == .line(long))
    #expect(lines.readLine(prompt: "") == .line("end"))
  }
}
