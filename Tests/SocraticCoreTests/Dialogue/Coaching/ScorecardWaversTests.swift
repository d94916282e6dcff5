import Testing

@testable import SocraticCore

/// A belief of these tests' own, for a drill whose scorecard is read back from its log.
private let bakeryPack = TopicPack(
  id: "bakeries", title: "Bakeries", version: 1, keywords: ["bakery", "bread", "loaf"],
  beliefs: [
    PackBelief(
      text: "Village bakeries deserve a rates discount.",
      reasons: [
        "A bakery draws people to the high street every morning.",
        "Supermarket bread has pushed most small bakers out already.",
      ])
  ],
  questions: [])

/// The summary of a drill of these lines.
private func drillSummary(_ lines: [String]) -> SessionSummary {
  var script = drill(holdingFirstBeliefOf: bakeryPack)
  script.type(lines)
  return SessionSummary(DialogueScript<DrillDialogue>.transcript(script.events, mode: .drill))
}

/// The scorecard's line on wavers after a drill of these lines, if it has one.
private func waversLine(_ lines: [String]) -> String? {
  ListeningScorecard(drillSummary(lines)).lines(lastWordsOf: "the persona's last answer")
    .first { $0.hasPrefix("Wavers") }
}

@Suite("The scorecard says which of the persona's wavers were taken up")
struct ScorecardWaversTests {
  @Test("a waver followed by a push is listed as left, with what to do instead")
  func waverLeft() throws {
    let line = try #require(
      waversLine([
        "how are the ovens heated?", "surely rates are fair as they are",
      ]))
    #expect(
      line.hasPrefix(
        "Wavers taken up: 0 of 1 (missed: the gap the persona admitted after question 1): "))
    #expect(line.contains("give the admission back"))
  }

  @Test("two wavers left are both said to be the persona's, by name")
  func waversLeft() throws {
    let line = try #require(
      waversLine([
        "how are the ovens heated?", "surely rates are fair as they are",
        "where does the flour get milled?", "surely every shop should pay the same",
      ]))
    #expect(
      line.hasPrefix(
        "Wavers taken up: 0 of 2 (missed: the gaps the persona admitted after questions 1 and 3): "
      ), "\(line)")
  }

  @Test("a gap admitted again to a question asked twice is a waver, though it moves nothing")
  func waverWithoutDrop() throws {
    let line = try #require(
      waversLine([
        "how are the ovens heated?", "how are the ovens heated?",
        "surely rates are fair as they are",
      ]))
    #expect(
      line.hasPrefix(
        "Wavers taken up: 1 of 2 (missed: the gap the persona admitted after question 2)"),
      "\(line)")
  }

  @Test("a waver given back in a reflection is counted as taken up")
  func waverTaken() {
    #expect(
      waversLine([
        "how are the ovens heated?",
        "so the ovens are a bit outside what you've looked into",
      ]) == "Wavers taken up: 1 of 1")
  }

  @Test(
    "a waver's gap given straight back, with or without a question mark, is taken up",
    arguments: [
      "so you're sure about the high street but less sure about the ovens?",
      "you know the high street side, the ovens less so",
      "ok so the heating of the ovens you're not certain about",
    ])
  func gapGivenBackTakesUpWaver(line: String) {
    #expect(waversLine(["how are the ovens heated?", line]) == "Wavers taken up: 1 of 1")
  }

  @Test("a doubt put to the persona about something else than its gap leaves the waver")
  func doubtElsewhereLeavesWaver() throws {
    let line = try #require(
      waversLine(["how are the ovens heated?", "surely you're not sure rates are unfair?"]))
    #expect(line.hasPrefix("Wavers taken up: 0 of 1"), "\(line)")
  }

  @Test("a minimal encourager after a waver leaves it room to say more: taken up")
  func encouragerTakesUpWaver() {
    #expect(waversLine(["how are the ovens heated?", "hm go on"]) == "Wavers taken up: 1 of 1")
  }

  @Test("across drills the line counts the wavers left but names no question numbers")
  func acrossDrillsOnlyCounted() {
    let left = ["how are the ovens heated?", "surely rates are fair as they are"]
    let card = ListeningScorecard([drillSummary(left), drillSummary(left)])
    #expect(
      card.lines(lastWordsOf: "the persona's last answer").first { $0.hasPrefix("Wavers") }
        == "Wavers taken up: 0 of 2")
  }
}
