import Testing

@testable import SocraticCore

/// A fear or a blockage named near the end is stayed with before the close, and an absolute
/// the person has already taken back is not asked about.
@Suite("Explore: a fear stayed with, an absolute taken back left alone")
struct ExploreStaysWithAFearTests {
  @Test("a fear named as the last word is asked about once before the thanks")
  func fearAtTheLastWord() {
    var script = ExploreClosingWordTests.atRerate(
      "I should take the job in Leeds", answer: "the pay is better and my sister lives there")
    let rated = script.type("65")
    #expect(ExploreScript.question(rated)?.text == ExploreClosingWordTests.closingWord)
    let fear = script.type(
      "what frightens me is getting stuck up there for good. thats the real thing")
    #expect(script.dialogue.state.phase != .finished)
    #expect(ExploreScript.question(fear)?.text == "What feels hardest about that, for you?")
    let last = script.type("that i would stop trying new things")
    #expect(script.dialogue.state.phase == .finished)
    #expect(last.outputs.contains(.closingSummary))
  }

  @Test("a last word with no fear in it is thanked at once")
  func plainLastWord() {
    var script = ExploreClosingWordTests.atRerate(
      "I should take the job in Leeds", answer: "the pay is better and my sister lives there")
    script.type("65")
    script.type("only that the trains are decent from there")
    #expect(script.dialogue.state.phase == .finished)
  }

  @Test("an absolute they already put another way is never asked about")
  func absoluteTakenBack() {
    var script = ExploreScript.questioning(
      "My flatmates always leave the kitchen in a state.",
      answers: ["last night there were pans everywhere", "its more like. nobody wipes up after"])
    for _ in 0..<20 {
      guard case .answering = script.dialogue.state.phase else { break }
      script.type("not sure")
    }
    let asked = script.steps.compactMap(ExploreScript.question).map(\.text)
    #expect(!asked.contains { $0.contains("\u{201C}always\u{201D}") }, "\(asked)")
  }
}
