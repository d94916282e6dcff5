import Testing

@testable import SocraticCore

/// "too dear", "so dear": after a grading "too" or "so" the word is the adjective it grades,
/// not what they call the listener; it is given back with the rest of their words.
@Suite("A graded adjective is no name for the listener")
struct PartnerGradedAdjectiveTests {
  @Test(
    "the adjective after 'too' or 'so' stays in the reflection; a name after a whole clause goes",
    arguments: [
      ("the train fare is far too dear", "So you think the train fare is far too dear."),
      ("the new cafe is too dear", "So you think the new cafe is too dear."),
      ("the swimming baths are so dear hun", "So you think the swimming baths are so dear."),
    ])
  func gradedAdjective(line: String, reflection: String) {
    var script = builtInPartnerScript([])
    let step = script.type(line)
    #expect(step.suggestedReflection == reflection)
  }
}
