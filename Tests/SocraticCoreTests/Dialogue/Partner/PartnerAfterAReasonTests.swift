import Testing

@testable import SocraticCore

/// A reason answers how they came to the claim, not how they know the reason: the turn after it
/// offers a question about the reason itself, never the reflection alone.
@Suite("The partner dialogue: after a reason")
struct PartnerAfterAReasonTests {
  @Test(
    "a reason gets a question about it beside the reflection",
    arguments: [
      ("the town should ban cars from the high street", "the air on market day is filthy"),
      ("our club should scrap the membership fee", "half the juniors quit when it went up"),
    ])
  func questionAboutTheReason(claim: String, reason: String) {
    var script = partnerScript()
    script.type(claim)
    let step = script.type(reason)
    let asked = step.suggestedQuestions.map(\.text)
    #expect(!asked.isEmpty, "\(step.suggestions.map(\.text))")
  }
}
