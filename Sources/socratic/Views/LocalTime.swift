import Foundation

/// Times as a person reads them in lists and transcripts: local time, to the minute.
enum LocalTime {
  /// `2026-11-25 07:15`, in the time zone of the machine (or `TZ`).
  static func minute(_ date: Date) -> String {
    formatter("yyyy-MM-dd HH:mm").string(from: date)
  }

  /// `2026-11-25`.
  static func day(_ date: Date) -> String {
    formatter("yyyy-MM-dd").string(from: date)
  }

  private static func formatter(_ format: String) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone.current
    formatter.dateFormat = format
    return formatter
  }
}
