import Testing

@testable import SocraticCore

/// Partner reads a death from the table explore owns a loss by (`AnswerCues.deathsTold`), whose
/// rows tell a test or a thing passed from someone passed; and a job lost by someone they name
/// is a hardship to meet, never evidence to weigh.
@Suite("Partner: one loss table, and a job lost met as a hardship")
struct PartnerSharedLossTableTests {
  /// Words of grief the person coaching must not see after a turn that tells no death.
  private static let grief = ["sorry", "loss", "miss", "these days", "around you now"]

  /// Every line a step suggests, reflection and questions alike.
  private static func lines(of step: DialogueStep) -> [String] {
    [step.suggestedReflection].compactMap { $0 } + step.suggestedQuestions.map(\.text)
  }

  @Test("a test passed by someone close is given back, never mourned")
  func testPassed() {
    var script = partnerScript()
    script.type("i reckon the twins should walk to school on their own")
    let step = script.type("my brother passed his theory test on friday so he can drive them")
    #expect(
      step.suggestedReflection?.hasPrefix("So your brother passed his theory test") == true,
      "\(Self.lines(of: step))")
    #expect(
      !Self.lines(of: step).contains { line in
        Self.grief.contains { line.lowercased().contains($0) }
      }, "\(Self.lines(of: step))")
  }

  @Test("a death told by a name passed is still met as a loss")
  func namePassed() {
    var script = partnerScript()
    script.type("i reckon the twins should walk to school on their own")
    let step = script.type("since mick passed i do all the school runs myself")
    #expect(step.suggestedReflection?.hasPrefix("I'm so sorry") == true, "\(Self.lines(of: step))")
  }

  @Test(
    "a job lost by someone they name is met as a hardship, not weighed as evidence",
    arguments: [
      "my uncle got laid off in the spring",
      "my sister was made redundant two years ago",
    ])
  func jobLost(_ line: String) {
    var script = partnerScript()
    script.type("robots are going to take all the warehouse jobs")
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "That sounds hard, and it makes sense that it weighs on you.",
      "\(Self.lines(of: step))")
    #expect(
      !step.suggestedQuestions.contains { $0.text == "How common do you think that is?" },
      "\(Self.lines(of: step))")
  }

  @Test("a sacking said as a view is no hardship")
  func sackingAsAView() {
    let words = TheirWords.typedTokens(of: "i think the manager should get sacked for it")
      .filter(\.isWord)
    #expect(PartnerDisclosure.read(words) == nil)
  }
}
