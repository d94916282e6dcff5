import Testing

@testable import SocraticCore

/// Everything a partner step shows: its suggestions and its stage notes.
private func shown(_ step: DialogueStep) -> [String] {
  step.suggestions.map(\.text) + DialogueScript<PartnerDialogue>.notices(step)
}

/// Loneliness told, someone close remembered or a death named is no reason and no new belief:
/// the stage stays with them. A goodbye brings the close, or keeps it, and is never given back
/// as a view.
@Suite("The partner dialogue: feelings, memories and goodbyes in the stages")
struct PartnerFeelingsAndGoodbyesTests {
  @Test(
    "loneliness told is no reason: the stage stays and nothing asks how they know",
    arguments: [
      "meh. the weekends just drag now thats all",
      "its fine honestly. the house is so quiet these days",
      "i mostly talk to the telly now tbh",
    ])
  func loneliness(_ line: String) {
    var script = partnerScript()
    script.type("the quiz night at the legion is a waste of time, same faces every week")
    script.type("/stage confidence")
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .confidence, "\(shown(step))")
    #expect(
      !shown(step).contains { $0.contains("gave a reason") || $0.contains("How do you know") },
      "\(shown(step))")
  }

  @Test("someone close remembered keeps the conversation where it is")
  func remembered() {
    var script = partnerScript()
    script.type("the quiz night at the legion is a waste of time, same faces every week")
    let step = script.type(
      "well your grandad ran the quiz there for donkeys years. i just sat and marked the sheets")
    #expect(script.dialogue.state.stage == .claim, "\(shown(step))")
  }

  @Test("a death named is no new belief: the stage stays and the claim is kept")
  func deathNamed() {
    var script = partnerScript()
    script.type("the quiz night at the legion is a waste of time, same faces every week")
    let claim = script.dialogue.state.claim?.claim
    script.type("/stage reasons")
    let step = script.type(
      "your nan would be laughing at me. she begged me to go for years and it took her dying to get me there"
    )
    #expect(script.dialogue.state.stage == .reasons, "\(shown(step))")
    #expect(script.dialogue.state.claim?.claim == claim)
    #expect(!shown(step).contains { $0.contains("new belief") || $0.contains("So you think") })
  }

  @Test(
    "a goodbye brings the close, and is never given back as a view",
    arguments: [
      "go on, get yourself home before the rain starts. ta for popping round love",
      "right see you saturday then, mind how you go",
      "right im off to get a kebab. back in 20, dont eat all the biscuits",
      "gotta nip to the shop, see you in a bit",
    ])
  func goodbyeBringsTheClose(_ line: String) {
    var script = partnerScript()
    script.type("the quiz night at the legion is a waste of time, same faces every week")
    script.type("/stage reasons")
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close, "\(shown(step))")
    #expect(!shown(step).contains { $0.contains("So you think") }, "\(shown(step))")
  }

  @Test("a span back in time is no goodbye")
  func backInTime() {
    var script = partnerScript()
    script.type("the quiz night at the legion is a waste of time, same faces every week")
    script.type("/stage reasons")
    let step = script.type("back in 20 years it was packed every friday mind")
    #expect(script.dialogue.state.stage != .close, "\(shown(step))")
  }

  @Test("a goodbye after the close keeps it: no reason read in it")
  func goodbyeKeepsTheClose() {
    var script = partnerScript()
    script.type("im gonna open a little coffee van at the station, proper plan this time")
    script.type("cheers for listening, means a lot. gotta run, van viewing at 3")
    #expect(script.dialogue.state.stage == .close)
    let step = script.type("first flat white is on the house haha. laters x")
    #expect(script.dialogue.state.stage == .close, "\(shown(step))")
    #expect(!shown(step).contains { $0.contains("gave a reason") }, "\(shown(step))")
  }
}
