import Testing

@testable import SocraticCore

/// "you already asked me that" is a complaint about the listener: the slip is owned, and what
/// is asked next is of another kind, never a probe for more of what they answered.
@Suite("The partner dialogue: asked that already")
struct PartnerAskedAlreadyTests {
  @Test(
    "a complaint of repetition is owned and met with another kind of question",
    arguments: ["you already asked me that", "we already covered that", "i just answered that"])
  func owned(line: String) {
    var script = partnerScript()
    script.type("the market should move to the old car park")
    script.type("because the square floods every winter")
    let step = script.type(line)
    #expect(
      PartnerLines.owningTheRepeat.contains(step.suggestedReflection ?? ""), "\(step.suggestions)")
    let asked = step.suggestedQuestions.map(\.text)
    #expect(!asked.contains("Can you tell me more about that?"), "\(asked)")
  }
}
