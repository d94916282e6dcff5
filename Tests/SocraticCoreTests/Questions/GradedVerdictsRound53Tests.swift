import Testing

@testable import SocraticCore

/// Verdicts the stop-53 graders found wrong, in sentences of our own: plain checks of news,
/// viewpoint and implication questions read by their frame, mash, checking reflections and
/// comfort.
@Suite("Graded verdicts, stop 53: fact checks, kinds, mash, checks and comfort")
struct GradedVerdictsRound53Tests {
  let critic = QuestionCritic()

  @Test(
    "a check on how a person or thing stands today or so far is fine as it is",
    arguments: [
      "did the electrician turn up this morning?",
      "is your sister back from uni yet?",
      "has the landlord rung back today?",
    ])
  func progressCheckIsFine(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed)
    #expect(critique.problems.first?.hasPrefix("closed, and fine as it is") == true)
    #expect(critique.suggestion == nil)
  }

  @Test("how everyone took some news asks their views; it is no rhetorical question")
  func everyoneTookItAsks() throws {
    let critique = try critic.critique("how did everyone at the office take it?")
    #expect(critique.form == .open)
    #expect(critique.kind == .viewpoints)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a question is read by its frame: another's view, what follows",
    arguments: [
      ("what would your gran have made of it?", QuestionKind.viewpoints),
      ("how did your mates take the news?", .viewpoints),
      ("what would she gain by moving?", .implications),
      ("if he quits, what do you picture?", .implications),
    ])
  func kindByFrame(line: String, kind: QuestionKind) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .open)
    #expect(critique.kind == kind)
  }

  @Test(
    "a line mostly of keys struck is noise, not a reflection",
    arguments: ["asdkjh qwe ;;", "poiuyt wek"])
  func mostlyMashIsNoise(line: String) throws {
    let critique = try critic.critique(line, after: "we had a row about the bins last night")
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("no words they would know") == true)
  }

  @Test("'so that's the bit that …?' checks which part weighs on them: a reflection")
  func partThatWeighsIsAReflection() throws {
    let critique = try critic.critique(
      "so that's the bit that scares you?", after: "i can't stop thinking about the driving test")
    #expect(critique.form == .reflection)
  }

  @Test("comfort that someone they love would be proud is an affirmation, not an opinion")
  func comfortIsAffirmation() throws {
    let critique = try critic.critique(
      "i reckon your nan would be chuffed that you still bake her bread",
      after: "my nan taught me to bake this bread every sunday")
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("an affirmation") == true)
  }
}

/// A meaning added to their words is the skill of a complex reflection, and an open rewrite
/// leaves the asker's hedge out.
@Suite("Graded verdicts, stop 53: meaning added, hedges dropped")
struct MeaningAndHedgeRound53Tests {
  let critic = QuestionCritic()

  @Test("what a setback does to them is the meaning a complex reflection adds, not a new claim")
  func effectOnThemIsMeaning() throws {
    let critique = try critic.critique(
      "that's really denting your confidence", after: "i feel like such a mug for trusting him")
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
  }

  @Test("the asker's 'maybe' is left out of the open rewrite")
  func hedgeLeftOut() throws {
    let critique = try critic.critique("should you maybe move gyms?")
    #expect(critique.suggestion?.contains("maybe") == false)
    #expect(critique.suggestion != nil)
  }
}
