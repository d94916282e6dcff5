import Testing

@testable import SocraticCore

/// A point granted keeps the side they still hold after it, with its reasons, and only the
/// grant is listed as granted; "that's true about me" owns up and grants the listener no point.
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
