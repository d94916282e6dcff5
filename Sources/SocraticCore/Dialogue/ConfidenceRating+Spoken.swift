/// Ratings said in words or on another scale: "sixty-ish", "seventy five", "6 out of 10",
/// "7/10", written as the number from 0 to 100 they mean, so every reading of a rating takes
/// them as it takes "60".
extension ConfidenceRating {
  /// The text with spelled-out numbers in digits and a rating out of 10 on the scale of 100:
  /// "about sixty-ish" → "about 60", "6 out of 10" → "60". Other text is left as typed.
  static func spokenAsDigits(_ text: String) -> String {
    // One pass over the words, looked up in the tables: a search for every number word
    // through the whole text cost more than the rest of a long answer's reading.
    var hasNumberWord = false
    var hasOut = false
    for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
      let word = String(word)
      if tens[word] != nil || units[word] != nil { hasNumberWord = true }
      if word == "out" { hasOut = true }
    }
    // Digits alone are rewritten only as a rating out of ten ("7/10", "7 out of 10"): a line
    // with neither a slash nor an "out" is left as typed without taking it apart.
    let hasDigits = text.contains(where: \.isNumber)
    guard
      hasNumberWord
        || hasDigits
          && (hasOut || text.utf8.contains(UInt8(ascii: "/")) || text.lowercased().contains("ish"))
    else { return text }
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    while index < words.count {
      let (core, tail) = splitTail(words[index])
      // "70ish", "70-ish": the number, then the hedge as a word of its own.
      if let number = roughDigits(core) {
        words[index] = number + " ish" + tail
        index += 1
        continue
      }
      let parts = core.lowercased().split(separator: "-").map(String.init)
      // "sixty", "sixty-five", "sixty-ish", "sixty five": tens, then a unit after a hyphen or
      // as the next word.
      if let first = parts.first, let ten = tens[first] {
        var value = ten
        if parts.count > 1, let unit = units[parts[1]], unit < 10 { value += unit }
        if parts.count == 1, tail.isEmpty, index + 1 < words.count {
          let (next, nextTail) = splitTail(words[index + 1])
          if let unit = units[next.lowercased()], unit < 10, unit > 0 {
            value += unit
            words.remove(at: index + 1)
            words[index] = String(value) + nextTail
            index += 1
            continue
          }
        }
        words[index] = String(value) + tail
      } else if parts.count == 1, let unit = units[parts[0]], isOutOfTen(words, after: index) {
        words[index] = String(unit) + tail
      }
      index += 1
    }
    return outOfTen(words).joined(separator: " ")
  }

  /// The digits of a number said roughly, "70ish" or "70-ish"; nil for any other word.
  private static func roughDigits(_ word: String) -> String? {
    let lowered = word.lowercased()
    guard lowered.hasSuffix("ish") else { return nil }
    var digits = lowered.dropLast(3)
    if digits.last == "-" { digits = digits.dropLast() }
    return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
      ? String(digits) : nil
  }

  /// A word without the punctuation that closes it: "sixty," → ("sixty", ",").
  private static func splitTail(_ word: String) -> (String, String) {
    let core = word.prefix { !",.!?;:…".contains($0) }
    return (String(core), String(word.dropFirst(core.count)))
  }

  /// Whether "out of 10" or "out of ten" follows the word at `index`.
  private static func isOutOfTen(_ words: [String], after index: Int) -> Bool {
    index + 3 < words.count && words[index + 1].lowercased() == "out"
      && words[index + 2].lowercased() == "of"
      && ["10", "ten"].contains(splitTail(words[index + 3]).0.lowercased())
  }

  /// The words with "N out of 10" and "N/10" as N on the scale of 100.
  private static func outOfTen(_ words: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < words.count {
      let (core, tail) = splitTail(words[index])
      if let slash = core.firstIndex(of: "/"), core[core.index(after: slash)...] == "10",
        let value = Int(core[..<slash]), value <= 10
      {
        result.append(String(value * 10) + tail)
      } else if let value = Int(core), value <= 10, isOutOfTen(words, after: index) {
        result.append(String(value * 10) + splitTail(words[index + 3]).1)
        index += 4
        continue
      } else {
        result.append(words[index])
      }
      index += 1
    }
    return result
  }

  /// The tens as people spell them, "fifty-fifty" among them by its first part.
  static let tens: [String: Int] = [
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
  ]

  /// The units, said after tens ("sixty five") or out of ten ("six out of ten").
  static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ish": 0,
  ]
}
