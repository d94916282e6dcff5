import Testing

@testable import SocraticCore

/// Answers read by what they do, in lines a grader met this stop: who a report names without
/// the modal before its verb of saying, a chore that calls them away as their leaving, and a
/// paper named among pastimes as no source.
@Suite("Explore reads who reported a view, a chore as leaving, and a bare paper as no source")
struct ExploreReportsAndLeavingTests {
  @Test(
    "the person a view is reported from is named without the modal or adverb before 'say'",
    arguments: [
      ("my sister would say the cost. she pays twice what i do", "your sister"),
      ("my uncle always says the rates. he knows the trade", "your uncle"),
    ])
  func speakerWithoutModal(answer: String, named: String) {
    var script = ExploreScript.questioning(
      "Rents in this town are too high.", answers: ["landlords charge what they like"])
    script.type(answer)
    let asked = script.questions.map(\.text)
    #expect(asked.contains { $0.contains("how \(named) sees it") }, "\(asked)")
    #expect(!asked.contains { $0.contains("\(named) would") || $0.contains("\(named) always") })
  }

  @Test(
    "a chore that calls them away ends the session, and never becomes where they got to",
    arguments: [
      "right, i'd best get the kettle on, the kids will be in soon",
      "i'd better put the tea on, he's back at six",
    ])
  func choreIsLeaving(answer: String) {
    var script = ExploreScript.questioning(
      "Rents in this town are too high.", answers: ["landlords charge what they like"])
    let step = script.type(answer)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(ExploreScript.question(step) == nil)
  }

  @Test(
    "a paper or a video named among pastimes is no source given back",
    arguments: [
      "fine. i keep busy. the garden, the paper. the kids ring on sundays",
      "mostly telly and a book. its quiet here now",
    ])
  func barePaperIsNoSource(answer: String) {
    var script = ExploreScript.questioning("Rents in this town are too high.")
    let step = script.type(answer)
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.contains("comes from") }, "\(said)")
  }
}
