import Testing

@testable import SocraticCore

/// Two or three words that each say nothing ("yeah ok") say nothing together: they are never
/// given back or asked about as if they were a point.
@Suite("Explore: a run of empty words is no answer")
struct ExploreNoiseRunTests {
  @Test(
    "a run of empty words is neither reflected nor quoted",
    arguments: ["yeah ok", "mm sure", "ok fine whatever"])
  func emptyRun(answer: String) {
    var script = ExploreScript()
    script.type([
      "Night buses should run every hour.", "y", "70", "the last one goes at eleven", answer,
    ])
    let shown = script.events.compactMap { event -> String? in
      switch event {
      case .reflection(let value): value.text
      case .question(let value): value.text
      default: nil
      }
    }
    #expect(!shown.contains { $0.lowercased().contains(answer) }, "\(shown)")
  }
}
