import Testing

@testable import SocraticCore

/// A practical question about the house, asked in passing, is an aside: answered in a word,
/// never taken as a question about the listener's view, and it moves the talk nowhere.
@Suite("Partner: a question about the house is an aside")
struct PartnerHouseholdAsideTests {
  @Test(
    "a household question is answered in a word, with no stage moved and no view asked",
    arguments: [
      "is there any trifle left or did your dad have it",
      "did you lock the back door",
      "where did you put the sellotape",
    ])
  func householdQuestion(_ line: String) {
    var script = partnerScript()
    script.type("the new roundabout is badly designed")
    let step = script.type(line)
    #expect(
      step.suggestions.first?.text
        == "It's an aside: answer it in a word, then let them carry on with what they were "
        + "saying. No question needed.", "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty)
    #expect(script.dialogue.state.stage == .claim)
  }

  @Test(
    "a question about the matter itself is no household aside",
    arguments: ["is there any hope left for the town centre", "did the council take it seriously"])
  func ofTheTalk(_ line: String) {
    var script = partnerScript()
    script.type("the new roundabout is badly designed")
    let step = script.type(line)
    #expect(!step.suggestions.contains { $0.text.hasPrefix("It's an aside") })
  }

  @Test("looking for something of theirs is helped with, and moves the talk nowhere")
  func lookingForTheirThings() {
    var script = partnerScript()
    script.type("the new roundabout is badly designed")
    script.type("have you seen my car keys by the way")
    #expect(script.dialogue.state.stage == .claim)
  }
}
