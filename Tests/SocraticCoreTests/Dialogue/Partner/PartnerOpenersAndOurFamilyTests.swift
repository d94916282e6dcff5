import Testing

@testable import SocraticCore

/// A "so", "well" or "no" that opens on a clause ("so the buses …", "no it's fine") is a
/// discourse word, never part of the claim or of what is given back; "our mum" is the
/// listener's mum too, and is given back as "mum", never "your mum".
@Suite("Partner: openers before a clause and a family's own names")
struct PartnerOpenersAndOurFamilyTests {
  @Test("a discourse 'so' before a clause is no part of the claim")
  func discourseSoIsNoClaim() {
    var script = builtInPartnerScript([])
    let step = script.type("so the buses have finally started running on sundays")
    #expect(
      step.suggestedReflection == "So you think the buses have finally started running on sundays.",
      "\(offeredItems(in: step))")
    #expect(
      script.dialogue.state.claim?.claim == "the buses have finally started running on sundays")
  }

  @Test("a 'no' before a clause is left off, and 'our dad' is given back as 'dad'")
  func answeringNoAndOurFamily() {
    var script = builtInPartnerScript(["my brother never answers his phone"])
    let step = script.type("no it's fine it's only our dad on the phone")
    #expect(
      step.suggestedReflection == "So it's fine it's only dad on the phone.",
      "\(offeredItems(in: step))")
  }
}

/// A question about where something of theirs is ("have you seen my phone?") asks for help,
/// with no jab at the listener to own up to; "did you nick my charger?" is one.
@Suite("Partner: looking for their things is no jab")
struct PartnerLookingForTheirThingsTests {
  @Test(
    "asking where something is gets help offered, not an owning-up",
    arguments: ["have you seen my phone by the way", "where's my purse gone"])
  func lookingGetsHelp(line: String) {
    var script = builtInPartnerScript(["the new rota at work is a shambles"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "I'll help you look in a minute. Go on, I'd like to hear the rest.",
      "\(offeredItems(in: step))")
  }

  @Test("asking whether the listener took it is owned lightly")
  func blamingIsOwned() {
    var script = builtInPartnerScript(["the new rota at work is a shambles"])
    let step = script.type("did you nick my charger")
    #expect(
      step.suggestedReflection
        == "Ha, I'll own up to that later. Go on, I'd like to hear the rest.",
      "\(offeredItems(in: step))")
  }
}
