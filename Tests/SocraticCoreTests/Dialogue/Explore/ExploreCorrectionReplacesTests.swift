import Testing

@testable import SocraticCore

/// A correction that gives a deed to another ("the dog didnt move anything, it was the vet
/// bill") replaces what was filed, and is given back as the turn it takes, in its tense.
@Suite("Explore correction replaces")
struct ExploreCorrectionReplacesTests {
  static let belief = "We should swap the car for bikes."

  @Test(
    "a deed denied of one thing and given to another is given back as the turn",
    arguments: [
      (
        "sorry the petrol didnt change anything, it was the parking fines",
        "it was the parking fines, not the petrol"
      ),
      (
        "no the school run didnt decide it, it was my knee",
        "it was your knee, not the school run"
      ),
      (
        "the bikes dont cost much, its the helmets and locks",
        "it's the helmets and locks, not the bikes"
      ),
      (
        "the petrol didnt push us, it was the parking fines that did",
        "it was the parking fines, not the petrol"
      ),
      (
        "it was the parking fines not the petrol",
        "it was the parking fines, not the petrol"
      ),
    ])
  func turnIsGivenBack(line: String, turn: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the petrol costs a fortune and the school run is two streets"])
    let reflections = ExploreScript.reflections(script.type(line))
    #expect(reflections.contains { $0.contains(turn) }, "\(reflections)")
  }

  @Test("what moved the rating is set right by the correction, and the end shows the new one")
  func whatMovedIsReplaced() {
    var map = BeliefMap(claim: "we should swap the car for bikes")
    map.recordShift(in: "40 now, the petrol moved it", asksWhatMoved: true)
    #expect(map.whatMovedThem == "the petrol moved it")
    map.correct(by: "sorry the petrol didnt change anything, it was the parking fines")
    #expect(map.whatMovedThem == "the parking fines moved it")
    let moved = map.digest.first { $0.heading == "What moved your rating" }
    #expect(moved?.items.first?.contains("the parking fines") == true, "\(map.digest)")
  }

  @Test(
    "a denial that gives no deed to another sets nothing aside",
    arguments: [
      "the bus didnt come, it was raining",
      "my brother didnt help, it was useless",
      "my sister didnt want to cycle, it was a steep hill",
      "the car didnt start, it was the coldest morning of the year",
      "my dad didnt like that, it was the noise",
    ])
  func plainDenialIsNoTurn(line: String) {
    #expect(BeliefMap.turnCorrection(in: line) == nil)
  }
}
