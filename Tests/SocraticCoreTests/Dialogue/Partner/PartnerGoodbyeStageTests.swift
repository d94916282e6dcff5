import Testing

@testable import SocraticCore

@Suite("A goodbye at the close never takes the conversation back")
struct PartnerGoodbyeStageTests {
  @Test(
    "sent off to the kettle or to their programme, the close stands and no question is asked",
    arguments: [
      "right go on, ive got my quiz on in a minute. say hi to ur brother",
      "ok love, now go n put that kettle on would you, im parched",
      "is that kettle on or what lol",
      "anyway ive got the darts on, off you go",
    ])
  func goodbyeKeepsTheClose(line: String) {
    var script = builtInPartnerScript([
      "buses should be free for pensioners", "because half of us cant drive anymore",
      "/stage close",
    ])
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close)
    #expect(step.suggestedQuestions.isEmpty)
  }
}
