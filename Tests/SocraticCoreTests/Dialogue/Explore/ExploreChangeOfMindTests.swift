import Testing

@testable import SocraticCore

/// A change of mind said outright is met as one: the view they came with and the one they
/// hold now given back in their words, how sure they are of the new one asked next, no recap
/// of the claim they left, and the close showing where they landed.
@Suite("Explore change of mind")
struct ExploreChangeOfMindTests {
  static let belief = "Electric scooters should be banned from pavements."
  static let firstAnswer = "because my nan nearly got knocked over by one outside the post office"

  @Test(
    "a stated change of mind is given back, old view and new, and the new one is rated next",
    arguments: [
      (
        "hmm ok ive changed my mind, now i reckon they should just have a 10mph limit",
        "they should just have a 10mph limit"
      ),
      (
        "maybe i was wrong tbh, the scooters are fine if theres a proper lane for them",
        "the scooters are fine if there's a proper lane for them"
      ),
      (
        "my minds sort of made up now lol. i think they need lanes not a ban",
        "you think they need lanes not a ban"
      ),
    ])
  func changeIsGivenBack(line: String, view: String) {
    var script = ExploreScript.questioning(Self.belief, answers: [Self.firstAnswer])
    let step = script.type(line)
    let reflections = ExploreScript.reflections(step)
    #expect(
      reflections.contains {
        $0.hasPrefix("So you came in thinking electric scooters should be banned")
          && $0.contains(view)
      }, "\(reflections)")
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(question == "How sure are you of that now, from 0 to 100?", "\(question)")
  }

  @Test(
    "a change of mind denied or supposed is no change of mind",
    arguments: [
      "nah i havent changed my mind, they go way too fast",
      "what if i was wrong about it, the lanes are always blocked anyway",
    ])
  func deniedChangeIsNone(line: String) {
    var script = ExploreScript.questioning(Self.belief, answers: [Self.firstAnswer])
    let step = script.type(line)
    #expect(!ExploreScript.reflections(step).contains { $0.contains("came in thinking") })
    #expect(ExploreScript.question(step)?.text != "How sure are you of that now, from 0 to 100?")
  }

  @Test("the close shows where they landed, with the rating given for it")
  func closeShowsWhereTheyLanded() {
    var script = ExploreScript.questioning(
      Self.belief,
      answers: [
        Self.firstAnswer,
        "ok ive changed my mind, now i reckon they should just have a 10mph limit",
        "55",
      ])
    let map = script.dialogue.state.map
    #expect(map.confidence == 55)
    #expect(map.landings.first == "they should just have a 10mph limit", "\(map.landings)")
    // "i was wrong" is the change, never a point granted, nor what moved the rating.
    #expect(map.doubts.isEmpty, "\(map.doubts)")
    #expect(map.whatMovedThem == nil, "\(String(describing: map.whatMovedThem))")
    script.type("/quit")
    let shown = script.steps.flatMap(ExploreScript.notices).joined(separator: "\n")
    #expect(!shown.contains("so far, you think electric scooters"), "\(shown)")
  }

  @Test("after a change of mind, no recap says the claim they left")
  func noRecapOfTheLeftClaim() {
    var map = BeliefMap(claim: "electric scooters should be banned from pavements")
    map.reasons = [.init(text: "my nan nearly got knocked over by one")]
    map.strongest = 0
    #expect(ReflectionWriter.recap(of: map) != nil)
    map.recordShift(in: "ok ive changed my mind, now i reckon they just need a speed limit")
    #expect(ReflectionWriter.recap(of: map) == nil)
  }

  @Test("the re-rating at the close asks about where they landed")
  func rerateNamesTheNewView() {
    var map = BeliefMap(claim: "electric scooters should be banned from pavements")
    map.recordShift(in: "yeah i was wrong. they just need a speed limit")
    #expect(map.changedView == "they just need a speed limit")
    let question = ExploreArc.changedRerateWording.replacing(
      "{view}", with: map.changedView ?? "")
    #expect(!question.contains("shifted"))
    #expect(question.contains("they just need a speed limit"))
  }
}
