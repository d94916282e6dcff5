import Testing

@testable import SocraticCore

/// Low mood, or words that may carry a risk ("no reason to get up", "what's the point"), is a
/// moment to take up gently: never a reason for the claim, never a step along the stages.
@Suite("Partner meets low mood gently")
struct PartnerLowMoodTests {
  /// The notices of a step that move the stage on.
  private func stageNotices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output -> String? in
      if case .notice(let text, _) = output, text.contains("Stage ") { return text }
      return nil
    }
  }

  @Test(
    "a low-mood line is met gently, asked how they are, and moves no stage",
    arguments: [
      "its fine. since the shop shut theres no reason to get out of bed most days tbh",
      "idk, i cant see it getting any better to be honest",
      "half the time i just think whats the point anymore",
    ])
  func lowMood(_ line: String) {
    var script = partnerScript()
    script.type("working from home is better for everyone, offices are a waste of money")
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "That sounds really heavy. I'm glad you told me.",
      "\(step.suggestions)")
    #expect(stageNotices(step).isEmpty, "\(stageNotices(step))")
    #expect(script.dialogue.state.stage == .claim)
    let asked = step.suggestedQuestions.map(\.text)
    #expect(asked.contains("How have the days been for you lately?"), "\(asked)")
  }
}
