import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Times as a person reads them in lists and transcripts: local time, to the minute.
///
/// Read with the C library's `localtime_r` (the machine's time zone, or `TZ`), not a
/// `DateFormatter`: making one costs about 40 µs, which for a list of 10,000 sessions was half
/// of all its time.
enum LocalTime {
  /// `2026-11-25 07:15`, in the time zone of the machine (or `TZ`).
  static func minute(_ date: Date) -> String {
    let time = fields(of: date)
    return day(time) + " " + twoDigits(time.tm_hour) + ":" + twoDigits(time.tm_min)
  }

  /// `2026-11-25`.
  static func day(_ date: Date) -> String {
    day(fields(of: date))
  }

  private static func day(_ time: tm) -> String {
    String(time.tm_year + 1900) + "-" + twoDigits(time.tm_mon + 1) + "-"
      + twoDigits(time.tm_mday)
  }

  private static func fields(of date: Date) -> tm {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var time = tm()
    localtime_r(&seconds, &time)
    return time
  }

  private static func twoDigits(_ value: Int32) -> String {
    value < 10 ? "0" + String(value) : String(value)
  }
}
