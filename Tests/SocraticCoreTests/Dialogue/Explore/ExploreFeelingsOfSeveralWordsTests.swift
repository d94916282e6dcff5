import Testing

@testable import SocraticCore

/// A feeling of several words is named whole ("taken for granted", "left out"), never cut to its
/// first; and "you asked that already" of a question not asked before is said kindly, not owned.
@Suite("Explore names feelings of several words and checks a claimed repeat")
struct ExploreFeelingsOfSeveralWordsTests {
  static let belief = "My sister should host Christmas this year."

  @Test(
    "a feeling of several words is given back and kept whole",
    arguments: [
      ("honestly it makes me feel taken for granted every december", "taken for granted"),
      ("i always feel a bit left out when they plan it without me", "left out"),
    ])
  func severalWords(line: String, feeling: String) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(line)
    let shown = (ExploreScript.reflections(step) + [ExploreScript.question(step)?.text ?? ""])
      .joined(separator: " ")
    #expect(shown.contains(feeling), "\(shown)")
    #expect(
      script.dialogue.state.map.feelings.contains(feeling), "\(script.dialogue.state.map.feelings)")
    #expect(!script.dialogue.state.map.feelings.contains { feeling.hasPrefix($0 + " ") })
  }

  @Test("'you asked that already' of the first question is said kindly, not owned")
  func claimedRepeatNotAsked() {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type("you asked me that already")
    let notices = ExploreScript.notices(step)
    #expect(notices.contains(ExploreDialogue.notAskedBeforeNotice), "\(notices)")
    #expect(!notices.contains { $0.hasPrefix("I did.") }, "\(notices)")
    #expect(ExploreScript.question(step) != nil)
  }
}
