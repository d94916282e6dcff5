import Testing

@testable import SocraticCore

/// A pack of these tests' own, for a drill whose scorecard is read back from its log.
private let canalPack = TopicPack(
  id: "canals", title: "Canals", version: 1, keywords: ["canal", "boat", "lock"],
  beliefs: [
    PackBelief(
      text: "Canals should be kept open for boats.", side: .for,
      reasons: [
        "Narrowboats bring visitors and their money to small towns.",
        "A drained canal becomes a ditch full of rubbish.",
      ])
  ],
  questions: [])

@Suite("The scorecard counts what the lines did")
struct ScorecardCountsRightTests {
  @Test("a leading question the persona grew surer after says so beneath it")
  func riseAfterLeading() throws {
    let library = PackLibrary([
      LoadedPack(pack: canalPack, source: .builtIn(file: "canals.yaml"))
    ])
    var script = DialogueScript(
      DrillDialogue.start(setting: CoachingSetting(library: library, seed: 1), topic: "canals"))
    script.type("surely the boats just churn up the mud for the ducks??")
    script.type("why do you care about canals?")
    let summary = SessionSummary(
      DialogueScript<DrillDialogue>.transcript(script.events, mode: .drill))
    let card = ListeningScorecard(summary)
    let leading = try #require(card.leading.first)
    #expect(
      leading.aftermath
        == "The persona grew surer after it (+5): pushed, people defend their view.")
    #expect(card.leading.count == 1)
  }

  @Test(
    "a line that opens with a denial or an unmarked question holds no reflection",
    arguments: [
      "no i know you didnt, i was only saying. what do you mean by busy?",
      "what made you pick the towpath in the first place. was it a friend",
    ])
  func noOpeningReflection(line: String) {
    #expect(
      ListeningScorecard.reflections(
        in: line, form: .open, after: "The towpath gets busy with cyclists at weekends.") == 0)
  }

  @Test(
    "a reflection opened with 'what I hear' or an exclamation with 'how' is counted",
    arguments: [
      "What I hear is that the weekends feel crowded. What would make it easier?",
      "How tiring that must be at weekends. What would make it easier?",
    ])
  func questionWordOpensAReflection(line: String) {
    #expect(
      ListeningScorecard.reflections(
        in: line, form: .open, after: "The towpath gets busy with cyclists at weekends.") == 1)
  }

  @Test(
    "a question that points back at the reply builds on it",
    arguments: [
      "surely that means nobody should ride there then??",
      "you already said it, so what else is there?",
    ])
  func buildsOnReply(question: String) {
    #expect(
      FollowUp.buildsOn(
        question, previous: "The towpath gets busy with cyclists at weekends.",
        belief: "Canals should be kept open for boats."))
  }
}
