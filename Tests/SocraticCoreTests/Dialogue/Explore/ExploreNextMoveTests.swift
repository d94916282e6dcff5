import Testing

@testable import SocraticCore

/// What explore asks next follows from what the person just said: it stops when they pause or
/// leave, never asks again what they just answered, asks only about what their words hold, and
/// stays with what they disclosed.
@Suite("Explore's next move follows from what they just said")
struct ExploreNextMoveTests {
  @Test(
    "being worn out, called away or thanking for the talk ends the session, wherever it is said",
    arguments: [
      "fair point i guess. ok my brain is fried", "hm maybe. oh the toddler just woke up",
      "the rent mostly. my head is spinning a bit tbh", "ok im good, this was really useful",
      "idk really. im done", "the bus thing. thanks for this",
    ])
  func pause(line: String) {
    var script = ExploreScript.questioning("Cities should make buses free.")
    let step = script.type(line)
    #expect(ExploreScript.question(step) == nil)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
  }

  @Test(
    "what is at stake for them, a return to work later or a need, is no goodbye",
    arguments: [
      "i kind of need it to be fine bc i start back at work in may",
      "my son was done with school by then", "that report was useful for me",
    ])
  func noPause(line: String) {
    var script = ExploreScript.questioning("Daycare is fine for toddlers.")
    #expect(ExploreScript.question(script.type(line)) != nil)
  }

  @Test("a number given to 'how much does that change it' is their rating, never asked again")
  func numberAnswers() {
    var script = ExploreScript.questioning(
      "Landlords should need a license.",
      answers: ["my landlord ignored a leak for months", "i guess licensing would push rents up"])
    #expect(QuestionIntent.purposes(of: script.questions.last.map(\.text) ?? "").contains(.impact))
    let step = script.type("60")
    #expect(ExploreScript.reflections(step) == ["So that leaves you at 60 now."])
    #expect(!ExploreScript.notices(step).contains("No rush. Here is an easier one."))
    let next = ExploreScript.question(step)?.text ?? ""
    #expect(![.impact, .howSure].contains(QuestionIntent(of: next)), "\(next)")
    #expect(
      step.events.contains {
        if case .confidence(let value) = $0 { value.value == 60 } else { false }
      })
  }

  @Test("a rating given while taking leave is kept as their confidence now")
  func ratingAsTheyLeave() {
    var script = ExploreScript.questioning(
      "Landlords should need a license.",
      answers: ["my landlord ignored a leak for months", "i guess licensing would push rents up"])
    #expect(QuestionIntent.purposes(of: script.questions.last.map(\.text) ?? "").contains(.impact))
    let step = script.type("maybe 55. my sister mostly. gotta go, dinner's ready")
    #expect(
      step.events.contains {
        if case .confidence(let value) = $0 { value.value == 55 } else { false }
      })
  }

  @Test(
    "a platform is weighed as a source only when they learned from it there",
    arguments: [
      ("my kids are on youtube all day and they cant focus", false),
      ("half my class just scrolls reddit in maths", false),
      ("i saw on youtube that test scores dropped", true),
      ("tiktok says attention spans are shrinking", true),
    ])
  func citedPlatform(answer: String, isSource: Bool) {
    #expect((AnswerFollowUp.sourcePhrase(in: answer) != nil) == isSource)
    var script = ExploreScript.questioning("Schools should ban phones.")
    let asked = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(asked.hasPrefix("How far do you trust") == isSource, "\(asked)")
  }

  @Test("a source named twice, in another case, is weighed once")
  func sourceOnce() {
    let asked: Set<String> = ["How far do you trust the numbers on this, and why?"]
    let again = AnswerFollowUp.trustQuestion(
      in: "Numbers dont lie, the numbers are clear", asked: asked, isAsked: { _ in false })
    #expect(again == nil)
  }

  @Test(
    "after something they lived, what is asked names the belief it bears on",
    arguments: [
      ["my landlord ignored a leak for months", "yeah and the repairs took forever after"],
      ["our last flat had mould in every room"],
    ])
  func pointsBack(answers: [String]) {
    var script = ExploreScript.questioning("Landlords should need a license.", answers: answers)
    for text in script.questions.map(\.text) {
      #expect(text != "What did that show you?" && text != "What does that tell you about it?")
      #expect(!text.contains("seems fair") && !text.contains("less clear-cut"))
    }
    script.type("i guess so")
    #expect(script.questions.last?.text.contains("fair") == false)
  }

  @Test(
    "what weighs on them is stayed with before anything from the script",
    arguments: [
      "honestly i kind of need it to be true because we cant afford to move",
      "i just need it to happen, im exhausted",
      "i never thought about it like that before, my mum was a landlord",
    ])
  func staysWithDisclosure(line: String) {
    var script = ExploreScript.questioning(
      "Landlords should need a license.", answers: ["my landlord ignored a leak for months"])
    let asked = ExploreScript.question(script.type(line))
    #expect(asked?.arc == ExploreArcStep.moment.rawValue, "\(asked?.text ?? "")")
    #expect(asked?.source == .followUp)
  }

  @Test("what their words mean is asked only in the first questions")
  func meaningEarly() {
    let question = "What do you mean, exactly, when you say that buses should be free?"
    let early = ExploreScript.questioning("Cities should make buses free.")
    #expect(!early.dialogue.isAsked(question))
    let late = ExploreScript.questioning(
      "Cities should make buses free.",
      answers: ["the fares are too high", "my cousin cant afford them", "the roads are jammed"])
    #expect(late.dialogue.isAsked(question))
  }

  @Test("confusion right after a reflection owns both lines, not the question alone")
  func repairFits() {
    var script = ExploreScript.questioning(
      "Cities should make buses free.", answers: ["the fares went up twice this year"])
    #expect(!ExploreScript.reflections(script.last).isEmpty)
    let step = script.type("what? why do you keep asking me that")
    #expect(ExploreScript.notices(step).first == ExploreDialogue.confusedAfterReflectionNotice)
  }

  @Test(
    "a conversational lead-in is no part of the belief",
    arguments: [
      ("kinda, more like landlords should need a license", "landlords should need a license"),
      ("well, buses should be free", "buses should be free"),
      ("no, more that cities should fund buses", "cities should fund buses"),
      ("ok so, phones distract kids", "phones distract kids"),
    ])
  func leadIn(text: String, claim: String) throws {
    #expect(try BeliefReader.read(text).claim.joinedText == claim)
  }
}
