import SocraticCore
import Testing

/// An absolute that tells the speaker's own record ("we've never won more than a tenner") is a
/// plain fact, never a term to ask an exception to; one that generalises still is.
@Suite("Own record is no absolute")
struct OwnRecordTermTests {
  @Test(
    "an absolute is a term only where it generalises",
    arguments: [
      ("the lottery is a con because we've never won more than a tenner", "never", false),
      ("ive always paid my rent on time so the fee is unfair", "always", false),
      ("landlords never fix anything until you nag them", "never", true),
    ])
  func terms(belief: String, absolute: String, isTerm: Bool) {
    let found = KeyTermFinder().terms(in: belief)
    #expect(found.contains(absolute) == isTerm, "\(found)")
  }
}
