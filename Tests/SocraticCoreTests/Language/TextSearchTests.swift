import Foundation
import Testing

@testable import SocraticCore

@Suite("TextSearch")
struct TextSearchTests {
  /// Texts and parts: found at the start, the end and the middle, after a false start, in
  /// another case, empty, longer than the text, and with letters outside ASCII on either side.
  static let pairs: [(String, String)] = [
    ("how sure are you", "how sure"), ("the kettle is cold", "cold"),
    ("aaab", "aab"), ("the tram , the bus", " ,"), ("How sure are you", "how sure"),
    ("a short line", ""), ("", "tea"), ("tea", "teapot"), ("the café is shut", "café"),
    ("the cafe\u{301} is shut", "caf\u{E9}"), ("naïve plans", "plans"), ("plain words", "naïve"),
  ]

  @Test("finds a part where Foundation's contains does", arguments: pairs)
  func agreesWithContains(text: String, part: String) {
    #expect(text.includes(part) == text.contains(part))
  }
}
