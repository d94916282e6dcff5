import Testing

@testable import SocraticCore

/// A boundary they set is kept: a stop said in their own words closes the session, even right
/// after a hard moment; a topic they say is told in full is left, kindly, never probed.
@Suite("Explore: a stop or a declined topic is respected")
struct ExploreBoundaryTests {
  /// The notices and the question a step shows, for the messages of a failing check.
  private static func shown(_ step: DialogueStep) -> String {
    "\(ExploreScript.notices(step)) / \(ExploreScript.question(step)?.text ?? "-")"
  }

  @Test(
    "a stop said in their own words closes the session",
    arguments: [
      "hmm yeah maybe. i think i shall stop there for today",
      "idk tbh. reckon i'll call it a night",
      "i said i was done lol",
      "ok im gonna leave it there now",
    ])
  func stopCloses(answer: String) {
    var script = ExploreScript.questioning("the bypass will ruin the town")
    let step = script.type(answer)
    #expect(ExploreScript.question(step) == nil, "\(Self.shown(step))")
    #expect(ExploreScript.notices(step).first == ExploreDialogue.leavingNotice)
  }

  @Test("a stop after a hard moment declined closes the session, never another question")
  func stopAfterAMoment() {
    var script = ExploreScript.questioning("Care homes are understaffed.")
    script.type("when my nan died there was one carer on the whole floor")
    let step = script.type(
      "i'd rather not get into it if you dont mind. think i'll stop here, ive got the school run"
    )
    #expect(ExploreScript.question(step) == nil, "\(Self.shown(step))")
  }

  @Test(
    "a loss said to be told in full is owned and left: the next question is not about it",
    arguments: [
      "my dad passed two years ago. thats really all there is to say about it",
      "my wife died in the spring. not much more to say tbh",
    ])
  func declinedTopicLeft(answer: String) {
    var script = ExploreScript.questioning("Hospices deserve more funding.")
    let step = script.type(answer)
    #expect(ExploreScript.reflections(step).first?.hasPrefix("I'm so sorry") == true)
    let asked = ExploreScript.question(step)?.text.lowercased() ?? ""
    #expect(
      !["hardest", "for you", "like for you", "miss"].contains { asked.contains($0) },
      "\(Self.shown(step))")
  }

  @Test(
    "a stop told of in a story, or a trip, is no stop",
    arguments: [
      "i'll stop there on the way home and get the paper",
      "the bus used to stop here every hour and now it doesnt",
    ])
  func staysOpen(answer: String) {
    var script = ExploreScript.questioning("the bypass will ruin the town")
    let step = script.type(answer)
    #expect(ExploreScript.question(step) != nil, "\(Self.shown(step))")
  }
}
