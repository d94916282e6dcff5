import Testing

@testable import SocraticCore

/// A belief said with its reasons in the same breath: the claim is the first clause, and what
/// follows a doubled stop or a supposition with its own outcome is kept out of the inversion;
/// a first sentence with no verb gives way to the one after it.
@Suite("A belief said with its reasons")
struct BeliefReaderCompoundTests {
  @Test(
    "what follows the claim is no part of its inversion",
    arguments: [
      (
        "the library won't last another year.. hardly anyone borrows books.. the roof leaks",
        "the library will last another year"
      ),
      (
        "nobody in my team cleans the fridge but me, if i left it the whole office would stink",
        "somebody in your team cleans the fridge but you"
      ),
    ])
  func claimIsTheFirstClause(text: String, inverted: String) throws {
    let read = try BeliefReader.read(text)
    #expect(read.inverted.joinedText == inverted, "\(read.inverted.joinedText)")
  }

  @Test("a first sentence with no verb gives way to the one after it")
  func verblessFirstSentence() throws {
    let read = try BeliefReader.read(
      "no more takeaways on weeknights. they always cost twice as much")
    #expect(read.claim.joinedText == "they always cost twice as much", "\(read.claim.joinedText)")
  }
}
