import Testing

@testable import SocraticCore

/// A thanks said wryly ("wow. thanks dad. super useful", "oh brilliant, thanks for nothing") is
/// pushback: owned plainly, and the talk stays open. A thanks that turns something down ("no
/// thanks") or is said on the way to more ("thanks love. i still reckon …") takes no leave.
@Suite("Partner: a wry or refusing thanks is pushback, not a goodbye")
struct PartnerPushbackThanksTests {
  private func talk() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript([
      "my dad reckons i should take the paper round",
      "/me what do you make of that yourself",
    ])
  }

  @Test(
    "wry thanks are owned, and the talk goes on",
    arguments: [
      "wow. thanks dad. super useful",
      "oh brilliant, thanks for nothing",
      "gee thanks",
      "oh great thanks. big help",
      "cheers sherlock",
      "thanks a lot genius",
    ])
  func wryThanksAreOwned(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(
      step.suggestedReflection == "Fair enough, that wasn't much help.", "\(offeredItems(in: step))"
    )
  }

  @Test("wry thanks said once the talk wound up reopen it, owned")
  func wryThanksAfterTheClose() {
    var script = talk()
    script.type("ok thanks")
    #expect(script.dialogue.state.stage == .close)
    let step = script.type("oh brilliant, thanks for nothing")
    #expect(script.dialogue.state.stage != .close)
    #expect(
      step.suggestedReflection == "Fair enough, that wasn't much help.", "\(offeredItems(in: step))"
    )
  }

  @Test(
    "thanks that turn something down, or lead on to more, keep the questions coming",
    arguments: [
      "no thanks",
      "nah thx",
      "thanks dad. the mornings are too dark for it",
      "thanks. sherlock is on tonight, i'll watch that instead",
    ])
  func thanksOnTheWayKeepTheTalk(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "plain thanks after 'wow' or 'oh lovely', or with a word on the talk or a plan to meet, wind up",
    arguments: [
      "wow thanks mate",
      "oh lovely, thanks dad",
      "thanks. i needed that",
      "thanks so much. catch up sunday",
    ])
  func gratefulThanksWindUp(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close)
    #expect(
      offeredItems(in: step).map(\.text).contains(Self.warmClose), "\(offeredItems(in: step))")
  }

  /// The first line of the warm close after thanks for the talk.
  private static let warmClose =
    "Thanks for talking it through with me. I get where you're coming from a lot better now."

  @Test("a thanks with a goodbye after it still winds the talk up")
  func thanksThenGoodbye() {
    var script = talk()
    script.type("thanks. night x")
    #expect(script.dialogue.state.stage == .close)
  }
}
