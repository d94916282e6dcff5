import Testing

@testable import SocraticCore

/// Politeness inside a line is no goodbye: thanks that decline or are said curtly, thanks
/// before they go on with their view, and a request at the table said with a view of theirs
/// keep the talk open; the kettle asked for alone still closes it.
@Suite("Partner: politeness inside a line keeps the talk open")
struct PartnerPolitenessIsNoGoodbyeTests {
  private func talk() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript([
      "the allotment committee should let younger folk have a plot",
      "/me how come",
    ])
  }

  @Test(
    "curt thanks, or thanks before going on, keep the questions coming",
    arguments: [
      "fine. thank you very much",
      "thank you, but i still say theyre hogging the best plots",
      "thanks for asking. the waiting list is six years tho",
    ])
  func politenessKeepsTheTalkOpen(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test("thanks that decline are no goodbye: what they said with them is given back")
  func decliningIsGivenBack() {
    var script = talk()
    let step = script.type("nah thanks, im fine where i am")
    #expect(script.dialogue.state.stage != .close)
    #expect(step.suggestedReflection == "So you're fine where you are.")
  }

  @Test("the kettle asked for with a view of theirs leaves the talk where it was")
  func kettleWithAView() {
    var script = talk()
    _ = script.type("stick the kettle on would you, i still reckon the old guard wont budge")
    #expect(script.dialogue.state.stage == .claim)
  }

  @Test("the kettle asked for alone still closes the talk")
  func kettleAloneCloses() {
    var script = talk()
    let step = script.type("stick the kettle on would you")
    #expect(script.dialogue.state.stage == .close)
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }
}
