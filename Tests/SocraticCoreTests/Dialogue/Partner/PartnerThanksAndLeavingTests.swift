import Testing

@testable import SocraticCore

/// Which thanks and words take their leave, and which keep the talk open: thanks to a real
/// title closes, thanks told of or said wryly do not; a curt refusal goes on; wanting it over
/// with, or asking what the listener does next, winds the talk up.
@Suite("Partner: which thanks and words take leave, and which keep the talk open")
struct PartnerThanksAndLeavingTests {
  @Test("thanks to a professor is thanks; thanks to a mocking name is not")
  func thanksToATitle() {
    var script = partnerScript()
    let step = script.type("cheers professor, the seminar was brilliant")
    #expect(script.dialogue.state.stage == .close)
    #expect(
      step.suggestedReflection
        == "Thanks for talking it through with me. I get where you're coming from a lot better now."
    )
    var mocked = partnerScript()
    #expect(
      mocked.type("thanks sherlock").suggestedReflection == "Fair enough, that wasn't much help.")
  }

  @Test(
    "thanks told of are no goodbye: the talk stays open",
    arguments: [
      "and nobody ever says thank you for it",
      "i never even get a thanks from the vicar",
      "oh cheers. thanks for that",
    ])
  func thanksToldOfKeepTheTalkOpen(line: String) {
    var script = builtInPartnerScript(["i do the washing up rota at church every sunday"])
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close, "\(offeredItems(in: step))")
    #expect(step.suggestedReflection != nil, "\(offeredItems(in: step))")
  }

  @Test("thanks after a no turn something down: the talk goes on, with no rating asked")
  func curtRefusal() {
    var script = partnerScript()
    script.type(["the new rota is unfair", "/me what makes it feel unfair?"])
    let step = script.type("so nah, ta")
    #expect(script.dialogue.state.stage == .confidence)
    // A curt no argues no view: how sure they are is not put to it (`BeliefTestingQuestion`).
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
    #expect(
      !step.suggestedQuestions.contains { BeliefTestingQuestion.tests($0.text) },
      "\(offeredItems(in: step))")
  }

  @Test("going on only to be done with it winds the talk up")
  func doneWithIt() {
    var script = partnerScript()
    script.type(["the new rota is unfair", "/me what makes it feel unfair?"])
    let step = script.type("let's just get this over with")
    #expect(script.dialogue.state.stage == .close)
    #expect(
      step.suggestedReflection
        == "Thanks for talking it through with me. I get where you're coming from a lot better now."
    )
  }

  @Test("asking what the listener does next, after 'anyway', winds the talk up")
  func askingWhatTheyDoNextCloses() {
    var script = builtInPartnerScript([
      "i do the washing up rota at church every sunday", "it's only fair everyone does a turn",
    ])
    _ = script.type("anyway, you staying for the curry or what")
    #expect(script.dialogue.state.stage == .close)
  }
}
