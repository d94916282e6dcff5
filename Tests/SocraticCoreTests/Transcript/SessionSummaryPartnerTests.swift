import Testing

@testable import SocraticCore

/// Partner's end summary: one tally of the person's lines, an inversion only when it negates
/// the whole belief, the plan they took up as where they got to, and no checklist of kinds of
/// question for a talk that argued no view.
@Suite("Partner's end summary")
struct SessionSummaryPartnerTests {
  /// The summary of a partner session in which these lines were typed.
  private func summary(_ lines: [String]) -> SessionSummary {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type(lines)
    return SessionSummary(DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
  }

  @Test("the reflections that open questions are counted with their depth, and said so")
  func oneTally() {
    let summary = summary([
      "my brother never rings me, i always have to ring him",
      "/me so you're always the one who rings. how long has it been like that?",
      "years. it makes me feel like i dont matter to him honestly",
      "/me that sounds really lonely. what do you miss most?",
    ])
    let lines = ListeningScorecard(summary).lines(lastWordsOf: "what they said last")
    #expect(
      lines.contains(
        "Reflections: 2 (2 opening a question) for 2 questions \u{2014} 1 per "
          + "question (fair: 1 or more per question; good: 2 or more)"), "\(lines)")
    #expect(lines.contains("Complex reflections: 1 of 2 (50%; target 40% or more)"), "\(lines)")
  }

  @Test("an inversion that negates one of two clauses is not shown; a whole one is")
  func inversion() {
    let compound = summary([
      "i think easter is for the kids and everyone knows it"
    ])
    #expect(compound.inverted == nil)
    let whole = summary(["i think school uniforms are pointless"])
    #expect(whole.inverted != nil)
  }

  @Test("a plan they took up is where they got to")
  func agreedPlan() {
    let summary = summary([
      "its fine. i'll just be on my own on my birthday, i'm used to it",
      "/me how about we come round for tea after work?",
      "oh go on then. bring cake mind",
    ])
    let first = summary.mapDigest.first
    #expect(first?.heading == "Where they got to")
    #expect(
      first?.items == [
        "they took up your plan: \u{201C}how about we come round for tea after work?\u{201D}"
      ])
  }

  @Test("a talk that argued no view is not held to the checklist of kinds")
  func noChecklist() {
    let summary = summary([
      "i just miss him. the house is so quiet now",
      "/me what do you miss most?",
      "his singing in the kitchen. terrible voice lol",
    ])
    let lines = ListeningScorecard(summary).lines(lastWordsOf: "what they said last")
    #expect(lines.contains { $0.hasPrefix("Kinds covered:") && !$0.contains("not asked yet") })
  }
}

/// A talk of a loss or a worry is not measured as a debate: no count of the kinds of question
/// out of all of them, and no stages of a belief in the Markdown.
@Suite("Partner's end of a talk that argued no view")
struct SessionSummaryPersonalTalkTests {
  private func transcript(_ lines: [String]) -> SessionTranscript {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type(lines)
    return DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner)
  }

  private let lines = [
    "she's gone into the home now. the flat's so empty without her nattering",
    "/me what do you miss most about having her there?",
    "the tea at 4. she'd always have the biscuits out even when she didnt know what day it was",
  ]

  @Test("the kinds asked are listed without a count out of all the kinds")
  func noCountOfKinds() {
    let summary = SessionSummary(transcript(lines))
    let scorecard = ListeningScorecard(summary).lines(lastWordsOf: "what they said last")
    let kinds = scorecard.first { $0.hasPrefix("Kinds covered:") }
    #expect(kinds != nil && kinds?.contains(" of 7") == false, "\(scorecard)")
  }

  @Test("the Markdown shows no stages of a belief")
  func noStages() {
    let markdown = MarkdownExporter.render(transcript(lines))
    #expect(!markdown.contains("Stage:"), "\(markdown)")
  }
}
