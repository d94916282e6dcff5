import Testing

@testable import SocraticCore

/// A question turned down with a word after it, and a goodbye with "for now": each is heard as
/// what it is.
@Suite("Explore: a refusal is granted plainly and a goodbye ends the questions")
struct ExploreHearsTheRefusalAndGoodbyeTests {
  @Test(
    "a refusal with a word after it is let be, never given back nor filed",
    arguments: [
      "i'd rather not get into that one actually", "i don't want to talk about that tbh",
      "i'd prefer not to answer that if you don't mind",
    ])
  func refusal(line: String) {
    var script = ExploreScript.questioning(
      "Allotments should be cheaper", answers: ["the waiting list is six years long"])
    let step = script.type(line)
    let said = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(said.contains("Of course \u{2014} we can leave that."), "\(said)")
    #expect(!said.contains { $0.contains("rather not") || $0.contains("talk about") }, "\(said)")
    #expect(!script.dialogue.state.map.reasons.contains { $0.text.contains(line) })
  }

  @Test(
    "a goodbye closed with 'for now' asks no more questions",
    arguments: ["right that's me, bye for now", "ok thanks for now"])
  func goodbye(line: String) {
    var script = ExploreScript.questioning(
      "Allotments should be cheaper", answers: ["the waiting list is six years long"])
    let step = script.type(line)
    #expect(ExploreScript.question(step) == nil, "\(step.outputs)")
  }
}

/// "lol jk" after a line of theirs: the joke is taken back, never owned as our mistake nor
/// given back as their view.
@Suite("Explore: a joke taken back is no correction")
struct ExploreJokeTakenBackTests {
  @Test(
    "a joke taken back is neither apologised for nor given back",
    arguments: ["lol jk", "i'm only kidding", "that was just a joke", "nah jk"])
  func joke(line: String) {
    var script = ExploreScript.questioning(
      "Allotments should be cheaper", answers: ["the council spends it all on golf courses"])
    let step = script.type(line)
    let said = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(!said.contains { $0.hasPrefix(CorrectionReply.apology) }, "\(said)")
    #expect(
      !said.contains { $0.contains("jk") || $0.contains("kidding") || $0.contains("joke") },
      "\(said)")
  }
}
