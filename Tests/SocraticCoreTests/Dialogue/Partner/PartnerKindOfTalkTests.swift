import Testing

@testable import SocraticCore

/// The kind of talk is read from the whole conversation: a talk of their own life (a loss, a
/// worry, a plan made together) that opened that way stays one, whatever claim-shaped line
/// comes later, until they argue a view in so many words. Only an argued claim is tested, and
/// a matter they closed is let be.
@Suite("Partner reads what kind of talk it is")
struct PartnerKindOfTalkTests {
  /// A talk that opens with a loss and goes on with what it means to them, a memory, a plan
  /// and a cuppa: no view is argued in any of it.
  private static let griefTalk = [
    "we had to have biscuit put down on tuesday. honestly im gutted",
    "i still get her lead out every morning. a new dog would just be filling a gap and thats not fair on it",
    "up the canal and back, every day for twelve years",
    "she used to wait by the back door cos she always knew when i was due home",
    "maybe i could still do the canal walk on a sunday, just for me",
    "ok then, you can come along. bring cake mind",
    "the usual, the sponge from the market. i told the vet it was a good innings",
  ]

  /// The notices of a step that say where the stages are.
  private func stageNotices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output -> String? in
      if case .notice(let text, _) = output, text.contains("Stage ") { return text }
      return nil
    }
  }

  @Test("in a talk of their own life nothing tests a view and no stage is announced")
  func griefTalkIsNotTested() {
    var script = partnerScript()
    for line in Self.griefTalk {
      let step = script.type(line)
      let questions = step.suggestedQuestions
      #expect(
        !questions.contains { PartnerMood.setsTheOtherSide($0, inverted: nil) },
        "\(line) → \(questions.map(\.text))")
      #expect(
        !questions.contains {
          $0.text.hasPrefix("How common") || $0.text.contains("your own eyes")
        },
        "\(line) → \(questions.map(\.text))")
      #expect(stageNotices(step).isEmpty, "\(line) → \(stageNotices(step))")
    }
    #expect(script.dialogue.state.stage == .claim)
  }

  @Test(
    "a matter they closed is let be: their not-now honoured, nothing asked that reopens it",
    arguments: [
      ("ill think about it. not yet though, before you start", "Fair enough. No rush at all."),
      (
        "oh here we go again. you sound like dad. give it a rest",
        "Sorry, you're right, I pushed. I'll leave it."
      ),
      (
        "dont you start. that's why i didnt mention it",
        "Sorry, you're right, I pushed. I'll leave it."
      ),
    ])
  func closedMatter(line: String, answer: String) {
    var script = partnerScript()
    script.type("my sister keeps on at me to sell the car now that i hardly drive")
    script.type("/me have you thought about selling it?")
    let step = script.type(line)
    #expect(step.suggestedReflection == answer, "\(step.suggestions)")
    #expect(step.suggestedQuestions.isEmpty, "\(step.suggestedQuestions.map(\.text))")
  }
}
