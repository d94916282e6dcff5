import Testing

@testable import SocraticCore

/// Good news however it is put, gone well with a word between or after a worry, is met
/// gladly; a "but" after it outweighs it.
@Suite("Partner: good news is met gladly, unless a but outweighs it")
struct PartnerGladNewsTests {
  @Test(
    "good news going well, gone well with a word between, or after a worry is met gladly",
    arguments: [
      "the new bakery's going really well",
      "the first week has mostly gone really well",
      "i was nervous about it but the recital went really well",
    ])
  func goodNewsPutOtherwise(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "That's lovely news. I'm really glad for you.",
      "\(offeredItems(in: step))")
    #expect(script.dialogue.state.claim == nil)
  }

  @Test("a but after the news still outweighs it")
  func butAfterTheNews() {
    var script = partnerScript()
    let step = script.type("the school trip went well but she's exhausted")
    #expect(
      step.suggestedReflection == "So you think the school trip went well but she's exhausted.")
  }
}
