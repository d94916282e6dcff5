import Testing

@testable import SocraticCore

/// A subject said first and taken up by "it" or "they" is given back as the subject.
@Suite("Explore left dislocation")
struct ExploreLeftDislocationTests {
  @Test(
    "the pronoun gives way to the subject said before it",
    arguments: [
      (
        "the barking from the flat upstairs, it wakes me at five",
        "the barking from the flat upstairs wakes you at five"
      ),
      (
        "my neighbours kids, they bounce on that trampoline all evening",
        "your neighbours kids bounce"
      ),
      ("the landlord, he never fixes anything", "the landlord never fixes anything"),
      ("the boiler, it's been playing up all winter", "the boiler has been playing up"),
    ])
  func subjectIsNamed(line: String, given: String) {
    var script = ExploreScript.questioning(
      "I should move to a quieter street.", answers: ["its never quiet here"])
    let reflections = ExploreScript.reflections(script.type(line))
    #expect(reflections.contains { $0.lowercased().contains(given) }, "\(reflections)")
  }

  @Test(
    "a time said first is when, not who, and the pronoun after it stays",
    arguments: [
      ("the other day, they cut my hours", "they cut your hours"),
      ("this year, it's been awful", "it's been awful"),
    ])
  func timeIsNoSubject(line: String, given: String) {
    var script = ExploreScript.questioning(
      "I should move to a quieter street.", answers: ["its never quiet here"])
    let reflections = ExploreScript.reflections(script.type(line))
    #expect(reflections.contains { $0.lowercased().contains(given) }, "\(reflections)")
  }

  @Test(
    "a subject singled out first ('mainly the bus, …') is given back and listed as the reason",
    arguments: [
      ("mostly the bus, it's forty minutes each way", "the bus is forty minutes each way"),
      ("mainly the landlord, he never fixes the heating", "the landlord never fixes the heating"),
    ])
  func singledOutSubjectIsTheReason(line: String, given: String) {
    var script = ExploreScript.questioning("I should cycle to work.")
    let reflections = ExploreScript.reflections(script.type(line))
    #expect(reflections.contains { $0.lowercased().contains(given) }, "\(reflections)")
    let summary = SessionSummary(ExploreScript.transcript(script.events))
    let reasons = SampleTranscripts.mapItems(summary, "Your reasons")
    #expect(reasons.contains { $0.lowercased().contains(given) }, "\(reasons)")
  }
}
