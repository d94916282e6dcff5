import Testing

@testable import SocraticCore

/// What they put straight to the listener about the listener's own words or doings ("then
/// what?", "did you ring her?", "say it properly", "you think i'm overreacting", "sorry,
/// what?") is answered first, never deflected with a question back; a sting ("wow. ok.") is
/// repaired, never waited out.
@Suite("Partner answers straight bids to the listener")
struct PartnerStraightBidsTests {
  /// A talk about a view, with the listener's own point just before the line.
  private func after(_ line: String) -> DialogueStep {
    var script = builtInPartnerScript([
      "i think the gym should open earlier on weekdays",
      "/me i heard they might close the pool instead",
    ])
    return script.type(line)
  }

  @Test(
    "asked to go on, the first thing offered is to finish the point",
    arguments: ["and then what?", "so what happens next?", "then what", "and then?"])
  func goOn(line: String) {
    let step = after(line)
    #expect(step.suggestions.first?.label == "answer", "\(offeredItems(in: step))")
    #expect(step.suggestions.first?.text.hasPrefix("They asked you to go on") == true)
    #expect(step.suggestedQuestions.isEmpty)
  }

  @Test(
    "a yes-or-no question about the listener's own doing is answered straight",
    arguments: [
      "wait, did you ring the manager already?", "you'd actually cancel your membership?",
      "are you the one who told them?", "have you even been in the mornings?",
    ])
  func aboutTheListener(line: String) {
    let step = after(line)
    #expect(
      step.suggestions.first?.text.hasPrefix("They asked you straight") == true,
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty)
  }

  @Test("a question asking what the listener thinks is no yes-or-no about their doing")
  func askingTheListenersView() {
    let step = after("do you think they will?")
    #expect(step.suggestions.first?.text.hasPrefix("They asked you straight") != true)
  }

  @Test(
    "asked to say it plainly, the listener says it plainly",
    arguments: ["oh just say it", "what are you getting at", "tell me it straight then"])
  func sayItPlainly(line: String) {
    let step = after(line)
    #expect(
      step.suggestions.first?.text.hasPrefix("They want it straight") == true,
      "\(offeredItems(in: step))")
  }

  @Test(
    "what they fear the listener thinks of them is denied plainly, however they frame it",
    arguments: [
      "i bet you think i'm being unreasonable", "you must think i'm paranoid",
      "feels like you reckon i'm overreacting",
    ])
  func whatTheListenerThinksOfThem(line: String) {
    let step = after(line)
    let first = step.suggestions.first?.text ?? ""
    #expect(
      PartnerLines.repairs(for: .attributedThought).contains(first), "\(offeredItems(in: step))")
  }

  @Test(
    "not having heard is answered by saying it again, never as pushback",
    arguments: ["eh? what?", "sorry, come again?", "huh", "sorry i didn't catch that"])
  func notHeard(line: String) {
    let step = after(line)
    #expect(
      step.suggestions.first?.text.hasPrefix("They didn't hear you") == true,
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty)
  }

  @Test("a reaction with more in it is no failure to hear")
  func whatWithMore() {
    let step = after("what? they can't close the pool, half the town uses it")
    #expect(step.suggestions.first?.text.hasPrefix("They didn't hear you") != true)
  }

  @Test(
    "a sting split by its stops is repaired with an apology",
    arguments: ["wow. ok.", "wow. right.", "ok. wow."])
  func sting(line: String) {
    let step = after(line)
    #expect(
      step.suggestions.first?.text.hasPrefix("I'm sorry") == true, "\(offeredItems(in: step))")
  }
}
