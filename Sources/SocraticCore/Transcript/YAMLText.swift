/// Writes values for YAML front matter so that any YAML parser reads back exactly the value
/// written, whatever a person typed.
public enum YAMLText {
  /// A double-quoted YAML scalar: `"`, `\`, control characters, line breaks (including
  /// U+0085, U+2028, U+2029), the byte order mark and non-characters are escaped; everything
  /// else is written as it is.
  public static func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\r": output += "\\r"
      default:
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
          || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF
        {
          output += "\\u" + String(repeating: "0", count: 4 - String(value, radix: 16).count)
          output += String(value, radix: 16, uppercase: true)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output + "\""
  }

  /// A quoted string, or `null` for nil.
  public static func quoted(_ text: String?) -> String {
    text.map { quoted($0) } ?? "null"
  }

  /// A number, or `null` for nil.
  public static func number(_ value: Int?) -> String {
    value.map(String.init) ?? "null"
  }
}
