import Testing

@testable import SocraticCore

/// Answers that tell what matters to the person and close on when something opens, shuts or
/// runs: the hour of day sets the scene and is never what is given back.
@Suite("Explore gives back the heart of an answer, never the hour something shuts")
struct ExploreHeartOverDetailTests {
  @Test("an hour of day said last is not given back in place of the story before it")
  func hourOfDayIsScene() {
    var script = ExploreScript.questioning("The swimming baths should stay open.")
    var said = ExploreScript.reflections(
      script.type(
        "my whole family learnt to swim in that pool and i have gone since i was small, it shuts at 8 on weekdays"
      ))
    #expect(!said.isEmpty, "\(said)")
    #expect(!said.contains { $0.contains("shuts at 8") }, "\(said)")
    script = ExploreScript.questioning("The post office in the village matters.")
    said = ExploreScript.reflections(
      script.type(
        "the old boys queue there every morning just to have a chat with someone. it closes by half five."
      ))
    #expect(!said.contains { $0.contains("half five") }, "\(said)")
    #expect(said.contains { $0.contains("chat") }, "\(said)")
  }

  @Test("a number that counts something, or an age, is still part of the point")
  func countsAreNotHours() {
    var script = ExploreScript.questioning("Kids should learn to cook at school.")
    var said = ExploreScript.reflections(
      script.type("i left school at 16 without knowing how to make a single meal"))
    #expect(said.contains { $0.contains("a single meal") }, "\(said)")
    script = ExploreScript.questioning("Kids should learn to cook at school.")
    said = ExploreScript.reflections(
      script.type("most of my mates were living on takeaways by 20"))
    #expect(said.contains { $0.contains("takeaways by 20") }, "\(said)")
  }
}
