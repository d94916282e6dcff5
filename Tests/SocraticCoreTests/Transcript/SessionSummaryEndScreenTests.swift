import Testing

@testable import SocraticCore

/// The head of the end screen and its counts, for talks of our own: the belief without the
/// laugh or the name it was said with, an inversion only of the whole belief, and a goodbye
/// never counted as an answer.
@Suite("The end screen's belief, inversion and counts")
struct SessionSummaryEndScreenTests {
  /// The summary of an explore session in which these lines were typed after the belief, "y"
  /// and a rating of 70.
  private func explore(_ belief: String, _ answers: [String]) -> SessionSummary {
    let script = ExploreScript.questioning(belief, answers: answers)
    return SessionSummary(ExploreScript.transcript(script.events))
  }

  /// The summary of a partner session in which these lines were typed.
  private func partner(_ lines: [String]) -> SessionSummary {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type(lines)
    return SessionSummary(DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
  }

  @Test("a goodbye the session ended on is not counted as a question answered")
  func goodbyeNotAnswered() {
    let summary = explore(
      "dogs should be allowed in pubs",
      [
        "our local lets them in and its never been a problem, theyre better behaved than the kids",
        "right im off, gotta run. see ya",
      ])
    let typed = summary.questions.count { $0.answer != nil }
    #expect(typed == 2)
    #expect(summary.answeredCount == 1)
    #expect(summary.answeredByKind.map(\.count).reduce(0, +) == 1)
  }

  @Test("an answer that says its piece and then takes leave is counted as answered")
  func answerThenGoodbye() {
    let summary = explore(
      "dogs should be allowed in pubs",
      [
        "our local lets them in and its never been a problem, theyre better behaved than the kids",
        "the quiet ones mostly. ill ask the landlord about a water bowl for them. right, gotta dash",
      ])
    #expect(summary.answeredCount == 2)
  }

  @Test("a feeling named as an image is listed as one they named; a view after 'like' is not")
  func feelingImage() {
    let summary = explore(
      "self checkouts should be banned",
      [
        "the machine kept saying unexpected item and the whole queue watched. felt like a right "
          + "numpty",
        "i feel like the shops just want to cut staff",
      ])
    let feelings = summary.mapDigest.first { $0.heading == "Feelings you named" }?.items ?? []
    #expect(feelings.count == 1, "\(feelings)")
    #expect(feelings.first?.contains("like a right numpty") == true, "\(feelings)")
    #expect(feelings.first?.contains("shops") != true, "\(feelings)")
  }

  @Test("the belief shown drops the laugh it was said with, its other words as typed")
  func laughDropped() {
    let summary = explore(
      "pineapple on pizza is actually elite lol",
      ["the sweet and salty thing, same reason people like honey on halloumi"])
    #expect(summary.shownBelief == "Pineapple on pizza is actually elite")
  }

  @Test("an inversion that negates only one of two clauses is not shown in explore")
  func halfInversionHidden() {
    let compound = explore(
      "gyms are a waste of money and everyone knows it",
      ["running is free and you get fresh air"])
    #expect(compound.inverted != nil)
    #expect(compound.shownInversion == nil)
    let whole = explore("gyms are a waste of money", ["running is free and you get fresh air"])
    #expect(whole.shownInversion != nil)
  }

  @Test("a clause spliced on with a comma, the first left as it was, is no whole inversion")
  func splicedInversion() {
    #expect(
      !SessionSummary.negatesWhole(
        claim: "the tram is a waste, the buses do the same route",
        inverted: "the tram is a waste, the buses do not do the same route"))
    // A condition stays as it was when what it leads to is negated.
    #expect(
      SessionSummary.negatesWhole(
        claim: "if you train every day, you get faster",
        inverted: "if you train every day, you do not get faster"))
  }

  @Test("partner: the name they call the listener by is not part of the belief shown")
  func listenerNameDropped() {
    let summary = partner([
      "electric cars are a total con jaz, the batteries die after 5 years",
      "/me what makes you sure about the batteries?",
      "my mate's leaf lost half its range. anyway cheers jaz, gotta go",
    ])
    let shown = summary.shownBelief ?? ""
    #expect(shown.hasPrefix("Electric cars are a total con"), "\(shown)")
    #expect(!shown.lowercased().contains("jaz"), "\(shown)")
  }

  @Test("a reflection said on its own is named so in the tally of lines by form")
  func formLabel() {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type([
      "my brother never rings me, i always have to ring him",
      "/me so you're always the one who has to ring",
      "years. it makes me feel like i dont matter to him honestly",
      "/me that sounds lonely. what do you miss most?",
    ])
    let markdown = MarkdownExporter.render(
      DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
    #expect(markdown.contains("reflection on its own 1"), "\(markdown)")
    #expect(markdown.contains("Built on what they said last: "), "\(markdown)")
  }
}

/// What "What you said" leaves out: lines about the talk or about who someone is, and grants
/// that need the line before them to make sense.
@Suite("The end screen's map leaves out what says nothing read alone")
struct SessionSummaryLeftOutTests {
  private func items(_ heading: String, _ belief: String, _ answers: [String]) -> [String] {
    let script = ExploreScript.questioning(belief, answers: answers)
    let summary = SessionSummary(ExploreScript.transcript(script.events))
    return summary.mapDigest.first { $0.heading == heading }?.items ?? []
  }

  @Test("whose someone is gives no reason")
  func relationNoReason() {
    let reasons = items(
      "Your reasons", "teenagers should be allowed phones at school",
      [
        "they need them to get hold of their parents after clubs",
        "because shes his teacher, and the school banned them last year",
      ])
    #expect(!reasons.contains { $0.contains("teacher") }, "\(reasons)")
  }

  @Test("a grant that points back at the line before it is not listed alone")
  func leaningGrant() {
    let granted = items(
      "What you granted", "dogs should be allowed in pubs",
      [
        "our local lets them in and its never been a problem",
        "my sister says some people are scared of dogs. fair enough, ill give her that one",
      ])
    #expect(!granted.contains { $0.contains("that one") }, "\(granted)")
  }
}
