import Testing

@testable import SocraticCore

/// The one a belief is said to, called "mum", "dad", "babe" or by name at either end, is no
/// part of the claim; the same words as the claim's own nouns stay.
@Suite("A belief said to someone by a word of address")
struct BeliefReaderAddressTests {
  @Test(
    "a word of address at either end is left out of the claim; the claim's own noun stays",
    arguments: [
      ("look mum, the trains round here are a joke", "the trains round here are a joke"),
      ("listen dad, grandad shouldnt be driving anymore", "grandad shouldnt be driving anymore"),
      ("honestly babe, renting is just throwing money away", "renting is just throwing money away"),
      ("honestly sam the council never fixes anything", "the council never fixes anything"),
      ("the new manager is useless mate", "the new manager is useless"),
      ("the school run is a nightmare, mum", "the school run is a nightmare"),
      ("the gym is overpriced honestly dad", "the gym is overpriced"),
      ("my brother is a brilliant dad", "your brother is a brilliant dad"),
      ("nobody listens to mum", "nobody listens to mum"),
      ("the rent round here is mad, love", "the rent round here is mad"),
      ("tbh every kid needs unconditional love", "every kid needs unconditional love"),
      ("my sister only ever dates older guys", "your sister only ever dates older guys"),
      ("nothing beats local honey", "nothing beats local honey"),
    ])
  func addressLeftOut(text: String, claim: String) throws {
    #expect(try BeliefReader.read(text).claim.joinedText == claim)
  }
}
