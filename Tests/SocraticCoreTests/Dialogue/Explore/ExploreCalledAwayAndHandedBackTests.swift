import Testing

@testable import SocraticCore

/// An apology for what calls them away waits for them, a feeling word scoffed at is no
/// feeling of theirs, and a point handed back keeps the reason said beside it in either order.
@Suite("Explore called away and handed back")
struct ExploreCalledAwayAndHandedBackTests {
  static let belief = "We should get rid of the old van."

  @Test(
    "an apology for what calls them away waits for them, given back as nothing",
    arguments: [
      "sorry the dogs barking at the postman", "soz, my toddler's awake",
      "sorry the ovens beeping",
    ])
  func apologyForACallerWaits(line: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the clutch keeps slipping"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step) == [ExploreDialogue.pauseNotice])
    #expect(ExploreScript.reflections(step).isEmpty)
  }

  @Test("an apology that goes on to a point of theirs is an answer")
  func apologyWithAPointAnswers() {
    var script = ExploreScript.questioning(Self.belief, answers: ["the clutch keeps slipping"])
    let step = script.type("sorry but the kids need the seats for football")
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.pauseNotice))
    #expect(ExploreScript.reflections(step).contains { $0.contains("football") })
  }

  @Test(
    "a feeling word asked back and scoffed at is no feeling of theirs: the next question comes",
    arguments: ["thrilled? yeah right", "delighted?? as if"])
  func scoffedFeelingIsNotTheirs(line: String) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(line)
    #expect(script.dialogue.state.map.feelings.isEmpty, "\(script.dialogue.state.map.feelings)")
    #expect(ExploreScript.question(step) != nil)
    #expect(!ExploreScript.reflections(step).contains { $0.contains("feeling") })
  }

  @Test(
    "a point handed back keeps the reason said beside it, in either order",
    arguments: [
      "the mot thing was my uncle's point not mine, the clutch keeps slipping",
      "the clutch keeps slipping and the mot thing was my uncle's point",
    ])
  func ownReasonKeptBesideHandBack(line: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the clutch keeps slipping and the mot runs out in march"])
    script.type(line)
    let digest = script.dialogue.state.map.digest
    let reasons = digest.first { $0.heading == "Your reasons" }?.items ?? []
    #expect(reasons.contains { $0.hasPrefix("the clutch keeps slipping") }, "\(digest)")
    #expect(!reasons.contains { $0.contains("mot") }, "\(digest)")
  }
}
