import Testing

@testable import SocraticCore

@Suite("Explore asks a pack's questions only of beliefs they fit")
struct ExplorePackFitTests {
  /// Every question asked in a session on the built-in packs while the person skips each one.
  private func questionsAsked(about belief: String, skipping count: Int = 14) -> [String] {
    var script = ExploreScript(setting: ExploreSetting(library: .builtIn(), seed: 3))
    script.type([belief, "y", "60"])
    script.type(Array(repeating: "/skip", count: count))
    return script.questions.map(\.text)
  }

  @Test("a belief about tariffs is asked the trade pack's questions but none about a war")
  func tariffsGetNoWarQuestion() {
    let asked = questionsAsked(about: "Tariffs will bring the factories back to our towns.")
    #expect(asked.count > 5)
    #expect(!asked.contains { $0.contains("winning, losing or peace") })
    #expect(!asked.contains { $0.localizedStandardContains("conflict") })
  }

  @Test("a belief about a war is still asked the pack's war questions")
  func warGetsWarQuestions() {
    let asked = questionsAsked(about: "The war in Ukraine will only end at the negotiating table.")
    #expect(asked.contains { $0.contains("winning, losing or peace") })
  }
}
