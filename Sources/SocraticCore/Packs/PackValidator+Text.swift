/// The text helpers the pack reader shares: whitespace made tidy, and the message for an
/// unknown value with the nearest known one.
extension PackValidator {
  /// Whitespace runs, line breaks included, made single spaces, and none at either end.
  static func normalized(_ text: String) -> String {
    let scalars = text.unicodeScalars
    var previousIsSpace = true
    let isTidy = scalars.allSatisfy { scalar in
      let isSpace = isWhitespace(scalar)
      defer { previousIsSpace = isSpace }
      return !isSpace || (scalar == " " && !previousIsSpace)
    }
    if isTidy && !previousIsSpace { return text }
    return scalars.split(whereSeparator: isWhitespace).map(String.init).joined(separator: " ")
  }

  /// The text without whitespace at either end.
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
      let last = scalars.lastIndex(where: { !isWhitespace($0) })
    else { return "" }
    if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) {
      return text
    }
    return String(scalars[first...last])
  }

  /// Whitespace, with a fast answer for ASCII, which is nearly every character of a pack.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
        || scalar == "\u{0B}" || scalar == "\u{0C}"
    }
    return scalar.properties.isWhitespace
  }

  /// "unknown kind 'evidance'; did you mean 'evidence'? The kinds are …", or without the
  /// suggestion when nothing is close.
  static func unknown(
    _ what: String, _ value: String, among candidates: [String], known: String,
    listOnlyWithoutSuggestion: Bool = false
  ) -> String {
    let message = "unknown \(what) '\(value)'"
    guard let match = Suggestion.closest(to: value, among: candidates) else {
      return message + "; " + known
    }
    let suggestion = message + "; did you mean '\(match)'?"
    if listOnlyWithoutSuggestion { return suggestion }
    return suggestion + " " + known.prefix(1).uppercased() + known.dropFirst()
  }

  /// A field whose value must be one of `Choice`'s cases ("side: for", "kind: evidence"); an
  /// unknown value is reported with the closest case and what the cases are.
  mutating func readChoice<Choice: RawRepresentable & CaseIterable>(
    _ node: Int, field: String, example: String, known: String
  ) -> Choice? where Choice.RawValue == String {
    guard let value = text(node, "'\(field)'", example: example) else { return nil }
    if let choice = Choice(rawValue: value) { return choice }
    report(
      node, Self.unknown(field, value, among: Choice.allCases.map(\.rawValue), known: known))
    return nil
  }
}
