import Foundation
import Testing

@testable import SocraticCore

@Suite("JSON in logs and exports: the parser and the writer")
struct LogLineParserTests {
  private func parse(_ text: String) -> JSONValue? {
    try? LogLineParser.parse(Array(text.utf8)[...])
  }

  @Test(
    "it reads what JSONSerialization reads, to the same values",
    arguments: [
      #"{"a":1,"b":[true,false,null],"c":{"d":"e"},"f":-0.5e2,"g":""}"#,
      #"  {"text":"quote \" backslash \\ slash \/ \b\f\n\r\t \u00e9 \ud83d\ude00 end"}  "#,
      #"["é 😀 עברית", 0, -12, 3.25, 1E3, 9223372036854775807]"#,
      #"{}"#, #"[]"#, #""just a string""#, "42",
    ])
  func agreesWithFoundation(text: String) throws {
    let value = try #require(parse(text))
    let foundation = try JSONSerialization.jsonObject(
      with: Data(text.utf8), options: [.fragmentsAllowed])
    #expect(Self.plain(value) == Self.plain(foundation), "\(text)")
  }

  @Test(
    "it refuses what is not strict JSON",
    arguments: [
      "", "{", "{\"a\":1,}", "[1,]", "{'a':1}", "{\"a\" 1}", "[01]", "[1.]", "[.5]", "[+1]", "[1e]",
      "[NaN]", "[tru]", "{\"a\":1}x", "\"unterminated", "\"tab\tinside\"", "\"\\x\"", "\"\\u12\"",
      "\"\\ud83d\"", "\"\\ude00\"", "[1e999]",
      String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
  func refuses(text: String) {
    #expect(parse(text) == nil, "\(text)")
  }

  @Test("bytes that are not UTF-8 inside a string are refused")
  func invalidUTF8() {
    #expect((try? LogLineParser.parse([0x22, 0xC3, 0x28, 0x22][...])) == nil)
  }

  @Test("every event survives the log's own writer, parser and decoder unchanged")
  func eventRoundTrip() throws {
    for event in SessionEventTests.everyEvent {
      let line = try JSONText.encode(event, pretty: false)
      let value = try LogLineParser.parse(line[...])
      #expect(try SessionEvent(from: JSONValueDecoder(value)) == event)
    }
  }

  @Test(
    "text with quotes, backslashes, control characters and any Unicode is written as valid JSON",
    arguments: [
      "plain", "quote \" and backslash \\", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1B}[31m\u{7F}",
      "emoji 😀 and 𝄞", "RTL עברית", "ls\u{2028}ps\u{2029}", "slash / and <html>",
    ])
  func writesStrings(text: String) throws {
    let compact = JSONText.text(.object([("text", .string(text))]), pretty: false)
    let object = try JSONSerialization.jsonObject(with: Data(compact)) as? [String: String]
    #expect(object == ["text": text])
    #expect(try LogLineParser.parse(compact[...]) == .object([("text", .string(text))]))
  }

  /// Values in a shape both parsers can be compared in.
  private static func plain(_ value: Any) -> String {
    switch value {
    case let value as JSONValue:
      switch value {
      case .null: return "null"
      // Foundation gives Booleans as numbers here, so compare them as numbers.
      case .bool(let bool): return bool ? "1.0" : "0.0"
      case .integer(let integer): return "\(Double(integer))"
      case .double(let double): return "\(double)"
      case .string(let string): return "s:" + string
      case .array(let elements): return "[" + elements.map(plain).joined(separator: ",") + "]"
      case .object(let members):
        return "{"
          + members.sorted { $0.key < $1.key }.map { $0.key + ":" + plain($0.value) }
          .joined(separator: ",") + "}"
      }
    case is NSNull: return "null"
    case let number as NSNumber: return "\(number.doubleValue)"
    case let string as String: return "s:" + string
    case let array as [Any]: return "[" + array.map(plain).joined(separator: ",") + "]"
    case let object as [String: Any]:
      return "{"
        + object.sorted { $0.key < $1.key }.map { $0.key + ":" + plain($0.value) }
        .joined(separator: ",") + "}"
    default: return "?\(value)"
    }
  }
}
