/// Writing JSON by hand with the members in a given order, for output whose key order is part of
/// a contract (`socratic invert --json`) and which must be fast enough to stream. Foundation's
/// encoder promises no order; the transcript's `JSONText` sorts keys.
enum OrderedJSON {
  /// A string as a JSON string literal: quotes, backslashes and control characters escaped,
  /// everything else as UTF-8.
  static func string(_ text: String) -> String {
    var bytes: [UInt8] = []
    append(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends a string as a JSON string literal to the UTF-8 bytes of JSON being written.
  static func append(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    bytes.append(0x22)
    text.withUTF8 { utf8 in
      var copied = 0
      for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<offset]))
        copied = offset + 1
        switch byte {
        case 0x22: bytes += [0x5C, 0x22]  // \"
        case 0x5C: bytes += [0x5C, 0x5C]  // \\
        case 0x0A: bytes += [0x5C, 0x6E]  // \n
        case 0x0D: bytes += [0x5C, 0x72]  // \r
        case 0x09: bytes += [0x5C, 0x74]  // \t
        case 0x08: bytes += [0x5C, 0x62]  // \b
        case 0x0C: bytes += [0x5C, 0x66]  // \f
        default:
          bytes += [0x5C, 0x75, 0x30, 0x30]  // \u00
          bytes.append(hexDigits[Int(byte >> 4)])
          bytes.append(hexDigits[Int(byte & 0x0F)])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
    }
    bytes.append(0x22)
  }

  /// Appends text that needs no escaping, such as punctuation and keys.
  static func appendRaw(_ text: StaticString, to bytes: inout [UInt8]) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// An object from members already written as JSON values, in the order given:
  /// {"key": value, …}.
  static func object(_ members: [(key: String, value: String)]) -> String {
    "{" + members.map { string($0.key) + ": " + $0.value }.joined(separator: ", ") + "}"
  }
}
