import Testing

@testable import SocraticCore

/// The question after an answer follows what it did: a happening they saw at a time they name
/// is not doubted, a "hm" at the end of an answer is asked about, and someone of theirs told
/// of in the past is not asked how they see it now.
@Suite("Explore follows what they saw, mulled or remembered")
struct ExploreAfterWhatTheySawTests {
  private static let belief = "The bus gate is killing trade round here."

  @Test(
    "a happening they saw, dated, is never asked how they know it",
    arguments: [
      "the chemist on the corner closed in october",
      "because the gate went in in february",
      "well the bakery moved out 2 years ago",
    ])
  func datedHappeningIsNotDoubted(answer: String) {
    var script = ExploreScript.questioning(Self.belief)
    let asked = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(!asked.hasPrefix("How do you know that"), "\(asked)")
    #expect(asked != "How did you come to know that?", "\(asked)")
  }

  @Test(
    "a 'hm' ending an answer asks what they make of what they just said",
    arguments: [
      "half of them only came in for the cashpoint tbh. and that went in july. hmm.",
      "the bakery is doing fine actually, queue out the door. huh.",
    ])
  func mullingIsTakenUp(answer: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["my takings are down a third since it opened"])
    let asked = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(asked == "What do you make of that, now you've said it?", "\(asked)")
  }

  @Test("someone of theirs told of in the past is not asked how they see it now")
  func pastPersonIsNotAskedNow() {
    var script = ExploreScript.questioning(
      "the new bus gate is killing trade on our road",
      answers: [
        "the gate went in in february and my takings dropped in march",
        "the regulars used to park right outside and nip in for milk",
      ])
    let step = script.type(
      "quiet mostly. my grandad ran this shop before me and he never had a week this slow")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains("grandad sees it"), "\(asked)")
  }
}
