import Testing

@testable import SocraticCore

/// What they mean to do is listed as their plan at the end: said as an answer it is no reason
/// for the belief, and said on the way out it is kept, though the answer says goodbye.
@Suite("Explore summary plans")
struct ExploreSummaryPlansTests {
  private func session(_ answers: [String]) -> ExploreScript {
    var script = ExploreScript()
    script.type(["Renting in this city is a total rip off.", "y", "80"] + answers)
    return script
  }

  private func items(_ heading: String, in script: ExploreScript) -> [String] {
    script.dialogue.state.map.digest.filter { $0.heading == heading }.flatMap(\.items)
  }

  private let reason = "because my rent went up 200 quid this year and nothing got fixed"

  @Test(
    "a plan told in an answer that says goodbye is listed under 'What you might do'",
    arguments: [
      (
        "fair enough. ill ring the letting agent about the damp on monday. right im off, tea's "
          + "ready", "ring the letting agent"
      ),
      (
        "hm ok. i should talk to the other tenants about it properly. anyway gotta dash, ta",
        "talk to the other tenants"
      ),
    ])
  func planInAGoodbye(answer: String, plan: String) {
    let script = session([reason, answer])
    let plans = items("What you might do", in: script)
    #expect(plans.contains { $0.contains(plan) }, "\(plans)")
  }

  @Test("what they will do, said as an answer, is their plan and no reason for the belief")
  func planIsNoReason() {
    let script = session([reason, "ill email the council about the rent caps they promised lol"])
    let plans = items("What you might do", in: script)
    let reasons = items("Your reasons", in: script)
    #expect(plans.contains { $0.contains("email the council") }, "\(plans)")
    #expect(!reasons.contains { $0.contains("email the council") }, "\(reasons)")
  }
}
