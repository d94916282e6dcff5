import Testing

@testable import SocraticCore

/// What a belief question asks, never offered the turn a loss or a hard situation is told.
private let stageProbes = [
  "How sure", "How do you know", "wrong", "change your mind", "opposite", "confident",
]

/// Hard moments, waiting and other people's words: each is met as it is, never as a claim to
/// weigh.
@Suite("Partner meets a hard moment, a wait and quoted words as they are")
struct PartnerHardMomentTests {
  @Test(
    "asked to wait, the listener waits: one short line, nothing asked",
    arguments: ["give me a sec", "hang on", "sorry hold on", "one sec the kettle"])
  func waits(_ line: String) {
    var script = builtInPartnerScript(["the new roundabout by the school is dangerous"])
    let step = script.type(line)
    #expect(offeredItems(in: step).map(\.text) == ["Sure, take your time."])
  }

  @Test("a second wait in a talk gets the other short line, not the same one again")
  func waitsTwice() {
    var script = builtInPartnerScript(["the new roundabout by the school is dangerous", "hang on"])
    let step = script.type("brb")
    #expect(offeredItems(in: step).map(\.text) == ["No rush."])
  }

  @Test(
    "a job lost or what someone gone left behind is a hard moment: taken up, never weighed",
    arguments: [
      (
        "offices are a waste of money", "i got laid off in april so dunno",
        "That sounds hard, and it makes sense that it weighs on you."
      ),
      (
        "we should keep nans cardigans", "i can still smell her perfume on them",
        "It sounds like you can still smell her perfume on them."
      ),
      (
        "we should sell the caravan", "honestly i still hear his laugh in the kitchen",
        "It sounds like you still hear his laugh in the kitchen."
      ),
    ])
  func hardMoment(_ claim: String, _ line: String, _ reflection: String) {
    var script = builtInPartnerScript([claim])
    let step = script.type(line)
    let texts = offeredItems(in: step).map(\.text)
    #expect(step.suggestedReflection == reflection, "\(texts)")
    #expect(texts.count == 3, "\(texts)")
    for probe in stageProbes {
      #expect(!texts.contains { $0.localizedStandardContains(probe) }, "\(probe): \(texts)")
    }
  }

  @Test(
    "someone still seen and a keen \"fired up\" are no loss: given back as they said them",
    arguments: [
      (
        "my ex should have the kids at christmas", "we split up but i still see her most weekends",
        "So you split up but you still see her most weekends."
      ),
      (
        "we should sell the caravan", "we still see her at weekends even tho they broke up",
        "So you still see her at weekends even though they broke up."
      ),
      (
        "my ex should have the kids at christmas", "i was fired up after the match",
        "So you were fired up after the match."
      ),
      (
        "we should sell the caravan", "our lad got fired up watching the derby",
        "So your lad got fired up watching the derby."
      ),
    ])
  func noLoss(_ claim: String, _ line: String, _ reflection: String) {
    var script = builtInPartnerScript([claim])
    let step = script.type(line)
    #expect(step.suggestedReflection == reflection, "\(offeredItems(in: step).map(\.text))")
  }

  @Test("a quoted charge is someone else's: they are asked how they see it, with no apology")
  func quotedCharge() {
    var script = builtInPartnerScript(["i should keep all my old records"])
    let step = script.type("my brother said \"you never let anything go\" and maybe hes right")
    let texts = offeredItems(in: step).map(\.text)
    #expect(step.suggestedQuestions.map(\.text).contains("How do you see it yourself?"), "\(texts)")
    #expect(!PartnerLines.calmLines(for: .hostile).contains(step.suggestedReflection ?? ""))
  }

  @Test(
    "a line given back never ends on a \"so\" that leads nowhere",
    arguments: [
      ("So you got laid off in april so.", false),
      ("So it rained all week so.", false),
      ("So you think so.", true),
      ("So your sister said so.", true),
    ])
  func closingSo(_ line: String, _ isWhole: Bool) {
    #expect(PartnerGrammar.isWhole(line) == isWhole)
  }
}
