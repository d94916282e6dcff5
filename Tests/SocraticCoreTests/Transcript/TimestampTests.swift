import Foundation
import SocraticCore
import Testing

@Suite("Timestamps in logs and exports")
struct TimestampTests {
  @Test(
    "a time is written as ISO 8601 UTC with milliseconds",
    arguments: [
      (0.0, "1970-01-01T00:00:00.000Z"),
      (1_795_587_303.12, "2026-11-25T06:15:03.120Z"),
      (951_782_400.999, "2000-02-29T00:00:00.999Z"),
      (-1.5, "1969-12-31T23:59:58.500Z"),
    ])
  func writes(seconds: Double, text: String) {
    #expect(Timestamp.string(from: Date(timeIntervalSince1970: seconds)) == text)
    #expect(Timestamp.date(from: text) == Timestamp.truncated(Date(timeIntervalSince1970: seconds)))
  }

  @Test("a truncated time survives a trip through text unchanged")
  func roundTrip() {
    for offset in stride(from: 0.0, to: 3.0, by: 0.0137) {
      let date = Timestamp.truncated(Date(timeIntervalSince1970: 1_795_587_303 + offset))
      #expect(Timestamp.date(from: Timestamp.string(from: date)) == date)
    }
  }

  @Test("seconds without a fraction, and fractions longer than milliseconds, are read")
  func lenientFractions() {
    #expect(
      Timestamp.date(from: "2026-11-25T06:15:03Z") == Date(timeIntervalSince1970: 1_795_587_303))
    #expect(
      Timestamp.date(from: "2026-11-25T06:15:03.1239Z")
        == Date(timeIntervalSince1970: 1_795_587_303.123))
  }

  @Test(
    "anything else is not a time",
    arguments: [
      "", "2026-11-25", "2026-11-25T06:15:03", "2026-11-25T06:15:03+01:00", "2026-13-01T00:00:00Z",
      "2026-02-30T00:00:00Z", "2026-11-25T24:00:00Z", "2026-11-25T06:15:03.Z",
      "2026-11-25 06:15:03Z",
      "２026-11-25T06:15:03Z",
    ])
  func rejects(text: String) {
    #expect(Timestamp.date(from: text) == nil)
  }
}
