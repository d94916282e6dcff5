import Testing

@testable import SocraticCore

/// The recap before the closing rating gives back where the person is now: what they came to
/// see of themselves is said as that, never as a point granted to the other side, and a plan
/// they voiced is given back ahead of the reasons they started from.
@Suite("Recap: what they came to see and what they plan")
struct RecapLatestStateTests {
  private static func map() -> BeliefMap {
    var map = BeliefMap()
    map.claim = "my brother should sell his allotment"
    map.reasons = [
      BeliefMap.Reason(text: "he hasnt been down there since march"),
      BeliefMap.Reason(text: "the waiting list has forty names on it"),
    ]
    map.confidenceBefore = 75
    map.confidence = 75
    return map
  }

  @Test("a realisation about themselves is given back as one, not as granted")
  func realisation() throws {
    var map = Self.map()
    map.doubts = ["maybe its more about me wanting him round for sunday lunch"]
    let recap = try #require(ReflectionWriter.summary(of: map))
    #expect(
      recap.contains(
        "You came to see that maybe it's more about you wanting him round for sunday lunch."))
    #expect(!recap.contains("granted"))
  }

  @Test("a plan they voiced is given back before their reasons")
  func plan() throws {
    var map = Self.map()
    map.doubts = ["the tomatoes were good last year to be fair"]
    map.notes = [.init(text: "ill ring him on thursday about it", category: .plan)]
    let recap = try #require(ReflectionWriter.summary(of: map))
    let plan = try #require(recap.range(of: "You'll ring him on thursday about it."))
    let reason = try #require(recap.range(of: "since march"))
    #expect(plan.lowerBound < reason.lowerBound)
  }

  @Test("a point of theirs that makes sense 'to me' is granted, not a realisation")
  func grantedToMe() {
    var map = Self.map()
    map.doubts = ["fair point, the cost argument makes sense to me"]
    let sections = map.digest
    let granted = sections.first { $0.heading == "What you granted" }
    #expect(granted?.items.contains { $0.contains("makes sense to you") } == true, "\(sections)")
    #expect(!sections.contains { $0.heading == "What you came to see" })
  }

  @Test("the end screen files a realisation apart from the points granted")
  func digest() {
    var map = Self.map()
    map.doubts = [
      "i never actually asked him if he still enjoys it",
      "the tomatoes were good last year to be fair",
    ]
    let sections = map.digest
    let realised = sections.first { $0.heading == "What you came to see" }
    let granted = sections.first { $0.heading == "What you granted" }
    #expect(realised?.items.contains { $0.contains("never actually asked him") } == true)
    #expect(granted?.items.contains { $0.contains("never actually asked") } != true)
  }

  @Test("a score out of ten is no reason, on the end screen or in the recap")
  func score() throws {
    var map = Self.map()
    map.reasons.insert(
      BeliefMap.Reason(text: "honestly id give his plot a 3 out of 10 right now"), at: 0)
    let reasons = map.digest.first { $0.heading == "Your reasons" }?.items ?? []
    #expect(!reasons.contains { $0.contains("out of 10") })
    #expect(ReflectionWriter.summary(of: map)?.contains("out of 10") != true)
  }
}
