import Testing

@testable import SocraticCore

/// Asking the listener to switch something on ("could you put the radio on?") is an errand at
/// the table, said alone: it winds the talk down, and is never a question about the topic.
@Suite("Partner: asked to switch something on")
struct PartnerSwitchSomethingOnTests {
  @Test(
    "asking the listener to switch something on winds the talk down",
    arguments: ["could you switch the radio on?", "will you stick the heating on"])
  func switchItOn(_ line: String) {
    var script = builtInPartnerScript(["the new bus lanes on the ring road are a waste of paint"])
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close)
    #expect(
      !step.suggestedQuestions.map(\.text).contains("What makes you ask?"),
      "\(offeredItems(in: step))")
  }
}
