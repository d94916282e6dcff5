import Testing

@testable import SocraticCore

/// A belief about ferries, with reasons the persona gives.
private let ferryPack = TopicPack(
  id: "ferries", title: "Ferries", version: 1, keywords: ["ferry", "ferries", "island"],
  beliefs: [
    PackBelief(
      text: "Island ferries should be free for residents.", side: .for,
      reasons: [
        "Islanders pay twice for everything that crosses the water.",
        "Young families leave when the crossing costs too much.",
      ])
  ],
  questions: [])

/// The scorecard of a drill on the ferry belief after some lines, as the card shows it.
private func card(after lines: [String]) -> ListeningScorecard {
  var script = drill(holdingFirstBeliefOf: ferryPack)
  script.type(lines)
  return ListeningScorecard(
    SessionSummary(DialogueScript<DrillDialogue>.transcript(script.events, mode: .drill)))
}

@Suite("A line that finds fault with the talk builds on nothing the persona said")
struct ScorecardGrievanceTests {
  @Test(
    "a grievance is a line said after the answer that did not build on it",
    arguments: [
      "honestly this is getting tedious", "you're still not answering me",
      "you keep dodging it", "just answer the question", "what a waste of time",
    ])
  func grievanceBuildsOnNothing(grievance: String) {
    let card = card(after: ["why should the crossing be free?", grievance])
    #expect(card.followUpChances == 1)
    #expect(card.followUpCount == 0)
  }

  @Test("counted by hand: of three lines after an answer, the one that pointed back built on it")
  func countedByHand() throws {
    let card = card(after: [
      "why should the crossing be free?", "this is boring",
      "you're not answering", "how do you know that?",
    ])
    let line = try #require(
      card.lines(lastWordsOf: "the persona's last answer").first { $0.hasPrefix("Built on") })
    #expect(line == "Built on the persona's last answer: 1 of 3 lines said right after it (33%)")
  }

  @Test(
    "a question that takes up the answer still builds on it",
    arguments: ["why do islanders pay twice?", "how do you know that?"])
  func questionStillBuilds(question: String) {
    let card = card(after: ["why should the crossing be free?", question])
    #expect(card.followUpCount == 1)
  }
}
