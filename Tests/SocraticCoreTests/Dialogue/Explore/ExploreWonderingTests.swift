import Testing

@testable import SocraticCore

/// The next question follows what the person just did: a maybe about one thing is taken up as
/// what it would change, never met with how they would get surer of a view they did not say
/// they doubt.
@Suite("Explore takes up a maybe about one thing")
struct ExploreWonderingTests {
  @Test(
    "a maybe about one thing asks what it would change, never how to feel surer",
    arguments: [
      (
        "the chippy next door is still packed though. maybe its my prices that put people off",
        "ok yeah maybe the prices are part of it. the rent went up too"
      ),
      (
        "my mate on the fruit stall says hes doing alright. maybe its just candles people dont want",
        "ok maybe the candles are more of it than the parking"
      ),
    ])
  func wonderingIsTakenUp(first: String, second: String) {
    var script = ExploreScript.questioning(
      "The new parking charges are driving people away from the market.",
      answers: ["my stall takings are down since they came in", first])
    let asked = ExploreScript.question(script.type(second))?.text ?? ""
    #expect(!asked.contains("surer") && !asked.contains("make up your mind"), "\(asked)")
    #expect(
      asked.hasSuffix("what would that change for you?")
        || asked.hasPrefix("What makes you wonder whether")
        || asked == "What would it mean for your view, if that turned out to be so?",
      "\(asked)")
  }
}
