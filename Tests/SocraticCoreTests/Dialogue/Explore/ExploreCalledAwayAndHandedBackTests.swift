import Testing

@testable import SocraticCore

/// An apology for what calls them away waits for them, a feeling word scoffed at is no
/// feeling of theirs, a point handed back keeps the reason said beside it in either order, and
/// a goodbye is asked the closing rating once.
@Suite("Explore called away and handed back")
struct ExploreCalledAwayAndHandedBackTests {
  static let belief = "We should get rid of the old van."

  @Test(
    "an apology for what calls them away waits for them, given back as nothing",
    arguments: [
      "sorry the dogs barking at the postman", "soz, my toddler's awake",
      "sorry the ovens beeping", "sorry my youngest is up", "sry the phones ringing",
      "sorry the doorbell",
    ])
  func apologyForACallerWaits(line: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the clutch keeps slipping"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step) == [ExploreDialogue.pauseNotice])
    #expect(ExploreScript.reflections(step).isEmpty)
  }

  @Test(
    "an apology that goes on to a point of theirs is an answer, kept on the map in their words",
    arguments: [
      ("sorry but the kids need the seats for football", "football"),
      ("sorry the kids need the seats for football", "football"),
      ("sorry the dog hates it, he gets carsick", "the dog hates it"),
      ("soz my eldest learns to drive in it", "drive"),
      ("sorry the phone says the insurance doubled", "insurance"),
    ])
  func apologyWithAPointAnswers(line: String, kept: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the clutch keeps slipping"])
    let step = script.type(line)
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.pauseNotice))
    let items = script.dialogue.state.map.digest.flatMap(\.items)
    #expect(items.contains { $0.contains(kept) }, "\(script.dialogue.state.map.digest)")
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

  @Test(
    "another's point named beside a reason of theirs, or granted, keeps the reason",
    arguments: [
      ("the van was always my dad's thing", "the clutch keeps slipping"),
      ("the mot thing was my uncle's point, and he's dead right", "mot"),
      ("the mot thing was my uncle's idea but he's right", "mot"),
    ])
  func reasonKeptBesideAnothersGrantedPoint(line: String, kept: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the clutch keeps slipping and the mot runs out in march"])
    script.type(line)
    let digest = script.dialogue.state.map.digest
    let reasons = digest.first { $0.heading == "Your reasons" }?.items ?? []
    #expect(reasons.contains { $0.contains(kept) }, "\(digest)")
  }

  @Test(
    "a goodbye with no number is asked the closing rating once; a goodbye there ends it",
    arguments: ["ok im done, that's plenty", "right, im off now. ta"])
  func goodbyeAsksRatingOnce(line: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["the clutch keeps slipping"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(
      ExploreScript.notices(step).contains {
        $0.hasPrefix("How confident are you now that we should get rid of the old van")
      }, "\(ExploreScript.notices(step))")
    script.type("no ta, gotta run")
    #expect(script.dialogue.state.phase == .finished)
  }
}
