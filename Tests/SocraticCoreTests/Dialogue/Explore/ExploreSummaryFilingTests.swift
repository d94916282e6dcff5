import Testing

@testable import SocraticCore

/// What the closing summary files, and what it leaves out: an errand someone leaves the talk
/// for is no plan about the belief; a regret about their past is no condition for changing
/// their mind; a line that drops a source files nothing of its own.
@Suite("Explore summary filing")
struct ExploreSummaryFilingTests {
  private func session(_ belief: String, _ answers: [String]) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "70"] + answers)
    return script
  }

  private func items(_ heading: String, in script: ExploreScript) -> [String] {
    script.dialogue.state.map.digest.filter { $0.heading == heading }.flatMap(\.items)
  }

  @Test(
    "an errand said on the way out is not listed under 'What you might do'",
    arguments: [
      "right i have to walk the dog before it gets dark",
      "ok i need to pick the kids up from school",
      "anyway we gotta catch the last bus home",
    ])
  func errandIsNoPlan(errand: String) {
    let script = session(
      "Dog owners should pay a pet tax.",
      [
        "because the parks are a mess with it",
        "no. well. the bins by the gate are always full. " + errand,
      ])
    let plans = items("What you might do", in: script)
    #expect(plans.isEmpty, "\(plans)")
  }

  @Test("a plan about the matter, with no turn away from the talk, is still listed")
  func planAboutTheMatterStays() {
    let script = session(
      "Dog owners should pay a pet tax.",
      ["because the parks are a mess with it", "im going to write to the council about the parks"])
    let plans = items("What you might do", in: script)
    #expect(plans.contains { $0.contains("write to the council") }, "\(plans)")
  }

  @Test(
    "a regret about their past is not listed under 'What would change your mind'",
    arguments: [
      "if id let him play outside more he would be happier now",
      "if we had started earlier we would have finished sooner",
      "if only they had listened to the teachers back then it would be better",
    ])
  func regretIsNoCondition(regret: String) {
    let script = session(
      "Homework should be banned in primary schools.",
      ["because the kids are worn out by four", regret])
    let changes = items("What would change your mind", in: script)
    #expect(changes.isEmpty, "\(changes)")
  }

  @Test("a condition for their mind, said of what could be shown, is still listed")
  func conditionStays() {
    let script = session(
      "Homework should be banned in primary schools.",
      [
        "because the kids are worn out by four",
        "if the school showed me it helped their reading, i would change my mind",
      ])
    let changes = items("What would change your mind", in: script)
    #expect(!changes.isEmpty, "\(changes)")
  }

  @Test(
    "a line that drops a source, and what it says of the one dropped, is never listed",
    arguments: [
      "forget the podcast thing, he talks a load of nonsense to be fair",
      "ok scratch the podcast bit, she makes half of it up honestly",
    ])
  func droppedSourceFilesNothing(drop: String) {
    let script = session(
      "Cities should ban cars from the centre.",
      [
        "because the air is filthy. a podcast i listen to said it kills thousands a year",
        "the asthma rates near the ring road. " + drop,
      ])
    let shown = script.dialogue.state.map.digest.flatMap(\.items)
    #expect(!shown.contains { $0.contains("nonsense") || $0.contains("half of it") }, "\(shown)")
    #expect(!shown.contains { $0.lowercased().contains("podcast") }, "\(shown)")
    #expect(shown.contains { $0.contains("air is filthy") }, "\(shown)")
  }
}
