/// Writes JSON values as text: keys in sorted order, `/` and non-ASCII characters as they are,
/// control characters escaped; compact on one line (log lines) or indented by two spaces
/// (exports).
enum JSONText {
  /// The value as text, compact on one line or indented, without a final line break.
  static func text(_ value: JSONValue, pretty: Bool) -> [UInt8] {
    var output: [UInt8] = []
    write(value, indent: pretty ? 0 : nil, into: &output)
    return output
  }

  /// An encodable value as compact or pretty text.
  static func encode(_ value: some Encodable, pretty: Bool) throws -> [UInt8] {
    text(try JSONValueEncoding.encode(value), pretty: pretty)
  }

  private static func write(_ value: JSONValue, indent: Int?, into output: inout [UInt8]) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let bool): output.append(contentsOf: (bool ? "true" : "false").utf8)
    case .integer(let integer): output.append(contentsOf: String(integer).utf8)
    case .double(let double): output.append(contentsOf: number(double).utf8)
    case .string(let string): writeString(string, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return output.append(contentsOf: "[]".utf8) }
      output.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(indent.map { $0 + 1 }, into: &output)
        write(element, indent: indent.map { $0 + 1 }, into: &output)
      }
      newline(indent, into: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
      output.append(UInt8(ascii: "{"))
      for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(indent.map { $0 + 1 }, into: &output)
        writeString(member.key, into: &output)
        output.append(contentsOf: (indent == nil ? ":" : ": ").utf8)
        write(member.value, indent: indent.map { $0 + 1 }, into: &output)
      }
      newline(indent, into: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ indent: Int?, into output: inout [UInt8]) {
    guard let indent else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }

  /// Integral values as integers (`5`, not `5.0`); others in the shortest form that reads back
  /// the same.
  private static func number(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return value.isFinite ? "\(value)" : "null"
  }

  private static func writeString(_ string: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { utf8 in
      // Copy runs of bytes that need no escape in one go.
      var runStart = 0
      for index in 0..<utf8.count {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        runStart = index + 1
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
        case 0x0A: output.append(contentsOf: #"\n"#.utf8)
        case 0x0D: output.append(contentsOf: #"\r"#.utf8)
        case 0x09: output.append(contentsOf: #"\t"#.utf8)
        case 0x08: output.append(contentsOf: #"\b"#.utf8)
        case 0x0C: output.append(contentsOf: #"\f"#.utf8)
        default:
          output.append(contentsOf: #"\u00"#.utf8)
          output.append(hexDigits[Int(byte >> 4)])
          output.append(hexDigits[Int(byte & 0xF)])
        }
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
