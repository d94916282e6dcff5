import Testing

@testable import SocraticCore

/// A line that opens by giving back what the other side said is counted as a reflection, read
/// as the critic reads it against their last line.
@Suite("The listening scorecard: reflections that open a line")
struct ListeningScorecardReflectionTests {
  private static let theySaid =
    "the landlords putting the rent up again and i honestly dont know how we'll manage"

  @Test(
    "a reflection before a question counts as one; a counterpoint, a statement or advice does not",
    arguments: [
      ("youre worried about the money. what are you gonna do?", 1),
      ("so youre stressed about the rent. have you talked to him?", 1),
      ("youre not sure how you'll cope. whats the worst bit?", 1),
      ("but you signed the lease. what did you expect?", 0),
      ("you could ask him for a payment plan. what do you think?", 0),
      ("you should ring citizens advice first. have you tried them?", 0),
    ])
  func openingReflection(line: String, count: Int) {
    #expect(
      ListeningScorecard.reflections(in: line, form: .open, after: Self.theySaid) == count)
  }
}

/// A word about the persona's answer before a question gives nothing of theirs back.
@Suite("The listening scorecard: a rebuke is no reflection")
struct ScorecardRebukeTests {
  private static let theySaid =
    "Some would say it's not that simple: the Hull scheme lost half its saplings."

  @Test(
    "a rebuke about the last answer opening a question is not counted as a reflection",
    arguments: [
      "hang on thats you arguing my side lol. was Hull a one off then",
      "you brought Hull up not me mate. anyway what would change your mind",
      "you already said that last time. whatever. how would a gardener see it",
    ])
  func rebukeIsNoReflection(line: String) {
    #expect(ListeningScorecard.reflections(in: line, form: .open, after: Self.theySaid) == 0)
  }
}
