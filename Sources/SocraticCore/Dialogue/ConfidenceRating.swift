/// Reads a confidence from what a person typed: a whole number from 0 to 100, with or without a
/// percent sign ("80", "80%", " 80 % "), and with the hedges people say a number with ("80 i
/// guess", "like 70", "60 like i said", "maybe 55 percent").
public enum ConfidenceRating {
  /// The rating, or a message saying what is expected.
  public static func read(_ text: String) -> Result<Int, ConfidenceProblem> {
    let plain = number(in: text)
    if case .failure(.notANumber) = plain, let hedged = hedgedNumber(in: text) {
      return number(in: hedged)
    }
    return plain
  }

  /// Words said around a rating that leave it a rating: hedges and fillers.
  static let hedges: Set<String> = [
    "i", "i'd", "id", "i'm", "im", "guess", "think", "suppose", "say", "like", "about", "around",
    "roughly", "maybe", "probably", "prob", "perhaps", "idk", "hmm", "hm", "um", "uh", "ok",
    "okay", "so", "yeah", "yes", "still", "now", "honestly", "tbh", "lol", "kinda", "pretty",
    "much", "said", "as", "well", "just", "percent", "or", "ish", "somewhere", "at", "least",
    "most", "sure", "confident", "told", "you", "already", "before", "again", "same",
  ]

  /// The one number in a line whose other words are all hedges, with its percent sign.
  static func hedgedNumber(in text: String) -> String? {
    var words = text.lowercased().split { $0.isWhitespace || ",.!?;:…".contains($0) }
    if let out = words.firstRange(of: ["out", "of", "100"]) { words.removeSubrange(out) }
    let numbers = words.filter { $0.first?.isASCII == true && $0.first?.isNumber == true }
    guard numbers.count == 1, let number = numbers.first else { return nil }
    let rest = words.filter { $0 != number }
    guard !rest.isEmpty || number.hasSuffix("ish"), rest.allSatisfy({ hedges.contains(String($0)) })
    else { return nil }
    return String(number.hasSuffix("ish") ? number.dropLast(3) : number)
  }

  private static func number(in text: String) -> Result<Int, ConfidenceProblem> {
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
