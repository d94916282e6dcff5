import Testing

@testable import SocraticCore

/// What they report hearing, what they have been doing and what they resent is given back as
/// theirs, never weighed as a view of theirs.
@Suite("Partner: what they hear, do or resent is given back, never weighed as a view")
struct PartnerWhatIsTheirsTests {
  @Test("a greeting others keep saying is what they heard, never said to the listener")
  func greetingOthersKeepSaying() {
    var script = partnerScript()
    let step = script.type("people are saying you look well")
    #expect(step.suggestedReflection == "So you think people are saying you look well.")
    var told = partnerScript()
    told.type("my colleagues keep telling me you look well")
    #expect(told.dialogue.state.claim?.claim == "your colleagues keep telling you you look well")
  }

  @Test("what they have been doing is given back as theirs, never as a view")
  func beenDoingIsADeed() {
    var script = builtInPartnerScript([])
    let step = script.type("i've been running the tuck shop for six years")
    #expect(step.suggestedReflection == "So you've been running the tuck shop for six years.")
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
