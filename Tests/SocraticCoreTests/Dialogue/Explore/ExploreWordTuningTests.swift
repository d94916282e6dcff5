import Testing

@testable import SocraticCore

/// Doubt about a word is not doubt about the belief: "loathe is too strong", "furious is a
/// strong word" tune their words and hold to the claim. It is given back as the word going too
/// far, or as the feeling they name instead, and never filed as a point granted.
@Suite("Explore hears a word tuned, not a belief doubted")
struct ExploreWordTuningTests {
  @Test(
    "a strong word set aside is given back as the word going too far",
    arguments: [
      ("maybe loathe is too strong but the night buses are grim", "loathe"),
      ("ok evil is a strong word. they just dont care about the estate", "evil"),
    ])
  func wordGoesTooFar(line: String, word: String) {
    var script = ExploreScript.questioning("The night buses should be run by the council.")
    let step = script.type(line)
    #expect(
      ExploreScript.reflections(step).first?.hasSuffix("'\(word)' goes too far for you.") == true,
      "\(ExploreScript.reflections(step))")
    #expect(script.dialogue.state.map.doubts == [], "\(script.dialogue.state.map.doubts)")
  }

  @Test("a feeling called a strong word, with the one they mean after it, is that feeling")
  func feelingNamedInstead() {
    var script = ExploreScript.questioning("The night buses should be run by the council.")
    let step = script.type("furious is a strong word but im annoyed, the 11pm one never comes")
    let said = ExploreScript.reflections(step)
    #expect(said.first?.hasSuffix("feeling more annoyed than furious.") == true, "\(said)")
  }

  @Test(
    "a strong word after 'the' names a thing that is too much, never a word of theirs",
    arguments: [
      (
        "the hate is too much, people just pile on in the comments",
        "You're saying the hate is too much, people just pile on in the comments."
      ),
      (
        "honestly the anger is a bit much at those meetings",
        "You're saying the anger is a bit much at those meetings."
      ),
    ])
  func thingNotWord(line: String, expected: String) {
    var script = ExploreScript.questioning("The night buses should be run by the council.")
    let step = script.type(line)
    let said = ExploreScript.reflections(step)
    #expect(said == [expected], "\(said)")
    #expect(ReflectionWriter.wordingPoint(in: line) == nil)
    #expect(BeliefMap.feelingLabelSetAside(BeliefMap.plainWords(line)) == nil)
  }
}
