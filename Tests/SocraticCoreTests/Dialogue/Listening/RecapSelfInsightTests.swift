import Testing

@testable import SocraticCore

/// The recap after the re-rating gives back what the person came to see of themselves when
/// they said no new view of the claim: where they got to leads, with the ratings.
@Suite("Recap: what they came to see of themselves leads it")
struct RecapSelfInsightTests {
  private static func map(rerating answer: String) -> BeliefMap {
    var map = BeliefMap()
    map.claim = "theres no point baking for the church fair now"
    map.reasons = [
      BeliefMap.Reason(text: "the oven takes ages to heat up"),
      BeliefMap.Reason(text: "nobody buys the lemon cake anyway"),
    ]
    map.confidenceBefore = 80
    map.confidence = 65
    map.recordShift(in: answer, asksWhatMoved: true)
    return map
  }

  @Test("a late insight about themselves is where they got to, with how the rating moved")
  func insightLeads() throws {
    let map = Self.map(
      rerating: "65 maybe. Maybe I just dont want to do it without my sister, if im honest.")
    let recap = try #require(ReflectionWriter.summary(of: map))
    #expect(
      recap.hasPrefix(
        "Where you've got to: maybe you just don't want to do it without your sister"))
    #expect(recap.contains("(80 → 65)."))
  }

  @Test("a rating with nothing said of themselves leaves the recap to their reasons")
  func noInsight() throws {
    let map = Self.map(rerating: "65 i reckon")
    let recap = try #require(ReflectionWriter.summary(of: map))
    #expect(
      recap
        == "So far, you think theres no point baking for the church fair now because the oven "
        + "takes ages to heat up, and because nobody buys the lemon cake anyway.")
  }
}
