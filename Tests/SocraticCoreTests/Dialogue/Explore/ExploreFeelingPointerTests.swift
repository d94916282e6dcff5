import Testing

@testable import SocraticCore

/// A feeling given back names what it is about, or the feeling alone: "It sounds like it
/// drives you up the wall." left an "it" that pointed at nothing the line said.
@Suite("Explore: a feeling given back never opens on an \"it\" that points at nothing")
struct ExploreFeelingPointerTests {
  @Test(
    "a feeling told of a bare \"it\" is named alone",
    arguments: [
      (
        "the van blocks our drive every single morning. honestly it drives me up the wall",
        "It sounds like you're feeling frustrated."
      ),
      ("tbh it makes me so angry", "It sounds like you're feeling angry."),
    ])
  func bareIt(answer: String, given: String) {
    let reflection = ExploreScript.reflectionAfterLast(
      of: [answer], to: "parking on pavements should be banned")
    #expect(reflection == given)
  }

  @Test("a feeling told of a thing named keeps the thing")
  func namedThing() {
    let reflection = ExploreScript.reflectionAfterLast(
      of: ["the parking on our road makes me so angry"],
      to: "parking on pavements should be banned")
    #expect(reflection == "It sounds like the parking on your road makes you so angry.")
  }
}
