import Testing

@testable import SocraticCore

/// Brushing an idea off ("A pottery class?? At my age?? Daft idea.") is no hardship told: it is
/// never met with sympathy. Telling a habit ("I put the radio on") is no errand at home: the
/// talk stays open.
@Suite("Partner: a brush-off and a habit are neither pain nor a goodbye")
struct PartnerBrushOffTests {
  private let sympathy = "That sounds hard, and it makes sense that it weighs on you."

  @Test(
    "disbelief thrown back without a verb is no hardship",
    arguments: [
      "A salsa class?? At my age?? Daft idea pet.",
      "Tap dancing?? At my age?? Behave.",
    ])
  func disbelief(_ line: String) {
    var script = builtInPartnerScript([])
    let step = script.type(line)
    #expect(step.suggestedReflection != sympathy, "\(offeredItems(in: step))")
    #expect(
      !step.suggestedQuestions.map(\.text).contains("How are you holding up?"),
      "\(offeredItems(in: step))")
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test("only disbelief thrown back is dropped: a loss asked in disbelief is still told")
  func lossAskedInDisbelief() {
    let tokens = TheirWords.typedTokens(of: "A wake?? For my uncle, at 55??")
    let kept = TheirWords.withoutVerblessQuestions(tokens)
    #expect(kept.map(\.lowercased).contains("uncle"), "\(kept.map(\.text))")
    #expect(PartnerDisclosure.read(kept) != nil)
    let thrownBack = TheirWords.withoutVerblessQuestions(
      TheirWords.typedTokens(of: "Karaoke?? At my age??"))
    #expect(!thrownBack.map(\.lowercased).contains("age"), "\(thrownBack.map(\.text))")
  }

  @Test("ageing told in a sentence of its own is still met gently")
  func ageingTold() {
    var script = builtInPartnerScript([])
    let step = script.type("at my age you stop sleeping through, everything aches")
    #expect(step.suggestedReflection != nil)
    #expect(script.dialogue.state.stage != .close)
  }

  @Test(
    "a habit of theirs with something switched on keeps the talk open",
    arguments: [
      "Salsa is a daft idea. If I want to dance I put the radio on.",
      "dance classes are a waste of money. of a night we turn the telly on and dance in the kitchen",
    ])
  func habit(_ line: String) {
    var script = builtInPartnerScript([])
    let step = script.type(line)
    #expect(script.dialogue.state.stage != .close)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }
}
