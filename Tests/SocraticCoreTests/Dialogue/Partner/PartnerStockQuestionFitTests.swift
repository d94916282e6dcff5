import Testing

@testable import SocraticCore

/// Partner's stock questions are offered only after the turn they need: a story's questions
/// after something lived, never after a plan not yet begun or a what-if; "what was it like
/// before?" after a change; what comes next never right after pain, nor once they have decided.
@Suite("The partner dialogue: stock questions that fit the moment")
struct PartnerStockQuestionFitTests {
  /// Every suggestion of a step.
  private func said(_ step: DialogueStep) -> [String] {
    step.suggestions.map(\.text)
  }

  /// The questions about something lived: said of a plan or a what-if they read as a form.
  private static let storyQuestions = [
    "What was that like for you?", "What did you make of it at the time?",
    "How did the people around you take it?", "What helped you through it?",
    "How are you now?", "How has that been for you?",
  ]

  /// The questions about what comes next.
  private static let nextSteps = [
    "What would you like to happen next?", "What would feel right to you now?",
  ]

  @Test(
    "a plan not yet begun is never asked about as something gone through",
    arguments: [
      "ok so im moving to bristol after christmas, already handed my notice in at work",
      "well im off to uni in leeds next september, got my place confirmed yesterday lol",
    ])
  func planNotBegun(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(!said(step).isEmpty)
    #expect(!said(step).contains { Self.storyQuestions.contains($0) }, "\(said(step))")
  }

  @Test(
    "a what-if is neither a hardship gone through nor a weight on them, and asks no next step",
    arguments: [
      "dunno really. if i ran out of money by easter i suppose. or hated the job",
      "hmm if i was skint by the summer or just miserable up there i guess",
    ])
  func whatIf(_ line: String) {
    var script = partnerScript()
    script.type("ok so im moving to bristol after christmas, already handed my notice in at work")
    script.type("/me what would tell you it wasnt working out?")
    let step = script.type(line)
    #expect(!said(step).isEmpty)
    #expect(
      !said(step).contains { Self.storyQuestions.contains($0) || Self.nextSteps.contains($0) },
      "\(said(step))")
    #expect(!said(step).contains { $0.contains("weighs on you") }, "\(said(step))")
  }

  @Test(
    "right after pain, the feeling is taken up before what comes next",
    arguments: [
      "since me and dan split i cant even walk past our old local without welling up",
      "honestly its not the job. since my dad went everything in this town is just him",
    ])
  func afterPain(_ line: String) {
    var script = partnerScript()
    script.type("thinking of packing in my job and moving to the coast tbh")
    let step = script.type(line)
    #expect(!said(step).isEmpty)
    #expect(!said(step).contains { Self.nextSteps.contains($0) }, "\(said(step))")
  }

  @Test("a point granted with no change told is never asked what it was like before")
  func nothingBefore() {
    var script = partnerScript()
    script.type("ok so im moving to bristol after christmas, already handed my notice in at work")
    script.type("/me have you got a job lined up there?")
    let step = script.type("ok fair enough, i havent actually got anything sorted yet tbh")
    #expect(!said(step).contains("What was it like before?"), "\(said(step))")
  }

  @Test(
    "what a doctor or a test found is news taken in, never a view to weigh",
    arguments: [
      "ah well. the consultant says its cataracts in both eyes. cant even read the paper now",
      "the scan came back, its a slipped disc apparently. no more five a side for me",
      "nurse rang this morning, says my bloods show im anaemic lol",
    ])
  func finding(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    let weighing = [
      "see it yourself", "make of what they say", "make of that", "So you think",
      "convinced you", "How do you know", "agree with",
    ]
    #expect(!said(step).isEmpty)
    #expect(
      !said(step).contains { text in weighing.contains { text.contains($0) } }, "\(said(step))")
  }
}
