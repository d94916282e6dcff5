import Testing

@testable import SocraticCore

/// The close comes from their words of leaving, never from an errand they describe or from
/// thanks that grant ground wryly: someone still talking is heard, not seen off.
@Suite("No close while they are still talking it through")
struct PartnerNoCloseWhileTalkingTests {
  /// The stage the step shows its suggestions under.
  private func shownStage(_ step: DialogueStep) -> ConversationStage? {
    step.outputs.lazy.compactMap { output -> ConversationStage? in
      if case .suggestions(let stage, _) = output { return stage }
      return nil
    }.first
  }

  @Test(
    "an errand told in a when- or if-clause is part of what they say, not a goodbye",
    arguments: [
      "they can tell when you switch the telly on and when you get in from work",
      "it knows if you put the heating on, it tracks the lot",
    ])
  func describedErrandIsNoGoodbye(line: String) {
    var script = builtInPartnerScript([
      "im not letting the council fit one of those smart bins, they spy on you"
    ])
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(shownStage(step) != .close)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test("told to them directly, the same errand still winds the talk down")
  func errandSaidIsAGoodbye() {
    var script = builtInPartnerScript([
      "im not letting the council fit one of those smart bins, they spy on you"
    ])
    script.type("right, ill put the kettle on")
    #expect(script.dialogue.state.stage == .close)
  }

  @Test(
    "thanks that cap ground given ('less than I was, thanks very much') are no goodbye",
    arguments: [
      "less keen than i was at breakfast thanks very much",
      "dunno. less than i was this morning, thank you very much",
    ])
  func wryThanksAfterGivingGround(line: String) {
    var script = builtInPartnerScript([
      "i think a gap year is a waste, she should get a proper job",
      "/me how sure are you about that now",
    ])
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(shownStage(step) != .close)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }
}
