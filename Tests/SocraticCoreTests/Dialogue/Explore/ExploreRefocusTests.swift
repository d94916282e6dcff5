import Testing

@testable import SocraticCore

/// One part of the talk set aside for what it is really about ("dont wanna get into the rent
/// side, its more about my flatmate") is a refocus: given back as the contrast and followed.
@Suite("Explore follows a refocus")
struct ExploreRefocusTests {
  @Test(
    "a part set aside for what it is really about is given back and followed, never a close",
    arguments: [
      (
        "dont really wanna get into the rent side, its more about my flatmate",
        "So it's your flatmate, not the rent side."
      ),
      (
        "i'd rather not talk about the bins, it's really about the noise",
        "So it's the noise, not the bins."
      ),
    ])
  func followed(line: String, said: String) {
    var script = ExploreScript.questioning(
      "I should move out of the shared flat.", answers: ["the place is falling apart"])
    let step = script.type(line)
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(question.hasPrefix(said), "\(step.outputs)")
    #expect(script.dialogue.state.phase != .finished)
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
  }
}
