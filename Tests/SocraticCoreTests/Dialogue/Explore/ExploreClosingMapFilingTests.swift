import Testing

@testable import SocraticCore

/// The closing map files each line by what the person did with it: a line they draw for
/// themselves is never where they got to on the claim; what they came
/// to see of themselves as they re-rated is kept, as the recap said it.
@Suite("Explore closing map filing")
struct ExploreClosingMapFilingTests {
  private func items(_ heading: String, in script: ExploreScript) -> [String] {
    script.dialogue.state.map.digest.filter { $0.heading == heading }.flatMap(\.items)
  }

  @Test(
    "a line they draw for themselves is not where they got to, nor what they came to see",
    arguments: [
      ("im never giving him the car keys again, end of story", "car keys"),
      ("i won't cover his shifts again", "cover his shifts"),
      ("im not going to answer her emails on sundays anymore", "emails on sundays"),
    ])
  func boundaryIsAPlan(boundary: String, words: String) {
    var script = ExploreScript.questioning(
      "Doing favours for my brother has cost me.",
      answers: ["because he never pays me back and never says thanks", "/confidence 85"])
    script.type(boundary)
    let landings = items("Where you got to", in: script)
    let realised = items("What you came to see", in: script)
    #expect(!landings.contains { $0.contains(words) }, "\(landings)")
    #expect(!realised.contains { $0.contains(words) }, "\(realised)")
  }

  @Test(
    "what they came to see of themselves as they re-rated is on the closing map",
    arguments: [
      ("honestly i think its really about me being taken for granted", "taken for granted"),
      ("i think its more about me wanting him to notice the effort", "notice the effort"),
    ])
  func insightIsKept(insight: String, words: String) {
    var script = ExploreScript.questioning(
      "Doing favours for my brother has cost me.",
      answers: ["because he never pays me back and never says thanks", "/confidence 85"])
    script.type(insight)
    let realised = items("What you came to see", in: script)
    let landings = items("Where you got to", in: script)
    #expect(realised.contains { $0.contains(words) && $0.contains("you") }, "\(realised)")
    #expect(!landings.contains { $0.contains(words) }, "\(landings)")
  }
}
