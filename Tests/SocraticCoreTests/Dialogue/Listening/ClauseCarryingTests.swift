import Testing

@testable import SocraticCore

@Suite("What a clause carries outranks a side fact, in explore and in partner")
struct ClauseCarryingTests {
  @Test(
    "a feeling, a change of mind, a stake or a plan outweighs a plain clause; a side fact least",
    arguments: [
      ("ill be stuck in here like a jumper no one collected", 4),
      ("now im a spare part round here", 4),
      ("i get a knot in my stomach every time", 4),
      ("now im not so sure", 4),
      ("thats all gone", 3),
      ("ill ring the clinic on tuesday", 3),
      ("the dog was lying on the step", 0),
      ("its the weekly shop", -2),
      ("its 2 quid for a pint now", -2),
    ])
  func weight(clause: String, weight: Int) {
    #expect(ClauseCarrying.weight(of: Tokenizer.tokenize(clause)) == weight)
  }
}
