import Testing

@testable import SocraticCore

/// Slips in reading what the person typed: the number they settle on, a laugh before a "no",
/// and answers that are no grounds for the belief however they are worded.
@Suite("Explore: reading what they settle on and what an answer is for")
struct ExploreReadingSlipsTests {
  @Test(
    "a rating given again after 'alright' or 'fine', or alone after a doubt, is the one they settle on",
    arguments: [
      ("70. alright 65", 65),
      ("id go 75... maybe less. 60", 60),
      ("90. fine, 85 then", 85),
      ("60. alright 55. the bit about the bins got to me", 55),
    ])
  func settledRating(line: String, value: Int) {
    var script = ExploreScript()
    script.type(["allotments should be free for pensioners", "y"])
    let step = script.type(line)
    #expect(ExploreScript.reflections(step).first?.contains("\(value) out of 100") == true)
    #expect(script.dialogue.state.map.confidenceBefore == value)
  }

  @Test("a laugh before the 'no' at the confirmation is no part of the belief they restate")
  func laughedDenial() {
    var script = ExploreScript(
      belief: "im better off not going to the quiz night its nothing but showing off")
    script.type("lol no. i would enjoy my thursdays more without the quiz night")
    #expect(
      script.dialogue.state.belief?.claim
        == "you would enjoy your thursdays more without the quiz night")
  }

  @Test(
    "an answer to why the question matters now, or how someone else sees it, is no reason",
    arguments: [
      "Why is this belief worth examining now?",
      "Why does the question of whether she should move matter to you?",
      "How do you think your nan sees it?",
    ])
  func noGrounds(question: String) {
    #expect(AnswerFiling(arc: .probe, kind: .meta, text: question) != .ownGrounds)
  }
}
