import Testing

@testable import SocraticCore

/// A softening or a plan agreed is heard as one, however plainly said; the close thanks them,
/// names what they said in their words turned to the listener's, and leaves the door open.
@Suite("Partner: softening and agreement are heard, and the close names what they said")
struct PartnerAgreementAtTheCloseTests {
  @Test(
    "a softening said without 'there's' is heard",
    arguments: ["no harm in asking i suppose", "no harm trying, i guess"])
  func softening(line: String) {
    var script = builtInPartnerScript(["i dont want to email the head teacher about the trip"])
    let step = script.type(line)
    #expect(
      PartnerLines.hearingTheShift.contains(step.suggestedReflection ?? ""),
      "\(offeredItems(in: step))")
  }

  @Test(
    "a plan agreed with 'fine … then' is agreement, never a huff",
    arguments: ["fine, let's do both then", "fine, lets go with that then"])
  func planAgreed(line: String) {
    var script = builtInPartnerScript(["we should sort out the garden before the party"])
    let step = script.type(line)
    #expect(
      PartnerLines.agreeingAPlan.contains(step.suggestedReflection ?? ""),
      "\(offeredItems(in: step))")
    #expect(!PartnerLines.underSarcasm.contains(step.suggestedReflection ?? ""))
  }

  @Test("the close names their view in their words turned to the listener's, with the door open")
  func closingNamesTheirView() {
    var script = builtInPartnerScript(["the library should open on sundays"])
    let step = script.type("ok thanks, gotta go")
    let said = offeredItems(in: step).map(\.text)
    #expect(
      said.contains(
        "I'll keep thinking about what you said, that the library should open on sundays. "
          + "We can pick it up again any time."), "\(said)")
    #expect(!said.contains { $0.hasPrefix("I understand better now") }, "\(said)")
  }
}
