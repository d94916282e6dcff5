import Testing

@testable import SocraticCore

/// Stray keys owned with an apology, the keys themselves before or after it, are no answer: the
/// open question is asked again, nothing is counted and nothing of it reaches the map.
@Suite("Explore stray keys owned with an apology")
struct ExploreStrayKeysTests {
  static let belief = "The school run should be done on foot."

  @Test(
    "an apology for stray keys, with the keys, is met with the question again",
    arguments: [
      "sorry the dog stood on the keyboard ]]]]ppppp",
      "fghjfghj sorry my little one grabbed the laptop",
      "oops toddler on the keys lol",
      "sorry the dog jumped on my keyboard",
      "oops autocorrect again",
      "soz, wrong window",
    ])
  func askedAgain(line: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the traffic by the gates is mad"])
    let open = script.dialogue.state.currentQuestion
    let step = script.type(line)
    #expect(
      ExploreScript.notices(step) == [ExploreDialogue.strayKeysNotice + (open?.text ?? "")],
      "\(step.outputs)")
    #expect(ExploreScript.reflections(step).isEmpty, "\(step.outputs)")
    #expect(script.dialogue.state.currentQuestion == open)
    #expect(script.dialogue.state.answeredCount == 1)
    let shown = script.dialogue.state.map.digest.flatMap(\.items).joined(separator: " ")
    #expect(!shown.contains("laptop") && !shown.contains("keys") && !shown.contains("keyboard"))
  }

  @Test(
    "an apology that goes on to say something about a screen or a laptop is an answer",
    arguments: [
      "sorry but screen time is the real problem",
      "sorry, the laptop at school is what worries me",
    ])
  func apologyThatAnswers(line: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the traffic by the gates is mad"])
    let step = script.type(line)
    #expect(!ExploreScript.notices(step).contains { $0.hasPrefix(ExploreDialogue.strayKeysNotice) })
    #expect(script.dialogue.state.answeredCount == 2, "\(step.outputs)")
  }
}
