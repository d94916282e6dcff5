import Testing

@testable import SocraticCore

/// A complaint about the question, or a jab at who sent the tool, is about the talk: it gets
/// a short answer and the talk goes on; it is never given back as their view or filed.
@Suite("Explore, when the person complains about the question or jabs at the tool")
struct ExploreJabsAtTheToolTests {
  static let belief = "Our village pub should not be turned into flats."

  @Test(
    "a question named as making no sense is owned as unclear, never reflected or filed",
    arguments: ["your question doesnt make any sense", "that last question makes no sense"])
  func questionNamed(reply: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["its where the darts team has met for forty years"])
    let step = script.type(reply)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.unclearNotice))
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
    let filed = script.dialogue.state.map.digest.flatMap(\.items)
    #expect(!filed.contains { $0.contains("sense") }, "\(filed)")
  }

  @Test(
    "a jab at who put the tool up to it is answered with what it is for, never reflected",
    arguments: [
      "my brother put you up to this didnt he",
      "the landlord sent you, who put you up to it",
    ])
  func whoSentYou(reply: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["its where the darts team has met for forty years"])
    let step = script.type(reply)
    #expect(ExploreScript.notices(step).first == ExploreDialogue.purposeNotice)
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
    let filed = script.dialogue.state.map.digest.flatMap(\.items)
    #expect(!filed.contains { $0.contains("up to") }, "\(filed)")
  }
}
