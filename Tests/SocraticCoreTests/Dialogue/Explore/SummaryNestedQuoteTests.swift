import Testing

@testable import SocraticCore

/// Their words quoted at the end of a session keep every quotation mark balanced: a quote
/// they typed inside their answer is written with single marks inside ours, and closed.
@Suite("Summary quotes balance the marks of a quote inside their words")
struct SummaryNestedQuoteTests {
  @Test(
    "a quote of theirs inside a quote of ours is written with single marks and closed",
    arguments: [
      (
        "my coach only ever says \"keep your head up\". then the whole team goes quiet and "
          + "nobody says a single word on the bus home",
        "\u{201C}my coach only ever says \u{2018}keep your head up\u{2019}\u{2026}\u{201D}"
      ),
      (
        "my gran calls it \u{201C}a phase\u{201D} and leaves it there",
        "\u{201C}my gran calls it \u{2018}a phase\u{2019} and leaves it there\u{201D}"
      ),
      (
        "the sign just said \"closed for repairs",
        "\u{201C}the sign just said \u{2018}closed for repairs\u{2019}\u{201D}"
      ),
    ])
  func nested(answer: String, quote: String) {
    #expect(BeliefMap.quoted(answer) == quote, "\(answer)")
  }

  @Test("their words with no quote of their own are quoted as before")
  func plain() {
    #expect(
      BeliefMap.quoted("the pool shuts too early on weekdays")
        == "\u{201C}the pool shuts too early on weekdays\u{201D}")
  }
}
