import Testing

@testable import SocraticCore

/// A hardship is gone through only when a time puts it in the past ("last year", "two weeks
/// ago"), never for "last" as a verb or "the last month", which runs up to now; and a job lost
/// is read from explore's table (`AnswerCues.jobLostTold`), never when it is wished on someone.
@Suite("Partner: a hardship's time, and a job lost as told")
struct PartnerHardshipTimeTests {
  @Test(
    "a hardship lived now is asked about as now",
    arguments: [
      "I honestly can't last another week like this, I'm exhausted",
      "i've been struggling with the night feeds for the last month",
    ])
  func livedNow(_ line: String) {
    var script = partnerScript()
    script.type("babies should sleep in their own room from the start")
    let step = script.type(line)
    let asked = step.suggestedQuestions.map(\.text)
    #expect(asked.contains("How are you holding up?"), "\(asked)")
    #expect(!asked.contains("How are you now?"), "\(asked)")
  }

  @Test("a hardship dated in the past is asked about as gone through")
  func goneThrough() {
    var script = partnerScript()
    script.type("babies should sleep in their own room from the start")
    let step = script.type("i was a wreck with our first one two years ago")
    #expect(
      step.suggestedQuestions.map(\.text).contains("How are you now?"),
      "\(step.suggestedQuestions.map(\.text))")
  }

  @Test("a job being lost is met as a hardship")
  func beingLaidOff() {
    var script = partnerScript()
    script.type("robots are going to take all the warehouse jobs")
    let step = script.type("my dad's being made redundant after thirty years on the line")
    #expect(
      step.suggestedReflection == "That sounds hard, and it makes sense that it weighs on you.",
      "\(String(describing: step.suggestedReflection))")
  }

  @Test(
    "a sacking wished on someone is no hardship",
    arguments: [
      "they should have sacked him years ago if you ask me",
      "honestly the ref deserves to be sacked after that",
    ])
  func wished(_ line: String) {
    let words = TheirWords.typedTokens(of: line).filter(\.isWord)
    #expect(PartnerDisclosure.read(words) == nil)
  }
}
