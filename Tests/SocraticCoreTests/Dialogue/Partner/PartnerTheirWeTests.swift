import Testing

@testable import SocraticCore

/// Their "we" is theirs: the line the listener is offered turns it to "you", never says it as
/// the listener's own; "we" of people at large stays, the listener one of them. A separation
/// ("now he's gone") is met as one, never with the words for a death.
@Suite("Partner turns their we, and tells a leaving from a death")
struct PartnerTheirWeTests {
  private func reflection(after lines: [String]) -> String? {
    var script = partnerScript()
    var step = DialogueStep()
    for line in lines { step = script.type(line) }
    return step.suggestedReflection
  }

  @Test(
    "a view of theirs with 'we' is given back with 'you'",
    arguments: [
      (
        "we should eat at the table more often",
        "So you think you should eat at the table more often."
      ),
      (
        "we should get a dog before the baby comes",
        "So you think you should get a dog before the baby comes."
      ),
      ("our street needs a proper crossing", "So you think your street needs a proper crossing."),
    ])
  func weTurned(line: String, expected: String) {
    #expect(reflection(after: [line]) == expected)
  }

  @Test("'the US' is a name, never their 'us'")
  func country() {
    #expect(
      reflection(after: ["the US should stop selling arms abroad"])
        == "So you think the US should stop selling arms abroad.")
  }

  @Test("'we' of people at large stays 'we'")
  func peopleAtLarge() {
    #expect(
      reflection(after: ["we all throw away too much food"])
        == "So you think we all throw away too much food.")
  }

  @Test(
    "'we' of a country doing a country's business stays 'we', never an accusation",
    arguments: [
      (
        "we ought to tax big landlords way harder",
        "So you think we ought to tax big landlords way harder."
      ),
      ("we shouldnt let so many people in", "So you think we shouldnt let so many people in."),
      ("we should vote on it as a country", "So you think we should vote on it as a country."),
    ])
  func countryWe(line: String, expected: String) {
    #expect(reflection(after: [line]) == expected)
  }

  @Test("a household 'we' beside the same words is still turned to 'you'")
  func householdWe() {
    #expect(
      reflection(after: ["we should let the cat in at night"])
        == "So you think you should let the cat in at night.")
  }

  @Test("'our kid' is given back as typed, in quotation marks")
  func ourKid() {
    #expect(
      reflection(after: ["our kid should move back home for a bit"])
        == "So you think \"our kid\" should move back home for a bit.")
  }

  @Test("someone gone from their life is given back as gone, never mourned")
  func leavingIsNoDeath() {
    #expect(
      reflection(after: [
        "the house is too much for me these days",
        "now shes gone i cant keep on top of the ironing",
      ]) == "So now she's gone you cant keep on top of the ironing.")
  }

  @Test("a death is still met as one")
  func deathIsOne() throws {
    let said = try #require(
      reflection(after: [
        "the house is too much for me these days",
        "since dad died i cant keep on top of the ironing",
      ]))
    #expect(said.hasPrefix("I'm so sorry"), "\(said)")
  }

  @Test(
    "a condition said alone is what would change their mind; one with what follows from it is not",
    arguments: [
      ("i dunno. if he took the bus", true),
      ("i dunno. if he misses the bus then hes late for the whole shift", false),
      ("i dunno. if the survey held up then sure", true),
      ("i guess if the figures came from the council then fine", true),
    ])
  func conditionAlone(line: String, isChangeOfMind: Bool) {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    let words = TheirWords(line, isDiscussingAClaim: true, setting: setting)
    #expect(words.signals.contains(.falsifiability) == isChangeOfMind)
  }
}
