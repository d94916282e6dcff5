import Testing

@testable import SocraticCore

/// Pushback at the questioning is owned and the listener backs off; love said to the listener
/// is answered in kind; a turn away at the close is let go.
@Suite("Partner: pushback backs off, love is answered in kind, a turn away at the close is let go")
struct PartnerPushbackAndAffectionTests {
  @Test(
    "the questioning mocked as an ordeal gets the repair alone, and the stage stays",
    arguments: [
      "how sure am i?? what is this, a job interview?",
      "what's this, twenty questions? i just think it",
      "lol am i on trial here or something",
      "whats this, some kind of interrogation",
    ])
  func mockedQuestioning(_ line: String) {
    var script = partnerScript()
    script.type("the bins should be collected every week")
    script.type("because the foxes get into them")
    let stage = script.dialogue.state.stage
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "Sorry, you're right, I didn't mean it to come out like that. I'm just interested in "
        + "how you see it.")
    #expect(step.suggestions.count == 1)
    #expect(script.dialogue.state.stage == stage)
  }

  @Test(
    "a question about a thing named is still their question, not pushback",
    arguments: ["what is this quiz for anyway?", "what is this therapy you keep on about"])
  func aRealQuestion(_ line: String) {
    #expect(TheirWords.objection(in: line) == nil)
  }

  @Test(
    "love said to the listener is answered in kind",
    arguments: ["aw love you", "luv ya x", "ok ok. love you"])
  func lovedBack(_ line: String) {
    var script = partnerScript()
    script.type("the bins should be collected every week")
    let step = script.type(line)
    #expect(step.suggestedReflection == "Love you too.")
  }

  @Test("love with a point against it argues the point, and gets no love back")
  func loveButAPoint() {
    var script = partnerScript()
    script.type("the bins should be collected every week")
    let step = script.type("love you but the foxes are not the council's fault")
    #expect(step.suggestedReflection != "Love you too.")
    #expect(step.suggestedReflection?.hasPrefix("So ") == true)
  }

  @Test(
    "a change of subject at the close is let go with a goodbye, never pulled back to the talk",
    arguments: ["anyway did you see the rugby", "by the way the cat needs feeding"])
  func turnAwayAtTheClose(_ line: String) {
    var script = builtInPartnerScript([
      "the bins should be collected every week", "because the foxes get into them",
      "/stage close",
    ])
    let step = script.type(line)
    let lines = step.suggestions.compactMap { item -> String? in
      if case .reflection(let text) = item { return text }
      return nil
    }
    #expect(!lines.contains { $0.hasPrefix("Going back to") || $0.hasPrefix("Before we lose") })
    #expect(lines == ["Take care; I'm glad we talked."])
    #expect(step.suggestedQuestions.isEmpty)
  }
}
