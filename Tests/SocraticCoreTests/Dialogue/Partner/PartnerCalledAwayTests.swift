import Testing

@testable import SocraticCore

/// Someone at home calling them away, or a meal on the table, takes their leave: the close is
/// offered, and the line is never filed as a reason. Being shouted at is a complaint, not a
/// summons, and the talk goes on.
@Suite("Partner: called away by someone at home")
struct PartnerCalledAwayTests {
  private func talk() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript(["the new bus lanes on the ring road are a waste of paint"])
  }

  @Test(
    "a summons from home or a meal ready closes the talk",
    arguments: [
      "anyway my husband is waving at me from the car, see you at bingo thursday",
      "oh dinners ready. see ya at the darts saturday",
      "right our lass is shouting me from upstairs",
    ])
  func calledAway(_ line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close)
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
    let reasons = script.dialogue.state.map.reasons.map(\.text)
    #expect(!reasons.contains { $0.includes("waving") || $0.includes("dinners") }, "\(reasons)")
  }

  @Test("being shouted at is a complaint: the talk stays open")
  func shoutedAt() {
    var script = talk()
    let step = script.type("my dad is shouting at me about it every morning, he hates them too")
    #expect(script.dialogue.state.stage != .close)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "a price of a meal, or the kids asking for something, is no summons: the talk stays open",
    arguments: [
      "canteen teas up 20p again and they call that value",
      "the kids are calling for us to get a rabbit",
    ])
  func noSummons(_ line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(!offeredItems(in: step).isEmpty)
  }
}
