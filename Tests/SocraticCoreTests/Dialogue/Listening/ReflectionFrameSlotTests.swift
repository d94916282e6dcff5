import Testing

@testable import SocraticCore

@Suite("A reflection's frame holds what it is made for, the clause that matters, and fits it")
struct ReflectionFrameSlotTests {
  @Test(
    "a subject left off is given back as 'you', never with the capital of their first word",
    arguments: [
      ("Still reckon the bins should go weekly.", "you still reckon the bins should go weekly"),
      ("Really think the library needs longer hours", "the library needs longer hours"),
    ])
  func leftOffSubject(answer: String, given: String) {
    let text = reflected(answer) ?? ""
    #expect(text.contains(given))
    #expect(!text.contains("Still") && !text.contains("Really"))
  }

  @Test(
    "a clause glued into the noun slot of 'it's …, not …' is never given back",
    arguments: [
      "maybe its not the landlord thats the problem its the agency lol",
      "hmm its not the teachers thats the issue its the exams tbh",
    ])
  func correctionSideIsAThing(answer: String) {
    let text = reflected(answer) ?? ""
    #expect(!text.contains("problem it's") && !text.contains("issue it's"))
  }

  @Test(
    "a frame made for a clause turns down a fragment or a list pasted into it",
    arguments: [
      "You're saying still think the park should stay open.",
      "So you think a 2014 fiesta, 6 grand, the lad in splott has it.",
      "So maybe it's the problem it's the agency, not the landlord.",
      "So for you it comes down to the rent is too high.",
      "So you think you don't know why you moved out here.",
      "So you think you're going to ring the council monday.",
    ])
  func brokenFrame(line: String) {
    #expect(!ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "a whole clause in its frame passes",
    arguments: [
      "So you still think the park should stay open.",
      "You're saying it's the way they talk to you.",
      "So it's the screen, not the tipping you hate.",
      "So for you it comes down to the rent.",
      "So you think you deserve a fair hearing.",
    ])
  func wholeFrame(line: String) {
    #expect(ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "a dialect tail, a sign-off and a name said again after a pronoun are not given back",
    arguments: [
      ("the neighbours wont thank me for it mind", "the neighbours won't thank you for it."),
      ("i do miss her, my nan, megan, four years now, anyway.", "you do miss her."),
      ("we never got a penny back like", "you never got a penny back."),
    ])
  func tailTrimmed(answer: String, ending: String) {
    let text = reflected(answer) ?? ""
    #expect(text.lowercased().hasSuffix(ending))
  }

  @Test(
    "'In your experience' never opens what they imagine others would say, or anyone at all",
    arguments: [
      "So they'd say the parking costs too much.",
      "So someone leaves a bag on the train and it gets handed in.",
      "So the regulars won't like the new menu.",
    ])
  func experienceOnlyOfWhatTheyLived(composed: String) {
    let varied = ReflectionWriter.varied(
      Reflection(text: composed, depth: .simple),
      after: ["So the trains are late again.", "You're saying the fares went up."])
    #expect(varied?.text.hasPrefix("In your experience") == false)
  }
}
