import Testing

@testable import SocraticCore

/// Stop 56, round 2: their person's lot read back in the third person is a reflection; a
/// verdict on their plan framed as "that sounds" is the speaker's view; kinds of what brought
/// on a feeling and of what would stop something.
@Suite("Critic round 56b: third-person read-backs, verdicts on a plan, kinds")
struct CriticRound56bTests {
  let critic = QuestionCritic()

  @Test(
    "their person, their people or their thing read back in the third person gives back",
    arguments: [
      (
        "My brother says the new job's too stressful.",
        "so he's feeling out of his depth and won't admit it", ReflectionDepth?.some(.complex)
      ),
      (
        "Nobody ever wipes the hob after cooking.",
        "so people just leave the mess for whoever comes next", .complex
      ),
      (
        "Mum won't throw out any of the old photo albums.",
        "those old albums are a bit of the past she can't throw out", nil
      ),
      (
        "The neighbours never cut the hedge and it blocks the path.",
        "so the hedge blocks the path", .simple
      ),
    ])
  func thirdPersonReadBack(said: String, line: String, depth: ReflectionDepth?) throws {
    let critique = try critic.critique(line, after: said)
    #expect(critique.form == .reflection)
    if let depth { #expect(critique.depth == depth) }
  }

  @Test(
    "a line about the speaker, or a step, after what they said stays a statement",
    arguments: [
      ("The concert starts at 8.", "so we should get there by half 7"),
      ("My brother says the new job's too stressful.", "he'll be fine, he always is"),
    ])
  func notReadBack(said: String, line: String) throws {
    #expect(try critic.critique(line, after: said).form == .statement)
  }

  @Test(
    "a verdict on their plan framed as 'that sounds' is the speaker's view",
    arguments: [
      ("i think we should take turns hosting", "that sounds really sensible"),
      ("we could just split the petrol", "that seems perfectly reasonable"),
    ])
  func verdictOnPlan(said: String, line: String) throws {
    let critique = try critic.critique(line, after: said)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.opinion.explanation])
  }

  @Test(
    "what brought on a feeling asks for reasons; what would stop something, of implications",
    arguments: [
      ("what's got you so annoyed about the parking?", QuestionKind.evidence),
      ("what would stop the kids leaving bikes on the drive?", .implications),
    ])
  func kinds(question: String, kind: QuestionKind) throws {
    #expect(try critic.critique(question).kind == kind)
  }
}
