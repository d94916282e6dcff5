import Testing

@testable import SocraticCore

/// Stock questions need a turn that fits them, a plan said in mockery is heard for the
/// frustration under it, and the listener's own day is never given back as theirs.
@Suite("Partner fits its stock questions, hears mockery and keeps the listener's day theirs")
struct PartnerStockFitAndMockeryTests {
  /// What a story or a thing seen in others is asked with.
  private let storyQuestions = [
    "What was that like for you?", "What did that mean for you?",
    "How did the people around you take it?", "What did you make of it at the time?",
    "How common do you think that is?",
  ]

  @Test(
    "what never happened or must still be done is no story to ask about",
    arguments: [
      (
        "i should sell my old bike", "i was going to list it online but never did",
        "So you were going to list it online but never did."
      ),
      (
        "i need to sort the boiler out", "i've got to ring the landlord by monday",
        "So you've got to ring the landlord by monday."
      ),
    ])
  func noStory(_ claim: String, _ line: String, _ reflection: String) {
    var script = builtInPartnerScript([claim])
    let step = script.type(line)
    let texts = offeredItems(in: step).map(\.text)
    #expect(step.suggestedReflection == reflection, "\(texts)")
    for question in storyQuestions { #expect(!texts.contains(question), "\(texts)") }
  }

  @Test(
    "a plan said in mockery is met with the frustration under it, and nothing is asked",
    arguments: [
      ("we need a bigger freezer", "oh i'll just keep the peas in the bath then"),
      ("i should stop buying takeaways", "great. cheese sandwiches every day til payday then"),
    ])
  func mockery(_ claim: String, _ line: String) {
    var script = builtInPartnerScript([claim])
    let step = script.type(line)
    #expect(
      offeredItems(in: step).map(\.text) == ["It sounds like you're fed up with the whole thing."])
  }

  @Test("no example is asked of a turn that argues nothing")
  func noExampleOfDelight() {
    var script = builtInPartnerScript(["the bins should go out on thursdays"])
    let step = script.type("would you? oh that would be grand")
    let texts = offeredItems(in: step).map(\.text)
    #expect(step.suggestedReflection != nil, "\(texts)")
    #expect(!texts.contains("What is an example that shows what you mean?"), "\(texts)")
  }

  @Test("the listener's own day is never given back as the speaker's")
  func listenersDay() {
    var script = builtInPartnerScript(["the garden needs a proper fence"])
    let step = script.type("you're out on tuesdays anyway so pete can drop the posts round")
    let texts = offeredItems(in: step).map(\.text)
    #expect(!texts.contains { $0.hasPrefix("So you're out") }, "\(texts)")
    #expect(!texts.isEmpty)
  }

  @Test("leaving after a thing they must do, the close names it and asks how it goes")
  func closeOnATaskDue() {
    var script = builtInPartnerScript([
      "i need to sort the boiler out", "i've got to ring the landlord by monday",
    ])
    let step = script.type("ok thanks, gotta go")
    #expect(
      offeredItems(in: step).map(\.text) == [
        "Thanks for talking it through with me. I get where you're coming from a lot better now.",
        "I'll remember what you said, that you need to sort the boiler out. Let me know how it "
          + "goes.",
      ])
  }
}
