/// Writing JSON by hand, for output whose key order is part of a contract and which must be
/// fast enough to stream (Foundation's encoder neither promises an order nor is quick).
public enum JSONText {
  /// A string as a JSON string literal: quotes, backslashes and control characters escaped,
  /// everything else as UTF-8.
  public static func string(_ text: String) -> String {
    var text = text
    let needsEscaping = text.withUTF8 { bytes in
      bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }
    guard needsEscaping else { return "\"" + text + "\"" }
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case 0x22: bytes += [0x5C, 0x22]  // \"
      case 0x5C: bytes += [0x5C, 0x5C]  // \\
      case 0x0A: bytes += [0x5C, 0x6E]  // \n
      case 0x0D: bytes += [0x5C, 0x72]  // \r
      case 0x09: bytes += [0x5C, 0x74]  // \t
      case 0x08: bytes += [0x5C, 0x62]  // \b
      case 0x0C: bytes += [0x5C, 0x66]  // \f
      case ..<0x20:
        bytes += Array("\\u00".utf8)
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

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
