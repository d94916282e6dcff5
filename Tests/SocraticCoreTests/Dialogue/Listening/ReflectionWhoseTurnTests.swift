import Testing

@testable import SocraticCore

/// "my gran would say it's not X, it's Y" is her turn: given back as theirs, it tells the
/// person a view they only reported.
@Suite("A turn said in someone else's words stays theirs")
struct ReflectionWhoseTurnTests {
  @Test(
    "a 'not X, it's Y' is the person's correction only when it is said in their own words",
    arguments: [
      ("my gran would say its not about the presents its about being round the table", false),
      ("our dad says it isnt the price, its the principle", false),
      ("honestly its not the price, its the principle of it", true),
    ])
  func whoseTurn(answer: String, isTheirs: Bool) {
    #expect((AnswerMoveReader.read(answer).correction != nil) == isTheirs)
  }

  @Test("a turn they only report is never given back as their own point")
  func reportedTurnNotGivenBack() {
    let answer = "my gran would say its not about the presents its about being round the table"
    let text = reflected(answer) ?? ""
    #expect(!text.contains("it's about being round the table, not"), "\(text)")
  }

  @Test("a 'more X than Y' they only report is no correction of their own")
  func reportedComparisonNotTheirs() {
    let answer = "my uncle would say it was more the long hours than the pay"
    #expect(AnswerMoveReader.read(answer).correction == nil)
  }
}
