import Testing

@testable import SocraticCore

/// Round 56b: thanks told of or said wryly are no goodbye, a question about what the listener
/// does next is; what they have been doing is given back as theirs, not as a view; a loss
/// told by a gone-for-good "went" or an age they would have reached is heard; a grievance is
/// never asked how sure they are.
@Suite("Partner: round 56b, thanks, deeds, losses and grievances")
struct PartnerRound56bTests {
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

  @Test("asking what the listener does next, after 'anyway', winds the talk up")
  func askingWhatTheyDoNextCloses() {
    var script = builtInPartnerScript([
      "i do the washing up rota at church every sunday", "it's only fair everyone does a turn",
    ])
    _ = script.type("anyway, you staying for the curry or what")
    #expect(script.dialogue.state.stage == .close)
  }

  @Test("what they have been doing is given back as theirs, never as a view")
  func beenDoingIsADeed() {
    var script = builtInPartnerScript([])
    let step = script.type("i've been running the tuck shop for six years")
    #expect(step.suggestedReflection == "So you've been running the tuck shop for six years.")
  }

  @Test(
    "a loss told in passing is heard: no stage moves on it",
    arguments: [
      "after your grandad went she stopped baking altogether",
      "she'd have been 90 on tuesday. sorry. one sec",
    ])
  func lossInPassingHoldsTheStage(line: String) {
    var script = builtInPartnerScript([
      "i've been thinking about my nan a lot", "she taught me to bake",
    ])
    let stage = script.dialogue.state.stage
    let step = script.type(line)
    #expect(script.dialogue.state.stage == stage)
    #expect(
      step.suggestedReflection?.hasPrefix("I'm so sorry") == true, "\(offeredItems(in: step))")
  }

  @Test("a grievance is never asked how sure they are; it is given back")
  func grievanceIsNotRated() {
    var script = builtInPartnerScript([
      "i pay into the staff kitty every single week", "been doing it since i started",
    ])
    let step = script.type("it's so unfair, they take the biscuits and never chip in")
    let texts = step.suggestedQuestions.map(\.text)
    #expect(step.suggestedReflection != nil)
    #expect(!texts.contains { $0.hasPrefix("How sure are you") }, "\(texts)")
    #expect(!texts.contains { $0.hasPrefix("What would make you less sure") }, "\(texts)")
  }
}
