import Testing

@testable import SocraticCore

/// A feeling word asked back in scorn ("happy?") is no feeling of theirs; one named after a
/// word of degree ("super anxious") is; a short thanks closes a sentence as a goodbye.
@Suite("Explore feeling asked back")
struct ExploreFeelingAskedBackTests {
  static let belief = "Our team should have fewer meetings."

  @Test(
    "a feeling word asked alone in scorn is not given back as their feeling",
    arguments: [
      "oh lovely, another all-hands on a friday. happy?",
      "brilliant, a fourth standup this week. satisfied? happy?",
    ])
  func scornIsNoFeeling(line: String) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(line)
    #expect(script.dialogue.state.map.feelings.isEmpty)
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.isEmpty && !asked.contains("happy"), "\(asked)")
  }

  @Test(
    "a feeling asked back and then said yes to is their feeling",
    arguments: [
      ("annoyed? yes, honestly", "annoyed"), ("drained?? yeah a bit", "drained"),
      ("irritated? definitely", "irritated"),
    ])
  func feelingAskedAndOwned(line: String, feeling: String) {
    var script = ExploreScript.questioning(Self.belief)
    let reflections = ExploreScript.reflections(script.type(line))
    #expect(reflections.contains("It sounds like you're feeling \(feeling)."), "\(reflections)")
  }

  @Test("a feeling named after a word of degree is their feeling")
  func degreeWordKeepsFeeling() {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type("super anxious tbh")
    #expect(script.dialogue.state.map.feelings.contains("anxious"))
    #expect(ExploreScript.reflections(step).contains { $0.contains("anxious") })
  }

  @Test("a sentence closed by a short thanks says goodbye")
  func shortThanksCloses() {
    var script = ExploreScript.questioning(Self.belief, answers: ["half of them could be emails"])
    let step = script.type("that's given me plenty to chew on, ty")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(script.dialogue.state.phase == .closingSession(.left))
  }
}
