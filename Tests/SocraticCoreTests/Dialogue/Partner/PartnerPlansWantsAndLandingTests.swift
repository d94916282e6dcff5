import Testing

@testable import SocraticCore

/// A plan still weighed, something proposed, a want of theirs and where they land are heard as
/// what they are: never a reason for the claim, a new belief, a goodbye, nor a reason to
/// test the view.
@Suite("Partner: plans weighed, proposals, wants and landing are heard, never probed")
struct PartnerPlansWantsAndLandingTests {
  /// The notices of a step that say where the stages are.
  private func stageNotices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output -> String? in
      if case .notice(let text, _) = output, text.contains("Stage ") { return text }
      return nil
    }
  }

  /// Whether a question tests their view: evidence, how sure, or the other side.
  private func testsTheView(_ question: Question) -> Bool {
    PartnerMood.setsTheOtherSide(question, inverted: nil)
      || question.text.contains("your own eyes") || question.text.contains("How sure")
      || question.text.contains("as sure as")
  }

  @Test(
    "a plan still weighed, with a stance word before it, is theirs to talk through",
    arguments: [
      "honestly i'm thinking of moving back up north",
      "ngl we're tempted to pull him out of that club",
      "to be honest i might just quit the band",
    ])
  func weighedPlan(line: String) {
    var script = builtInPartnerScript(["the commute has been grim lately"])
    let step = script.type(line)
    let said = offeredItems(in: step).map(\.text)
    #expect(stageNotices(step).isEmpty, "\(line) → \(stageNotices(step))")
    #expect(!said.contains("What are you looking forward to most?"), "\(said)")
    #expect(!step.suggestedQuestions.contains(where: testsTheView), "\(said)")
    #expect(script.dialogue.state.claim?.claim.lowercased().contains("commute") ?? false)
  }

  @Test(
    "something proposed to do is a plan, never a new belief",
    arguments: [
      "we could just get a takeaway instead?",
      "maybe we can drive down on the saturday",
      "how about we ask gran to have the kids",
    ])
  func proposal(line: String) {
    var script = builtInPartnerScript(["the party at ours is going to be too much"])
    let step = script.type(line)
    #expect(
      !stageNotices(step).contains { $0.contains("new belief") }, "\(stageNotices(step))")
    #expect(!step.suggestedQuestions.contains(where: testsTheView))
    #expect(script.dialogue.state.claim?.claim.lowercased().contains("party") ?? false)
  }

  @Test(
    "a want of theirs is heard as what matters, never a reason to weigh",
    arguments: [
      "i just want a quiet sunday for once",
      "honestly we only want some peace in the evenings",
    ])
  func want(line: String) {
    var script = builtInPartnerScript(["the neighbours are always having parties"])
    let step = script.type(line)
    #expect(stageNotices(step).isEmpty, "\(stageNotices(step))")
    #expect(
      !step.suggestedQuestions.contains(where: testsTheView),
      "\(step.suggestedQuestions.map(\.text))")
  }

  @Test(
    "once they have landed, nothing tests the view and no reason is logged",
    arguments: [
      "yeah. march. that feels right", "ok that's settled then", "yep that sounds right to me",
    ])
  func landed(line: String) {
    var script = builtInPartnerScript(["we should put the holiday off", "hmm maybe spring"])
    let step = script.type(line)
    #expect(
      PartnerLines.agreeingAPlan.contains(step.suggestedReflection ?? ""),
      "\(offeredItems(in: step).map(\.text))")
    #expect(step.suggestedQuestions.isEmpty)
    #expect(!stageNotices(step).contains { $0.contains("reason") }, "\(stageNotices(step))")
  }
}
