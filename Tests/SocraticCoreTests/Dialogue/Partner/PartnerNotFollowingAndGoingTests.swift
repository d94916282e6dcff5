import Testing

@testable import SocraticCore

/// A "?" alone says they did not follow the listener's last line, and "gtg" after a reason to
/// leave is a goodbye: each is met as what it is, never with "take your time" or "go on".
@Suite("The partner dialogue: a lone question mark, and gtg")
struct PartnerNotFollowingAndGoingTests {
  @Test("a lone question mark gets the last line put more plainly", arguments: ["?", "??"])
  func loneQuestionMark(mark: String) {
    var script = partnerScript()
    script.type("the canal path should have lights")
    let step = script.type(mark)
    let line = step.suggestedReflection ?? ""
    #expect(PartnerLines.clearingUp.contains(line), "\(step.suggestions)")
  }

  @Test(
    "gtg after a reason to leave winds the talk up",
    arguments: [
      "ha youre doing your thing again. dentist in ten mins gtg",
      "ok the bus is here g2g",
    ])
  func gottaGo(line: String) {
    var script = partnerScript()
    script.type("the canal path should have lights")
    script.type(line)
    #expect(script.dialogue.state.stage == .close)
  }
}
