import Testing

@testable import SocraticCore

/// A reply that says the question did not land is owned before anything else, however long
/// the "what do you mean" that says so, and however much follows it; the confusion is never
/// given back or asked about as if it were a reason.
@Suite("Explore owns a question that did not land")
struct ExploreConfusionOwnedTests {
  private func session(_ belief: String) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "70"])
    script.type("the council never fixes the potholes on our road")
    return script
  }

  @Test(
    "a long 'what do you mean …' that gives the question back is owned and the question put again",
    arguments: [
      "what do you mean a list of which roads get done first",
      "what do u mean how would the money get shared out between towns",
      "wdym who decides where the crews go every single week",
    ])
  func longMeaningQuestion(reply: String) {
    var script = session("Road repairs should be paid for by the county.")
    let step = script.type(reply)
    let notices = ExploreScript.notices(step)
    #expect(notices.contains(ExploreDialogue.unclearNotice), "\(notices)")
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "a 'what do you mean' followed by their own answer is owned before the answer is heard",
    arguments: [
      "what do you mean how does it fit? it means the county pays, not the village",
      "what do you mean by that. i mean the roads are a county job",
    ])
  func meaningQuestionThenAnswer(reply: String) {
    var script = session("Road repairs should be paid for by the county.")
    let step = script.type(reply)
    let notices = ExploreScript.notices(step)
    #expect(notices.first == ExploreDialogue.unclearNotice, "\(notices)")
    #expect(
      !ExploreScript.reflections(step).contains { $0.lowercased().contains("what do you mean") })
  }

  @Test(
    "'I didn't get the question' is owned, never given back or asked about as a reason",
    arguments: [
      "sorry, i didnt get the question. anyway the gritter never comes up our lane",
      "i did not understand that last one. the gritter never comes up our lane",
    ])
  func didNotGetIt(reply: String) {
    var script = session("Road repairs should be paid for by the county.")
    let step = script.type(reply)
    let shown = ExploreScript.notices(step) + ExploreScript.reflections(step)
    #expect(shown.contains { $0.hasPrefix("Sorry") }, "\(shown)")
    #expect(!shown.contains { $0.contains("get the question") || $0.contains("understand") })
    script.type("it just doesn't")
    #expect(!script.questions.contains { $0.text.contains("didn't get") })
    #expect(!script.questions.contains { $0.text.contains("understand that") })
  }
}
