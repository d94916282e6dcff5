import SocraticCore
import Testing

/// A noun of a group takes a plural verb in British English ("the committee want …"), and a
/// plural noun an "-ing" word describes ("the bowling greens") heads its phrase: neither is
/// read as a verb, and the belief is inverted at its real verb.
@Suite("Group nouns and -ing compounds")
struct GroupNounBeliefTests {
  let engine = InversionEngine()

  @Test(
    "a group noun with a plural verb is inverted at that verb",
    arguments: [
      (
        "the committee want to scrap the bowling greens",
        "the committee do not want to scrap the bowling greens"
      ),
      ("the board want to sell the pier", "the board do not want to sell the pier"),
    ])
  func groupNoun(belief: String, inverted: String) throws {
    #expect(try engine.analyze(belief).inverted == inverted)
  }

  @Test(
    "a plural after an -ing word heads the phrase, not a verb of it",
    arguments: [
      (
        "the old boating lakes matter to the town",
        "the old boating lakes do not matter to the town"
      )
    ])
  func ingCompound(belief: String, inverted: String) throws {
    #expect(try engine.analyze(belief).inverted == inverted)
  }

  @Test(
    "an -ing word is the subject when the '-s' word is the only one that can be the verb",
    arguments: [
      ("The gardening helps.", "the gardening does not help"),
      ("the knitting works.", "the knitting does not work"),
      ("they want to shut the skating rinks", "they do not want to shut the skating rinks"),
    ])
  func ingSubjectWithOnlyVerb(belief: String, inverted: String) throws {
    #expect(try engine.analyze(belief).inverted == inverted)
  }

  @Test("an -ing word with an object after its verb is still the subject")
  func ingSubject() throws {
    #expect(
      try engine.analyze("the cycling helps my knees").inverted
        == "the cycling does not help your knees")
  }
}
