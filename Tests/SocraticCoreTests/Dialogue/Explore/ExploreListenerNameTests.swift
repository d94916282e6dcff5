import Testing

@testable import SocraticCore

/// A fond word the person calls the listener by ("love", "pet", "mate") is no word of what they
/// say: nothing asks about it, gives it back or files it.
@Suite("Explore reads past what they call the listener")
struct ExploreListenerNameTests {
  private static let belief = "every village should keep its brass band going"

  @Test(
    "a fond word before a comma is never questioned, given back or filed",
    arguments: [
      ("mostly the same pet, its somewhere for the young ones to go on a friday", "same pet"),
      ("the practice nights love, they keep my lad off the streets", "nights love"),
      ("oh its the history mate, the band's been going since 1890", "history mate"),
    ])
  func fondWordDropped(answer: String, phrase: String) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(answer)
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains(phrase), "\(asked)")
    for said in ExploreScript.reflections(step) {
      #expect(!said.contains(phrase), "\(said)")
    }
    let reasons = script.dialogue.state.map.reasons.map(\.text)
    #expect(!reasons.contains { $0.contains(phrase) }, "\(reasons)")
  }

  @Test("'love' said as a verb stays: 'we love, we really do' is what they say")
  func loveAsVerb() {
    let words = AnswerMoveReader.readTokens(of: "we love, we really do, marching at the gala")
    #expect(words.count { $0.lowercased == "love" } == 1, "\(words.joinedText)")
  }
}
