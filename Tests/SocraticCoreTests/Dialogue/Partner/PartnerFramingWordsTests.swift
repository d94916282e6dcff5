import Testing

@testable import SocraticCore

/// What frames their view is no part of it: a question they go on to answer themselves asks
/// the listener nothing, "if you ask me" is no condition, and the kettle boiling is a
/// sign-off, never a reason.
@Suite("Partner hears the frame of a view as a frame")
struct PartnerFramingWordsTests {
  private func stages(_ step: DialogueStep) -> [String] {
    step.events.compactMap { event in
      if case .stage(let value) = event { return value.stage }
      return nil
    }
  }

  @Test("a question they answer themselves and follow with a view asks the listener nothing")
  func rhetoricalQuestion() {
    var script = partnerScript()
    script.type("the bin collections have gone downhill")
    let step = script.type(
      "if the council just told you when they were coming? which they never do. my neighbour "
        + "always says you get what you pay for")
    #expect(!step.suggestedQuestions.map(\.text).contains("What makes you ask?"))
    #expect(step.suggestedReflection?.hasPrefix("Fair question") != true)
    #expect(!stages(step).contains("falsifiability"), "\(stages(step))")
  }

  @Test(
    "'if you ask me' before or after a view is neither a condition nor part of the claim",
    arguments: [
      "the swimming baths should open later if you ask me",
      "if you ask me the swimming baths should open later",
      "well if you ask me, the swimming baths should open later",
    ])
  func opinionFrame(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(step.suggestedReflection == "So you think the swimming baths should open later.")
    #expect(script.dialogue.state.claim?.claim == "the swimming baths should open later")
    #expect(!stages(step).contains("falsifiability"), "\(stages(step))")
  }

  @Test("the kettle boiling takes their leave: it is no reason, nor given back")
  func kettleBoiled() {
    var script = partnerScript()
    script.type("the swimming baths should open later")
    script.type("the early slots are always rammed")
    let step = script.type("oh anyway kettles boiled")
    #expect(step.suggestedReflection != "So kettles boiled.")
    let items = script.dialogue.state.map.theirDigest().flatMap(\.items)
    #expect(!items.contains { $0.contains("kettle") }, "\(items)")
  }
}
