import Foundation
import Testing

@testable import SocraticCore

@Suite("OrderedJSON")
struct OrderedJSONTests {
  @Test(
    "escapes what JSON requires and keeps the rest",
    arguments: [
      ("plain", #""plain""#), ("quote \" and \\", #""quote \" and \\""#),
      ("line\nbreak\ttab\r", #""line\nbreak\ttab\r""#), ("\u{1B}[2J", #""\u001b[2J""#),
      ("caf\u{E9} \u{1F600} /", "\"caf\u{E9} \u{1F600} /\""), ("\u{08}\u{0C}", #""\b\f""#),
    ])
  func string(text: String, expected: String) throws {
    #expect(OrderedJSON.string(text) == expected)
    let decoded = try JSONDecoder().decode(String.self, from: Data(expected.utf8))
    #expect(decoded == text)
  }

  @Test("writes objects with their members in the order given")
  func composites() {
    #expect(OrderedJSON.object([("z", "1"), ("a", "null")]) == #"{"z": 1, "a": null}"#)
  }
}
