import Testing

@testable import SocraticCore

/// Hard news told in a side clause — an illness, a death, someone hurt — is owned first,
/// briefly, before anything else is given back or asked; a feeling word they used is the one
/// given back; a claim narrowed is never read as doubt.
@Suite("Explore owns hard news told in passing")
struct ExploreHardNewsInPassingTests {
  @Test(
    "an illness, a death or a harm told in passing is owned before anything else",
    arguments: [
      "since my uncle had his heart attack the bus fares have really added up",
      "after her stroke we have to drive everywhere and diesel is a fortune",
      "ever since gran passed i do all the shopping runs myself",
      "i lost three mates in helmand so i know what waste looks like",
      "a 9 year old lad got hit by a van near the shops last spring",
      "my neighbours boy was knocked down on the crossing and nothing changed",
    ])
  func ownedFirst(answer: String) {
    var script = ExploreScript.questioning("Fuel duty should be cut")
    let step = script.type(answer)
    let reflections = ExploreScript.reflections(step)
    let first = reflections.first ?? ""
    #expect(
      first.hasPrefix("I'm so sorry") || first.hasPrefix("I'm sorry")
        || first.hasPrefix("That's awful"), "\(reflections)")
  }

  @Test(
    "a feeling named with 'it's …' is given back as that feeling, not a stock one",
    arguments: [
      ("the bills keep going up and i could lose the house. its scary honestly", "scared"),
      ("i keep filling in forms and nobody answers. it's so frustrating", "frustrated"),
    ])
  func namedFeelingKept(answer: String, feeling: String) {
    var script = ExploreScript.questioning("Energy prices should be capped")
    let step = script.type(answer)
    let shown = ExploreScript.reflections(step).joined(separator: " ")
    #expect(shown.contains(feeling), "\(shown)")
    #expect(!shown.contains("worn down"), "\(shown)")
  }

  @Test(
    "a claim narrowed with 'maybe not for …' is their sharper view, never doubt",
    arguments: [
      "well i wouldnt want them doing real policing. so maybe not for arrests. more like patrols",
      "the volunteers do good work. but maybe not on motorways. just the village lanes",
    ])
  func narrowingIsNoDoubt(answer: String) {
    var script = ExploreScript.questioning("Volunteers should help police the roads")
    let step = script.type(answer)
    let shown = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(!shown.contains { $0.contains("less sure") }, "\(shown)")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains("surer") && !asked.contains("pulling you"), "\(asked)")
  }
}
