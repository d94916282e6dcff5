/// Writing JSON by hand, for output whose key order is part of a contract and which must be
/// fast enough to stream (Foundation's encoder neither promises an order nor is quick).
public enum JSONText {
  /// A string as a JSON string literal: quotes, backslashes and control characters escaped,
  /// everything else as UTF-8.
  public static func string(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    result += "\""
    return result
  }

  /// An optional string: its literal, or null.
  public static func string(_ text: String?) -> String {
    text.map { string($0) } ?? "null"
  }

  /// An array of strings: ["a", "b"].
  public static func array(_ values: [String]) -> String {
    "[" + values.map { string($0) }.joined(separator: ", ") + "]"
  }

  /// An object from members already written as JSON values, in the order given:
  /// {"key": value, …}.
  public static func object(_ members: [(key: String, value: String)]) -> String {
    "{" + members.map { string($0.key) + ": " + $0.value }.joined(separator: ", ") + "}"
  }
}
