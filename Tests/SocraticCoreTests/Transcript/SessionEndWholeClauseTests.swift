import Testing

@testable import SocraticCore

/// The end of a session and the recap give back whole clauses that say what the person said:
/// a reason keeps the "no" it was said with, a clause whose verb was cut off is left out, and
/// saying they will go along is what they might do.
@Suite("The end gives whole clauses, said the way round they were said")
struct SessionEndWholeClauseTests {
  private static func items(_ summary: SessionSummary, _ heading: String) -> [String] {
    summary.mapDigest.first { $0.heading == heading }?.items ?? []
  }

  @Test(
    "a reason that opens on 'no' keeps it, never turned into its opposite",
    arguments: [
      ("the village shop will close soon", "because no new families move here anymore"),
      ("our choir will not last the decade", "because no younger singers turn up to rehearsals"),
    ])
  func reasonKeepsItsNo(_ claim: String, _ reason: String) throws {
    let summary = SessionSummary(
      SampleTranscripts.exploreSession(
        claim, byArc: [("reasons", reason), ("more_reasons", "the bus only comes twice a week")]))
    let reasons = Self.items(summary, "Your reasons")
    let denied = reason.split(separator: " ").dropFirst(2).prefix(2).joined(separator: " ")
    #expect(!reasons.contains { $0.hasPrefix(denied) }, "\(reasons)")
    let map = try #require(summary.map)
    let recap = ReflectionWriter.summary(of: map) ?? ""
    #expect(!recap.contains("that " + denied), "\(recap)")
  }

  @Test(
    "a point granted whose last clause lost its verb is left out, not shown cut",
    arguments: [
      "maybe we could keep the old dresser in the hall if we",
      "maybe the lad stopped coming because nobody his age",
    ])
  func cutClauseLeftOut(_ doubt: String) {
    var map = BeliefMap(claim: "the church hall should be sold")
    map.doubts = [doubt]
    let granted = map.digest.first { $0.heading == "What you granted" }?.items ?? []
    #expect(granted.isEmpty, "\(granted)")
  }

  @Test(
    "a point granted keeps the verb that ends its clause, never read as a question tag",
    arguments: [
      (
        "maybe the lad stopped coming because nobody his age was there",
        "maybe the lad stopped coming because nobody his age was there"
      ),
      (
        "maybe we could keep the old dresser in the hall if we do it",
        "\u{201C}maybe we could keep the old dresser in the hall if we do it\u{201D}"
      ),
    ])
  func wholeClauseShown(_ doubt: String, _ shown: String) {
    var map = BeliefMap(claim: "the church hall should be sold")
    map.doubts = [doubt]
    let granted = map.digest.first { $0.heading == "What you granted" }?.items ?? []
    #expect(granted == [shown])
  }

  @Test(
    "giving in and saying they will go is what they might do",
    arguments: [
      "she just wants us all there really. ugh. fine. ill go. dont tell her",
      "there is a walking group on a tuesday. perhaps i will go",
    ])
  func goingIsAPlan(_ answer: String) {
    let summary = SessionSummary(
      SampleTranscripts.exploreSession(
        "carol services are only for the religious",
        byArc: [
          ("reasons", "the whole thing is hymns and prayers from start to end"),
          ("probe", answer),
        ]))
    let plans = Self.items(summary, "What you might do")
    #expect(plans.contains { $0.lowercased().contains("go") }, "\(plans)")
  }

  @Test("what they came to see about their own lot is quoted, never turned to 'you'")
  func ourLotQuoted() throws {
    var map = BeliefMap(claim: "our darts team will fold next year")
    map.reasons = [
      BeliefMap.Reason(text: "the pub is shutting on tuesdays"),
      BeliefMap.Reason(text: "half the players have moved away"),
    ]
    map.confidenceBefore = 85
    map.confidence = 60
    map.recordShift(
      in: "60 maybe. It will fold if nobody new joins. Maybe I just didnt want to admit it was us.",
      asksWhatMoved: true)
    let recap = try #require(ReflectionWriter.summary(of: map))
    #expect(!recap.contains("it was you"), "\(recap)")
  }
}
