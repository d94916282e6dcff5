import Testing

@testable import SocraticCore

/// A line that opens by giving back what the other side said is counted as a reflection, read
/// as the critic reads it against their last line.
@Suite("The listening scorecard: reflections that open a line")
struct ListeningScorecardReflectionTests {
  private static let theySaid =
    "the landlords putting the rent up again and i honestly dont know how we'll manage"

  @Test(
    "a reflection before a question counts as one; a counterpoint or a statement does not",
    arguments: [
      ("youre worried about the money. what are you gonna do?", 1),
      ("so youre stressed about the rent. have you talked to him?", 1),
      ("youre not sure how you'll cope. whats the worst bit?", 1),
      ("but you signed the lease. what did you expect?", 0),
    ])
  func openingReflection(line: String, count: Int) {
    #expect(
      ListeningScorecard.reflections(in: line, form: .open, after: Self.theySaid) == count)
  }
}
