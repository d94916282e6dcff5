import Foundation
import Testing

@Suite("A session with piped input")
struct PipedSessionTests {
  @Test("the belief is read from stdin and shown back, with no escape sequences anywhere")
  func beliefIsShownBack() throws {
    let result = try SocraticProcess.run([], stdin: "Crypto is a scam.\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("You believe: Crypto is a scam."))
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{1B}"))
  }

  @Test("escape sequences typed by the person are not echoed raw")
  func escapesAreSanitised() throws {
    let result = try SocraticProcess.run([], stdin: "\u{1B}[2J\u{1B}]0;pwned\u{07}Tea is good.\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("You believe: Tea is good."))
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test("invalid UTF-8 becomes U+FFFD instead of a crash")
  func invalidUTF8() throws {
    let bytes = Data("caf".utf8) + Data([0xC3, 0x28, 0xFF]) + Data(" is fine.\n".utf8)
    let result = try SocraticProcess.run([], stdinBytes: bytes)
    #expect(result.status == 0)
    #expect(result.stdout.contains("You believe: caf\u{FFFD}(\u{FFFD} is fine."))
  }

  @Test("empty input ends the session quietly with exit 0")
  func emptyInput() throws {
    let result = try SocraticProcess.run([], stdin: "")
    #expect(result.status == 0)
    #expect(!result.stdout.contains("You believe"))
  }
}
