import Testing

@testable import SocraticCore

/// An aside said before a belief to excuse or soften it claims nothing: the belief is what
/// follows it.
@Suite("A belief said after an aside")
struct SpokenAsideTests {
  @Test(
    "the aside is left out of the claim",
    arguments: [
      ("dont laugh but i reckon cash is safer than a bank", "cash is safer than a bank"),
      ("this'll sound mad but cats are smarter than dogs", "cats are smarter than dogs"),
      ("ok this might sound harsh, most influencers are liars", "most influencers are liars"),
      ("hear me out, trains should be free", "trains should be free"),
      ("no offence but vegans are smug", "vegans are smug"),
      ("hot take: pineapple belongs on pizza", "pineapple belongs on pizza"),
    ])
  func asideLeftOut(text: String, claim: String) throws {
    #expect(try BeliefReader.read(text).claim.joinedText == claim)
  }

  @Test(
    "the same words saying something stay",
    arguments: [
      ("people laugh at what they fear", "people laugh at what they fear"),
      ("kids should hear both sides", "kids should hear both sides"),
    ])
  func notAnAside(text: String, claim: String) throws {
    #expect(try BeliefReader.read(text).claim.joinedText == claim)
  }
}
