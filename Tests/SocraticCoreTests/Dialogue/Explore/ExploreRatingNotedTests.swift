import Testing

@testable import SocraticCore

/// A rating is noted as it is shown: a range says which number of it is kept, a rating put
/// in passing ("put me down for 55 not 70") is acknowledged and kept, and `/quit` just after
/// one still asks the confidence once more.
@Suite("Explore notes a rating as shown")
struct ExploreRatingNotedTests {
  static let belief = "The allotment fees are too high."

  @Test("a range at the first rating says the number it keeps, and keeps that one")
  func rangeSaysWhatIsKept() {
    var script = ExploreScript()
    script.type([Self.belief, "y"])
    let step = script.type("75. maybe 80.")
    let said = ExploreScript.reflections(step).first ?? ""
    #expect(said.hasPrefix("Somewhere round 75 to 80"), "\(said)")
    #expect(said.hasSuffix("I'll note 80, the last number you said."), "\(said)")
    #expect(script.dialogue.state.map.confidence == 80)
  }

  @Test("a rating put in passing mid-session is acknowledged and recorded")
  func putMeDownFor() {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the council doubled them in two years"])
    let step = script.type("put me down for 55 not 70")
    #expect(ExploreScript.reflections(step).contains { $0.contains("55") }, "\(step.outputs)")
    #expect(script.dialogue.state.map.confidence == 55)
  }

  @Test("/quit just after a rating asks the confidence once more, offering that rating back")
  func quitAfterRatingAsks() {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the council doubled them in two years", "put me down for 55 not 70"])
    let step = script.type("/quit")
    #expect(
      ExploreScript.notices(step).contains { $0.hasPrefix("You said 55 a moment ago") },
      "\(ExploreScript.notices(step))")
    #expect(script.dialogue.state.phase == .closingSession(.quit))
    script.type("50")
    #expect(script.dialogue.state.phase == .finished)
    #expect(script.dialogue.state.map.confidence == 50)
  }
}
