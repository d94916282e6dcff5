import Foundation

/// Makes session ids: the start time in UTC to the minute, then four random characters,
/// such as `20261125-0615-k3f9`.
///
/// Ids sort by start time as plain strings (UTC, so a change of time zone cannot reorder
/// them), are short enough to type, and use only lowercase letters and digits that cannot be
/// mistaken for each other (no `0`/`o`, `1`/`l`/`i`). Two sessions started in the same minute
/// differ in the random part; the log is created with O_EXCL, and a clash draws again.
public enum SessionID {
  /// The characters of the random part.
  static let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")

  /// A new id for a session started at `date`.
  public static func make(at date: Date) -> String {
    var generator = SystemRandomNumberGenerator()
    return make(at: date, using: &generator)
  }

  /// A new id whose random part comes from the generator (tests pass a seeded one).
  public static func make<Generator: RandomNumberGenerator>(
    at date: Date, using generator: inout Generator
  ) -> String {
    let stamp = Timestamp.string(from: date)
    let digits = stamp.filter(\.isNumber)
    let day = digits.prefix(8)
    let time = digits.dropFirst(8).prefix(4)
    let suffix = String((0..<4).map { _ in alphabet.randomElement(using: &generator)! })
    return "\(day)-\(time)-\(suffix)"
  }
}
