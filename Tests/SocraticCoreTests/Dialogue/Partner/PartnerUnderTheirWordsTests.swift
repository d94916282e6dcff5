import Testing

@testable import SocraticCore

/// What is under their words is met, never what they put it down as: someone missed under "it's
/// silly but …", how hard they are on themselves under a verdict they pass on themselves.
@Suite("Partner: someone missed and a self put-down are met under the words")
struct PartnerUnderTheirWordsTests {
  @Test(
    "someone missed by habit is given back as missed, with no belief taken from it",
    arguments: [
      "i know it's daft but whenever i walk past the bowls club i think of her",
      "this will sound soppy but each time i hear that song i think of my grandad, stupid really",
    ])
  func missed(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(
      ["It sounds like you really miss her.", "It sounds like you really miss your grandad."]
        .contains(step.suggestedReflection), "\(offeredItems(in: step))")
    #expect(script.dialogue.state.claim == nil)
    // Asking for a moment while upset moves the talk nowhere and asks nothing.
    let wait = script.type("sorry. one sec")
    #expect(wait.suggestedQuestions.isEmpty, "\(offeredItems(in: wait))")
    #expect(script.dialogue.state.stage == .claim)
  }

  @Test("a put-down said before a view is no part of what is given back")
  func dismissedView() {
    var script = partnerScript()
    let step = script.type("it's silly but i reckon the swimming baths should open later")
    #expect(step.suggestedReflection == "So you think the swimming baths should open later.")
  }

  @Test(
    "a verdict they pass on themselves is met as how hard they are on themselves",
    arguments: [
      "i bought a rowing machine and never use it, i'm throwing money away, i know, you don't have to say it",
      "the garden looks ok, the shed is me being hopeless as usual",
      "i'm such a muppet with paperwork",
    ])
  func putDown(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "It sounds like you're being really hard on yourself about it.",
      "\(offeredItems(in: step))")
  }
}
