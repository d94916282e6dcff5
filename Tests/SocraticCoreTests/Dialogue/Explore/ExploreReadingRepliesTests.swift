import Testing

@testable import SocraticCore

/// What is said to "Is that what you mean? (y/n)": a close-enough yes, a rating given early, a
/// no that says the reading missed them. None of them is a new belief to invert.
@Suite("Explore: the reply to a reading is read as a reply, never as a new belief")
struct ExploreReadingRepliesTests {
  /// The session after the belief and a reply to its reading.
  private static func replying(_ reply: String) -> (ExploreScript, DialogueStep) {
    var script = ExploreScript()
    _ = script.type("The night buses should run every half hour")
    let step = script.type(reply)
    return (script, step)
  }

  private static func restated(_ step: DialogueStep) -> Bool {
    step.outputs.contains {
      if case .beliefReading = $0 { return true }
      return false
    }
  }

  @Test(
    "a yes that says the reading is close takes it",
    arguments: ["yeah near enough", "aye roughly", "yep that's the gist", "mostly", "give or take"]
  )
  func closeEnough(reply: String) {
    let (script, step) = Self.replying(reply)
    #expect(!Self.restated(step))
    #expect(script.dialogue.state.phase == .ratingConfidence)
  }

  @Test(
    "numbers said at the reading ask again for yes or other words",
    arguments: ["60? 55.", "70, 75"])
  func numbers(reply: String) {
    let (script, step) = Self.replying(reply)
    #expect(!Self.restated(step))
    #expect(ExploreScript.notices(step) == [ExploreDialogue.confirmationHint])
    #expect(script.dialogue.state.phase == .confirmingBelief)
  }

  @Test(
    "a no that says the reading missed them asks for other words",
    arguments: [
      "n. they're always packed, that's not the question", "no thats not my point at all",
      "nah you've missed the point",
    ])
  func missed(reply: String) {
    let (_, step) = Self.replying(reply)
    #expect(!Self.restated(step))
    #expect(ExploreScript.notices(step) == [ExploreDialogue.otherWordsNotice])
  }
}
