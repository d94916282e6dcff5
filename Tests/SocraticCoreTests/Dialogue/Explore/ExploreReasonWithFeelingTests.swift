import Testing

@testable import SocraticCore

/// A reason said together with a feeling is filed as a reason and the feeling beside it, and
/// the next question does not ask for the cause they just gave.
@Suite("Explore reason with a feeling")
struct ExploreReasonWithFeelingTests {
  @Test(
    "the reason is listed and the feeling question asks no cause already given",
    arguments: [
      ("the school run takes forty minutes and i hate it", "the school run takes forty minutes"),
      (
        "mostly the bus, it's packed every morning and i dread it",
        "the bus is packed every morning"
      ),
    ])
  func reasonBesideFeeling(line: String, reason: String) {
    var script = ExploreScript.questioning("I should move closer to my office.")
    let step = script.type(line)
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.hasPrefix("What leaves you feeling"), "\(asked)")
    let summary = SessionSummary(ExploreScript.transcript(script.events))
    let reasons = SampleTranscripts.mapItems(summary, "Your reasons")
    #expect(reasons.contains { $0.lowercased().contains(reason) }, "\(reasons)")
  }

  @Test(
    "a clause beside the feeling tells what it is about; a feeling alone is asked about",
    arguments: [
      ("i feel ignored, my cousins planned it all", "How does feeling ignored shape your view?"),
      (
        "i feel invisible, they made all the plans in the group chat",
        "How does feeling invisible shape your view?"
      ),
      ("honestly i feel hurt", "What leaves you feeling hurt?"),
    ])
  func clauseBesideFeeling(line: String, question: String) {
    var script = ExploreScript.questioning("The family reunion this summer will be a disaster.")
    let asked = ExploreScript.question(script.type(line))?.text
    #expect(asked == question)
  }
}
