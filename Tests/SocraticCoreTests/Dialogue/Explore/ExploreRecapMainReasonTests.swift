import Testing

@testable import SocraticCore

@Suite("Explore: the recap names a main reason only when they leaned on one")
struct ExploreRecapMainReasonTests {
  /// The recaps that asked whether they got the person right, as shown.
  static func recaps(_ script: ExploreScript) -> [String] {
    script.events.compactMap { event in
      if case .summary(let value) = event, value.isCheck { return value.text }
      return nil
    }
  }

  @Test("reasons given one after another, none leaned on, bring no recap that picks one")
  func noMainReasonNoRecap() {
    let script = ExploreScript.questioning(
      "The town should build a skate park",
      answers: [
        "teenagers have nowhere to go after school round here",
        "my nephew skates in the supermarket car park",
        "the security guards keep chasing them off",
        "the next town over built one and its always busy",
        "it would get them off their phones for a bit",
      ])
    #expect(Self.recaps(script).isEmpty, "\(Self.recaps(script)) \(script.questions.map(\.text))")
    if case .checkingRecap = script.dialogue.state.phase { Issue.record("a recap waits") }
  }

  @Test("the reason they say is the main one leads the recap, and nothing is called granted")
  func leanedOnLeads() {
    let script = ExploreScript.questioning(
      "Night buses should run every weekend",
      answers: [
        "the taxis charge a fortune after midnight",
        "ok fair, not every town needs them",
        "the bar staff finish at two and have no way home",
        "my cousin walked four miles home last month",
        "the main thing is the bar staff have no way home",
      ])
    let recap = Self.recaps(script).last ?? ""
    #expect(recap.contains("mostly because"), "\(recap)")
    #expect(recap.contains("bar staff"), "\(recap)")
    #expect(!recap.contains("taxis"), "\(recap)")
    #expect(!recap.contains("granted"), "\(recap)")
  }

  @Test(
    "the claim said again is no reason to recap",
    arguments: [
      ("fireworks should be banned", "you still think they should"),
      ("homework should be scrapped", "you just think it should be scrapped"),
      ("the ferry should run all year", "because it should, really"),
    ])
  func restatementIsNoReason(claim: String, said: String) {
    var map = BeliefMap(claim: claim)
    map.reasons = [BeliefMap.Reason(text: said), BeliefMap.Reason(text: "the island shop shuts")]
    map.strongest = 0
    #expect(ReflectionWriter.recap(of: map) == nil)
  }
}
