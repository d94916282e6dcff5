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

  @Test(
    "a verbless first sentence that can be read as the claim stays the claim",
    arguments: [
      ("Total rip-off, the car park. I paid six quid for an hour.", "total rip-off, the car park")
    ])
  func verblessClaimStays(text: String, claim: String) throws {
    let read = try BeliefReader.read(text)
    #expect(read.claim.joinedText.lowercased() == claim, "\(read.claim.joinedText)")
  }

  @Test(
    "an opinion frame cut off by '..' opens the belief; a denying one keeps it turned",
    arguments: [
      ("i reckon.. the bus lane is a waste of money", "the bus lane is a waste of money"),
      ("i just think.. the pool should open earlier", "the pool should open earlier"),
    ])
  func frameBeforeDoubledStop(text: String, claim: String) throws {
    let read = try BeliefReader.read(text)
    #expect(read.claim.joinedText == claim, "\(read.claim.joinedText)")
  }

  @Test(
    "a condition with its own modal stays with the claim; one with an outcome after it does not")
  func conditionStays() throws {
    let kept = try BeliefReader.read("School should start later, if it would help the kids sleep")
    #expect(kept.claim.joinedText == "school should start later, if it would help the kids sleep")
    let cut = try BeliefReader.read("The gym should open at six, if it did everyone would go")
    #expect(cut.claim.joinedText == "the gym should open at six", "\(cut.claim.joinedText)")
  }
}
