import Testing

@testable import SocraticCore

/// "ok fair. that could work" takes up what the listener proposed: it is met warmly, and
/// nothing asks what they mean or why they see it so, nor calls them torn.
@Suite("Partner: a yes to the listener's idea")
struct PartnerYesToAnIdeaTests {
  @Test(
    "taking the listener's idea is met warmly, with no question",
    arguments: [
      "ok fair. that could work", "hmm. that might do the trick", "fair enough. it could work",
    ])
  func yesToAnIdea(_ line: String) {
    var script = builtInPartnerScript([
      "i think grans old piano should go, nobody plays it",
      "/me what if i kept the piano at mine and you had her music books?",
    ])
    let step = script.type(line)
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
    #expect(step.suggestedReflection == "Great, so you're up for it.")
  }

  @Test(
    "a harm or a complaint put in the same words is no yes: it is not met as warmth",
    arguments: [
      (
        "it'd do us no favours, keeping it in the hall",
        "So it'd do us no favours, keeping it in the hall."
      ),
      (
        "that would do my back in, lifting it every spring",
        "So that would do your back in, lifting it every spring."
      ),
    ])
  func harmIsNoYes(_ line: String, reflection: String) {
    var script = builtInPartnerScript([
      "i think grans old piano should go, nobody plays it",
      "/me what if i kept the piano at mine and you had her music books?",
    ])
    let step = script.type(line)
    #expect(step.suggestedReflection == reflection)
    #expect(!step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }
}
