import Foundation

/// The one way socratic writes and reads times in logs and exports: ISO 8601 in UTC with
/// milliseconds, `2026-11-25T06:15:03.120Z`.
///
/// Hand-written rather than `ISO8601DateFormatter` because reading a long log parses one per
/// line, and because a fixed format needs no locale or calendar.
public enum Timestamp {
  /// The date cut to whole milliseconds, so it survives a trip through a log unchanged.
  public static func truncated(_ date: Date) -> Date {
    let milliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
    return Date(timeIntervalSince1970: milliseconds / 1000)
  }

  /// `2026-11-25T06:15:03.120Z`.
  public static func string(from date: Date) -> String {
    let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
    let (days, dayMilliseconds) = floorDivision(milliseconds, 86_400_000)
    let (year, month, day) = civilDate(fromDays: days)
    let seconds = dayMilliseconds / 1000
    var text = ""
    text.reserveCapacity(24)
    text += padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    text += "T" + padded(seconds / 3600, 2) + ":" + padded(seconds / 60 % 60, 2)
    text += ":" + padded(seconds % 60, 2) + "." + padded(dayMilliseconds % 1000, 3) + "Z"
    return text
  }

  /// Reads `YYYY-MM-DDTHH:MM:SS[.fraction]Z`; nil for anything else. Digits of the fraction past
  /// milliseconds are ignored.
  public static func date(from text: String) -> Date? {
    var text = text
    return text.withUTF8 { utf8 in
      var index = 0
      func number(_ digits: Int) -> Int64? {
        guard index + digits <= utf8.count else { return nil }
        var value: Int64 = 0
        for _ in 0..<digits {
          let byte = utf8[index]
          guard (48...57).contains(byte) else { return nil }
          value = value * 10 + Int64(byte - 48)
          index += 1
        }
        return value
      }
      func expect(_ character: UInt8) -> Bool {
        guard index < utf8.count, utf8[index] == character else { return false }
        index += 1
        return true
      }
      guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2),
        expect(UInt8(ascii: "-")), let day = number(2), expect(UInt8(ascii: "T")),
        let hour = number(2), expect(UInt8(ascii: ":")), let minute = number(2),
        expect(UInt8(ascii: ":")), let second = number(2)
      else { return nil }
      var milliseconds: Int64 = 0
      if expect(UInt8(ascii: ".")) {
        var digits = 0
        while index < utf8.count, (48...57).contains(utf8[index]) {
          if digits < 3 { milliseconds = milliseconds * 10 + Int64(utf8[index] - 48) }
          digits += 1
          index += 1
        }
        guard digits > 0 else { return nil }
        for _ in digits..<max(digits, 3) { milliseconds *= 10 }
      }
      guard expect(UInt8(ascii: "Z")), index == utf8.count, (1...12).contains(month),
        (1...daysIn(month: month, year: year)).contains(day), hour < 24, minute < 60,
        second < 60
      else { return nil }
      let days = daysFromCivil(year: year, month: month, day: day)
      let total = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milliseconds
      return Date(timeIntervalSince1970: Double(total) / 1000)
    }
  }

  private static func padded(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let quotient = value / divisor
    let remainder = value % divisor
    return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
  }

  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar.
  private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civilDate(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
