import Testing

@testable import SocraticCore

@Suite("Explore: a loss told beside a doubt about the question is owned first")
struct ExploreLossOverConfusionTests {
  @Test(
    "no apology for the question comes before or instead of owning the loss",
    arguments: [
      "the hardest bit is the quiet. my husband passed in 2019 and the house is empty now. not sure what that has to do with any of it honestly",
      "since my brother died i dont really go out. dunno what thats got to do with it tbh",
    ])
  func lossBeforeConfusion(answer: String) {
    var script = ExploreScript.questioning("Village pubs hold a community together")
    let step = script.type(answer)
    let notices = ExploreScript.notices(step)
    let reflections = ExploreScript.reflections(step)
    #expect(!notices.contains { $0.contains("put that badly") }, "\(notices)")
    #expect(reflections.first?.hasPrefix("I'm so sorry") == true, "\(reflections)")
  }
}
