import Testing

@testable import SocraticCore

/// "Not the knees." said alone, as they say what moved them, sets that reason aside: the close
/// never lists it among their reasons again.
@Suite("The map: a bare 'not the …' sets the reason it names aside")
struct MapBareNotSetAsideTests {
  private static func map() -> BeliefMap {
    var map = BeliefMap()
    map.claim = "theres no point keeping the allotment now"
    map.reasons = [
      BeliefMap.Reason(text: "of the bus fare"),
      BeliefMap.Reason(text: "the slugs get everything anyway"),
    ]
    return map
  }

  @Test(
    "a bare 'not' before the thing a reason names takes that reason off",
    arguments: [
      "60 now. Not the bus fare. Its the quiet up there without him",
      "maybe 55. not the fare really. i just dont like going on my own",
    ])
  func setsAside(answer: String) {
    var map = Self.map()
    map.recordShift(in: answer, asksWhatMoved: true)
    #expect(map.reasons.map(\.text) == ["the slugs get everything anyway"])
    #expect(map.withdrawn == ["of the bus fare"])
  }

  @Test("'not that much' says how much, and sets nothing aside")
  func degreeKept() {
    var map = Self.map()
    map.recordShift(in: "65. not that much. the slugs are still the worst", asksWhatMoved: true)
    #expect(map.reasons.count == 2)
    #expect(map.withdrawn.isEmpty)
  }
}
