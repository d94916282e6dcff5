import Testing

@testable import SocraticCore

/// Someone hurting who says they are fine is met gently, never examined, and the "fine" is no
/// view of theirs in the summary; a fear said with a laugh is heard as the fear.
@Suite("Partner: hurt waved away is met gently, and fear outweighs the laugh")
struct PartnerHurtWavedAwayTests {
  @Test(
    "a break-up is heard as something hard, never as a claim",
    arguments: [
      "my boyfriend broke up with me last week",
      "we split up in march",
      "she dumped me on my birthday",
    ])
  func breakUpIsHard(line: String) {
    var script = builtInPartnerScript([])
    let step = script.type(line)
    #expect(
      step.suggestedReflection?.hasPrefix("So you think") == false, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.claim == nil)
  }

  @Test(
    "their own hurt waved away is met gently, with nothing asked",
    arguments: [
      "honestly its fine",
      "im fine, all good",
      "it doesnt matter lol",
      "nah i'll live",
    ])
  func wavedAway(line: String) {
    var script = builtInPartnerScript(["my girlfriend left me for my best mate"])
    let step = script.type(line)
    #expect(
      PartnerLines.roomToNotBeFine.contains(step.suggestedReflection ?? ""),
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.claim == nil)
  }

  @Test("said again, the gentle line is another one, never the same twice")
  func saidAgain() {
    var script = builtInPartnerScript(["we separated in the summer", "im ok honestly"])
    let step = script.type("no really its all good")
    #expect(step.suggestedReflection == PartnerLines.roomToNotBeFine[1])
  }

  @Test(
    "someone else's break-up, or one turned at once to what goes on, is no hurt of theirs",
    arguments: [
      "my neighbours broke up over the hedge", "we split up but we still run the shop together",
    ])
  func noBreakUpOfTheirs(line: String) {
    var script = builtInPartnerScript(["the village fete should be cancelled"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection != "That sounds hard, and it makes sense that it weighs on you.",
      "\(offeredItems(in: step))")
  }

  @Test("a fine said of something else is taken as it is")
  func fineOfSomethingElse() {
    var script = builtInPartnerScript(["the bakery is closing down"])
    let step = script.type("the landlord said its fine to stay till june")
    #expect(!PartnerLines.roomToNotBeFine.contains(step.suggestedReflection ?? ""))
  }

  @Test(
    "a fear said with a laugh is heard as the fear, never as a joke",
    arguments: [
      "lol im actually terrified about the results",
      "haha im genuinely dreading the hearing tomorrow",
      "im actually scared stiff about the operation lol",
    ])
  func fearUnderTheLaugh(line: String) {
    var script = builtInPartnerScript(["my dad is going in for tests on monday"])
    let step = script.type(line)
    let said = step.suggestedReflection ?? ""
    #expect(!said.contains("Joking aside") && !said.hasPrefix("Ha."), "\(offeredItems(in: step))")
    #expect(!said.hasPrefix("So you think"), "\(offeredItems(in: step))")
  }
}
