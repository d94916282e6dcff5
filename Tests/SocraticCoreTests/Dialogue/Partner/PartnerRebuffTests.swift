import Testing

@testable import SocraticCore

/// Thanks that cap a refusal ("I don't want a lodger thank you very much") rebuff an offer;
/// they are no goodbye, so the talk never winds up on them. Plain thanks still close it.
@Suite("The partner dialogue: thanks that rebuff are no goodbye")
struct PartnerRebuffTests {
  @Test(
    "thanks after a refusal keep the conversation open",
    arguments: [
      "i dont want a cleaner coming round thank you very much. i can manage my own house",
      "well I'm not moving to a flat, thanks very much",
      "she won't be telling me what to eat thank you kindly",
    ])
  func rebuff(_ line: String) {
    var script = partnerScript()
    script.type("the garden is too much for me now but i wont have anyone else doing it")
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close, "\(step.suggestions.map(\.text))")
  }

  @Test(
    "thanks for a correction or a reminder are wry, no goodbye",
    arguments: [
      "Thanks for reminding me how old I am. Anyway your grandad never bothered with clubs either",
      "well thank you for pointing that out. i still dont need anyone coming in",
      "thanks for nothing. i manage fine",
    ])
  func wryThanks(_ line: String) {
    var script = partnerScript()
    script.type("the garden is too much for me now but i wont have anyone else doing it")
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close, "\(step.suggestions.map(\.text))")
  }

  @Test("plain thanks still bring the close")
  func thanks() {
    var script = partnerScript()
    script.type("the garden is too much for me now but i wont have anyone else doing it")
    script.type("thank you very much love, i'd better get the tea on")
    #expect(script.dialogue.state.stage == .close)
  }
}
