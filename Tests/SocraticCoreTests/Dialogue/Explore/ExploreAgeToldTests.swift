import Testing

@testable import SocraticCore

@Suite("An age given as a reason is never asked what it is like, nor pasted with its list mark")
struct ExploreAgeToldTests {
  @Test("an age given first of a list is not asked what it is like")
  func ageNotAskedAbout() {
    let script = ExploreScript.questioning(
      "I'm too old to start learning the piano",
      answers: [
        "well im 61 for a start. my hands are stiff in the mornings and i never read music at school"
      ])
    let asked = script.questions.map(\.text)
    #expect(!asked.contains { $0.contains("What is that like for you?") }, "\(asked)")
    #expect(!asked.contains { $0.contains("for a start") }, "\(asked)")
  }

  @Test("the mark that opens a list is not given back with the point")
  func listMarkDropped() {
    #expect(ReflectionWriter.given("im 61 for a start") == "you're 61")
  }
}
