import Testing

@testable import SocraticCore

/// The end of a session and the recap give back whole clauses that say what the person said:
/// a reason keeps the "no" it was said with, a clause whose verb was cut off is left out, a
/// noun "cause" or an elliptic ending cuts nothing, and "were" never speaks for "us".
@Suite("The end gives whole clauses, said the way round they were said")
struct SessionEndWholeClauseTests {
  private static func section(_ summary: SessionSummary, _ heading: String) throws -> [String] {
    try #require(summary.mapDigest.first { $0.heading == heading }?.items)
  }

  private static func granted(_ doubts: [String]) throws -> [String] {
    var map = BeliefMap(claim: "the church hall should be sold")
    map.doubts = doubts
    return try #require(map.digest.first { $0.heading == "What you granted" }?.items)
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
    let reasons = try Self.section(summary, "Your reasons")
    let denied = reason.split(separator: " ").dropFirst(2).prefix(2).joined(separator: " ")
    #expect(reasons.contains { $0.contains("no " + denied) }, "\(reasons)")
    #expect(!reasons.contains { $0.hasPrefix(denied) }, "\(reasons)")
    let map = try #require(summary.map)
    let recap = ReflectionWriter.summary(of: map) ?? ""
    #expect(!recap.contains("that " + denied), "\(recap)")
  }

  @Test(
    "a point granted whose last clause lost its verb is left out; the whole one beside it stays",
    arguments: [
      "maybe we could keep the old dresser in the hall if we",
      "maybe the lad stopped coming because nobody his age",
    ])
  func cutClauseLeftOut(_ doubt: String) throws {
    let whole = "maybe the raffle money helps the roof fund"
    #expect(try Self.granted([doubt, whole]) == [whole])
  }

  @Test(
    "a point granted that ends on the noun 'cause' or an elliptic tail is shown whole",
    arguments: [
      "maybe the jumble sale helps because the roof is a good cause",
      "maybe the hall costs the parish twice what it earns, if not more",
      "maybe the hall gets booked, although not always",
      "maybe the heating goes on only when needed, if at all",
    ])
  func ellipticEndingShown(_ doubt: String) throws {
    #expect(try Self.granted([doubt]) == [doubt])
  }

  @Test("what they came to see about their own lot is quoted, never turned to 'you'")
  func ourLotQuoted() throws {
    let recap = try #require(ReflectionWriter.summary(of: Self.dartsMap(shift: "it was us")))
    #expect(recap.contains("it was us"), "\(recap)")
    #expect(!recap.contains("it was you"), "\(recap)")
  }

  @Test("a point granted with 'were' speaks for nobody: given back as said, never quoted")
  func wereIsNotWeAre() throws {
    let doubt = "the old teams were just as short of players"
    #expect(try Self.granted([doubt]) == [doubt])
  }

  /// A darts team's map, re-rated with a line that ends on what they came to see.
  private static func dartsMap(shift: String) -> BeliefMap {
    var map = BeliefMap(claim: "our darts team will fold next year")
    map.reasons = [
      BeliefMap.Reason(text: "the pub is shutting on tuesdays"),
      BeliefMap.Reason(text: "half the players have moved away"),
    ]
    map.confidenceBefore = 85
    map.confidence = 60
    map.recordShift(
      in: "60 maybe. It will fold if nobody new joins. Maybe I just didnt want to admit \(shift).",
      asksWhatMoved: true)
    return map
  }
}
