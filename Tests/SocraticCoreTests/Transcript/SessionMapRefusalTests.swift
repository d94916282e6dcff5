import SocraticCore
import Testing

/// A point they refuse to grant, when we took them to grant it ("i'm not granting anything,
/// it's just a word"), comes off what the end shows under "What you granted".
@Suite("A grant they refuse is not listed as granted")
struct SessionMapRefusalTests {
  @Test(
    "the refused point is gone from 'What you granted'",
    arguments: [
      ("grant", "im not granting anything, its just how people talk round here"),
      ("concede", "i'm not conceding that lol. its a figure of speech"),
    ])
  func refusedGrant(verb: String, refusal: String) {
    let transcript = SampleTranscripts.exploreSession(
      "the new gym prices are a con",
      [
        (
          "reasons", .evidence, "What leads you to think that?",
          "because they put it up 15 quid a month and nothing changed"
        ),
        (
          "inversion", .inversion, "What reasons might there be to think otherwise?",
          "con is maybe a bit much. the pool did get retiled in the summer"
        ),
        (
          "probe", .meta,
          "What would you look at again, now that you \(verb) con is maybe a bit much?",
          refusal
        ),
      ])
    let granted = SampleTranscripts.mapItems(SessionSummary(transcript), "What you granted")
    #expect(!granted.contains { $0.contains("a bit much") }, "\(granted)")
  }
}
