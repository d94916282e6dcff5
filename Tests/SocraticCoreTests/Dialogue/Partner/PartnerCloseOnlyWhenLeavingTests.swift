import Testing

@testable import SocraticCore

/// The close is offered when they are leaving, never while they are opening up or steering
/// back: thanks that cap "I'm fine" or that they quote from a story are no goodbye, while
/// going back to their desk or off to the kettle is one.
@Suite("Partner: the close comes when they leave, not while they talk")
struct PartnerCloseOnlyWhenLeavingTests {
  private func talk() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript([
      "im not going on that hearing test, theyre for people who cant cope",
      "/me what makes you say that dad",
    ])
  }

  @Test(
    "thanks that cap saying they are fine, or quoted from a story, keep the talk open",
    arguments: [
      "hm. anyway. its about me and my ears and my ears are fine thank you",
      "im alright thanks, its the telly thats too quiet",
      "the woman at the chemist said speak up gerald, like cheers love",
      "and he was like thanks a lot mate, in front of the whole bar",
    ])
  func noCloseOnThanks(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    // At the close only lines to say are offered; a talk still open gets questions.
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "going back to their desk or off to the kettle takes their leave",
    arguments: [
      "right im going back to my desk before you sign me up for anything else",
      "anyway back to work, this spreadsheet wont fill itself",
      "right. kettle. and dont you tell your brother i said maybe",
    ])
  func leavingIsClosed(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close)
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "something 'put on' in a story is no telly switched on at home: the talk goes on",
    arguments: [
      "i read for the dame and got put on raffle tickets",
      "he put on weight after the op",
    ])
  func putOnInAStory(line: String) {
    var script = builtInPartnerScript([
      "the village panto is just an excuse for the same five people to show off",
      "/me who are the five",
    ])
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }
}
