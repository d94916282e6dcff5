import SocraticCore
import Testing

/// Beliefs in the shapes people state them (issue 12 item 3, issue 11 item 4).
@Suite("Belief shapes")
struct BeliefShapesTests {
  let engine = InversionEngine()

  @Test(
    "a rhetorical question states its claim",
    arguments: [
      ("Isn't it clear that the bridge is unsafe?", "the bridge is unsafe"),
      ("Don't you think the show got worse?", "the show got worse"),
      ("Can't you see that the plan is failing?", "the plan is failing"),
      ("Aren't taxis too expensive?", "taxis are too expensive"),
      ("The referee was biased, wasn't he?", "the referee was biased"),
    ])
  func rhetorical(belief: String, claim: String) throws {
    #expect(try engine.analyze(belief).claim == claim)
  }

  @Test("a question that asks is still refused")
  func askingQuestion() {
    #expect(throws: NotABelief.question(suggestion: "Taxis are too expensive.")) {
      try engine.analyze("Are taxis too expensive?")
    }
  }

  @Test(
    "a topic with a comment states a belief about the topic",
    arguments: [
      ("Online classes? a complete letdown.", "online classes are a complete letdown"),
      ("The new mall? overpriced.", "the new mall is overpriced"),
      ("Rent control? it never works.", "rent control never works"),
    ])
  func topicFragment(belief: String, claim: String) throws {
    #expect(try engine.analyze(belief).claim == claim)
  }

  @Test(
    "an explanation is claimed and inverted with its because, and its questions probe it",
    arguments: [
      (
        "Shoppers did it because the prices were lower",
        "shoppers did it because the prices were lower",
        "shoppers did not do it because the prices were lower"
      ),
      (
        "The striker left only because of the money",
        "the striker left only because of the money",
        "the striker did not leave only because of the money"
      ),
    ])
  func explanation(belief: String, claim: String, inverted: String) throws {
    let analysis = try engine.analyze(belief)
    #expect(analysis.claim == claim)
    #expect(analysis.inverted == inverted)
    let questions = engine.questions(for: analysis).map(\.text)
    #expect(questions.contains { $0.hasPrefix("What else might explain it, if not") })
  }

  @Test("a reason given for a view stays a reason")
  func reasonForView() throws {
    let analysis = try engine.analyze("Trains are better because they are quieter")
    #expect(analysis.claim == "trains are better")
    #expect(analysis.reason == "because they are quieter")
  }

  @Test("the belief is kept exactly as typed, however it is read")
  func keptAsTyped() throws {
    let typed = "ngl teh bus is Always late lol"
    #expect(try engine.analyze(typed).belief == typed)
    #expect(try engine.analyze(typed).claim == "the bus is always late")
  }
}
