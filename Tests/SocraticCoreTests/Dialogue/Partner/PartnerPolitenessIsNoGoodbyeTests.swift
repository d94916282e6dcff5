import Testing

@testable import SocraticCore

/// Politeness inside a line is no goodbye: thanks that decline or are said curtly, thanks
/// before they go on with their view, and a request at the table said with a view of theirs
/// keep the talk open; thanks said alone, or the kettle asked for alone, still close it.
@Suite("Partner: politeness inside a line keeps the talk open")
struct PartnerPolitenessIsNoGoodbyeTests {
  private func talk() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript([
      "the allotment committee should let younger folk have a plot",
      "/me how come",
    ])
  }

  @Test(
    "declining, curt thanks or thanks before going on keep the questions coming",
    arguments: [
      "no thanks",
      "nah thanks, im fine where i am",
      "fine. thank you very much",
      "thank you, but i still say theyre hogging the best plots",
      "thanks for asking. the waiting list is six years tho",
      "stick the kettle on would you, i still reckon the old guard wont budge",
    ])
  func politenessKeepsTheTalkOpen(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "thanks or the kettle said alone still close the talk",
    arguments: ["ok thanks love", "stick the kettle on would you"])
  func aloneTheyClose(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close)
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }
}
