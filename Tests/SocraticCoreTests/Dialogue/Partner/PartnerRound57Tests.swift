import Testing

@testable import SocraticCore

/// Review of round 56, finding 3: a point granted keeps the side they still hold after it, with
/// its reasons, and only the grant is listed as granted; "that's true about me" owns up and
/// grants the listener no point.
@Suite("Partner: a grant with the side they still hold")
struct PartnerGrantWithStandTests {
  private static let claim = "the bus gate on station road is a nightmare"

  /// The summary of a partner session in which these lines were typed.
  private func summary(_ lines: [String]) -> SessionSummary {
    var script = builtInPartnerScript(lines)
    script.type("/quit")
    return SessionSummary(DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
  }

  @Test(
    "the reason after 'but' stays theirs; only the grant is listed as granted",
    arguments: [
      (
        "fair point about the school run, but it still wrecks the market because the vans cant get in",
        "“fair point about the school run”", "“the vans cant get in”"
      ),
      (
        "that's true about the buses, but the taxis hate it because they have to go round",
        "“that's true about the buses”", "“they have to go round”"
      ),
    ] as [(String, String, String)])
  func reasonAfterAGrantStays(line: String, granted: String, reason: String) {
    let sections = summary([Self.claim, line]).mapDigest
    let items = { (heading: String) in sections.first { $0.heading == heading }?.items ?? [] }
    #expect(items("What they granted") == [granted], "\(sections)")
    #expect(items("Their reasons") == [reason], "\(sections)")
  }

  @Test("a grant with the side they still hold is given back with it")
  func grantGivenBackWithStand() {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type("fair point about the school run, but it still wrecks the market")
    #expect(
      step.suggestedReflection
        == "So you'd grant the point about the school run, but it still wrecks the market.",
      "\(offeredItems(in: step))")
  }

  @Test(
    "owning up to something about themselves grants the listener no point",
    arguments: ["thats true about me tbh", "ha thats true about me"])
  func ownsUp(line: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    #expect(
      step.suggestedReflection?.hasPrefix("So you'd grant") == false, "\(offeredItems(in: step))")
    #expect(
      summary([Self.claim, line]).mapDigest.allSatisfy { $0.heading != "What they granted" })
  }
}

/// Grading of round 56: how they are, a pause or an apology is never a claim or a reason. It
/// is met where they are; the claim and the stage stay.
@Suite("Partner: how they are is no claim")
struct PartnerHowTheyAreTests {
  private static let claim = "the new car park charges in town are daylight robbery"

  @Test(
    "how they are is given back as theirs; the claim and the stage stay",
    arguments: [
      (
        "im a bit all over the place today tbh",
        "It sounds like you're a bit all over the place today."
      ),
      ("honestly im knackered. been a long week", "It sounds like you're knackered."),
      (
        "yeah im fine. well no not really",
        "That sounds hard, and it makes sense that it weighs on you."
      ),
    ] as [(String, String)])
  func howTheyAreStaysWithThem(line: String, expected: String) {
    var script = builtInPartnerScript([Self.claim])
    let stage = script.dialogue.state.stage
    let step = script.type(line)
    #expect(step.suggestedReflection == expected, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.stage == stage)
    #expect(
      script.dialogue.state.claim?.claim == "the new car park charges in town are daylight robbery")
  }

  @Test("a pause after 'idk' is waited out: a short line, nothing asked, no stage move")
  func pauseIsWaitedOut() {
    var script = builtInPartnerScript([Self.claim])
    let stage = script.dialogue.state.stage
    let step = script.type("idk. sorry. give me a sec")
    #expect(step.suggestedReflection == "Sure, take your time.", "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty)
    #expect(script.dialogue.state.stage == stage)
  }

  @Test(
    "a hard time told of the world, or a view, is still a reason for the claim",
    arguments: [
      (
        "the shops have had a rough year since it started",
        "So the shops have had a rough year since it started."
      ),
      (
        "dunno, the council needs the money from somewhere",
        "So the council needs the money from somewhere."
      ),
    ] as [(String, String)])
  func aReasonStaysAReason(line: String, expected: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    #expect(step.suggestedReflection == expected, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.stage == .reasons)
  }
}
