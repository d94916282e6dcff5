import Testing

@testable import SocraticCore

/// What a person owns about themselves ("the cost bit is bigger than i let on", "i dig my heels
/// in and then …"): given back and stayed with, never walked past with a question of the arc.
@Suite("Explore stays with an admission")
struct ExploreAdmissionTests {
  @Test(
    "an admission about themselves is given back and asked about next",
    arguments: [
      "honestly the cost bit is bigger than i let on",
      "i dig my heels in and then my brother gets his way",
      "i hate that i still check his page every night",
    ])
  func admission(line: String) {
    var script = ExploreScript.questioning(
      "Family should come before friends.", answers: ["they were there when things went wrong"])
    let step = script.type(line)
    #expect(ExploreScript.reflections(step).count == 1)
    #expect(
      TurnRequest.ownPointQuestions.contains(ExploreScript.question(step)?.text ?? ""))
  }
}
