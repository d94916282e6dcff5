import Testing

@testable import SocraticCore

/// A body named by its initials is a source; a word shouted in capitals is stress, not a body.
@Suite("Sources named by initials, and words shouted in capitals")
struct SourceInitialsTests {
  @Test(
    "a shouted word before what a study found is no source",
    arguments: [
      "NOBODY said the survey was wrong, it just got ignored",
      "ALL the figures say the same thing tbh",
      "honestly EVERYONE reckons the research is rubbish",
      "the NEW report is worse lol",
    ])
  func shoutedWordIsNoSource(answer: String) {
    let sources = AnswerMoveReader.read(answer).sources
    #expect(sources.isEmpty, "\(sources)")
  }

  @Test(
    "initials before what the body found are still the source",
    arguments: [
      ("the ONS figures were pretty clear on it", "the ONS"),
      ("according to the WHO its way worse than they say", "the WHO"),
      ("the FBI said as much in that report", "the FBI"),
    ])
  func initialsAreTheSource(answer: String, source: String) {
    let sources = AnswerMoveReader.read(answer).sources
    #expect(sources.contains(source), "\(sources)")
  }
}
