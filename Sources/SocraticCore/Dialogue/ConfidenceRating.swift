/// Reads a confidence from what a person typed: a whole number from 0 to 100, with or without a
/// percent sign ("80", "80%", " 80 % ").
public enum ConfidenceRating {
  /// The rating, or a message saying what is expected.
  public static func read(_ text: String) -> Result<Int, ConfidenceProblem> {
    var digits = Substring(text).trimmingWhitespace
    if digits.hasSuffix("%") { digits = digits.dropLast().trimmingWhitespace }
    guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else {
      return .failure(digits.first == "-" ? .outOfRange(text: String(digits)) : .notANumber)
    }
    guard let value = Int(digits), value <= 100 else {
      return .failure(.outOfRange(text: String(digits)))
    }
    return .success(value)
  }
}

/// Why a confidence could not be read.
public enum ConfidenceProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// It is not a whole number.
  case notANumber
  /// It is a number outside 0–100, as typed.
  case outOfRange(text: String)

  public var description: String {
    switch self {
    case .notANumber:
      "Give your confidence as a whole number from 0 to 100, such as 80 or 80%."
    case .outOfRange(let text):
      "\(text) is not between 0 and 100. Give your confidence as a whole number from 0 to 100, "
        + "such as 80 or 80%."
    }
  }
}

extension Substring {
  /// The text without whitespace at either end.
  var trimmingWhitespace: Substring {
    let start = drop(while: \.isWhitespace)
    var end = start.endIndex
    while end > start.startIndex, start[start.index(before: end)].isWhitespace {
      end = start.index(before: end)
    }
    return start[start.startIndex..<end]
  }
}
