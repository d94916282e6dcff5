import Foundation
import Testing

@testable import SocraticCore

/// What the end of an explore session shows: a rating set right replaces the one it corrects,
/// a belief is never chat said to the reading of it, and the closing lines are not the same
/// in every session.
@Suite("Explore: the end of a session shows what they settled on")
struct ExploreSessionEndTests {
  /// Everything a past session shows: `sessions show`'s summary, the Markdown and the JSON.
  private static func shown(_ script: ExploreScript) -> (SessionSummary, String, String) {
    let transcript = ExploreScript.transcript(script.events)
    return (
      SessionSummary(transcript), MarkdownExporter.render(transcript),
      JSONExporter.render(transcript)
    )
  }

  @Test(
    "a rating set right after it was given back replaces it, and the question is put again",
    arguments: [
      ("100", "i said 95 not 100 lol", 95),
      ("80", "no its 85, not 80", 85),
      ("60", "i meant 65 tbh", 65),
    ])
  func ratingSetRight(typed: String, correction: String, value: Int) throws {
    var script = ExploreScript()
    script.type(["cycling to work is better than driving in", "y", typed])
    let asked = try #require(script.dialogue.state.currentQuestion?.text)
    let step = script.type(correction)
    #expect(
      ExploreScript.reflections(step) == ["Sorry, I had that wrong: \(value), not \(typed)."])
    #expect(ExploreScript.question(step)?.text == asked)
    script.type(["the traffic on the ring road is mental", "/quit", "50"])
    let (summary, markdown, json) = Self.shown(script)
    #expect(summary.confidenceBefore == value)
    #expect(summary.map?.confidenceBefore == value)
    #expect(markdown.contains("confidence_before: \(value)"))
    #expect(json.contains("\"confidence_before\": \(value)"))
    // Said of the rating, it is no reason and no answer to the question.
    #expect(!summary.mapDigest.flatMap(\.items).contains { $0.contains(String(value)) })
  }

  @Test(
    "a rating taken back in the same line is the one given back",
    arguments: [
      ("100. well 95 cause nothin is ever 100", 95),
      ("95. nah 90 if im honest about it", 90),
    ])
  func ratingTakenBack(line: String, value: Int) {
    var script = ExploreScript()
    script.type(["cycling to work is better than driving in", "y"])
    let step = script.type(line)
    #expect(ExploreScript.reflections(step).first?.hasPrefix("So you're") == true)
    #expect(ExploreScript.reflections(step).first?.contains("\(value) out of 100") == true)
    #expect(script.dialogue.state.map.confidenceBefore == value)
  }

  @Test("a reason set right replaces the old one, never spliced into it nor kept beside it")
  func reasonSetRight() {
    var script = ExploreScript.questioning(
      "the train is worse than driving for my commute",
      answers: [
        "the price of a monthly pass is silly money",
        "nah its not the price, its the faff of changing trains", "/quit", "60",
      ])
    script.type([])
    let (summary, _, _) = Self.shown(script)
    let reasons = summary.map?.reasons.map(\.text) ?? []
    #expect(reasons.contains("the faff of changing trains"))
    #expect(!reasons.contains { $0.contains("price") })
  }

  @Test(
    "chat said to the reading of the belief is never the belief",
    arguments: ["no lol.", "yeah lol", "yeah no", "yeah kinda"])
  func chatIsNoBelief(line: String) {
    var script = ExploreScript()
    script.type("cycling to work is better than driving in")
    script.type(line)
    #expect(script.dialogue.state.belief?.belief == "cycling to work is better than driving in")
  }

  @Test("the closing words differ from one session's seed to another's")
  func closingVaries() {
    func closing(seed: UInt64) -> (question: String?, thanks: [String]) {
      var script = ExploreScript(setting: DialogueFixtures.setting(seed: seed))
      script.type(["the school run is worse by car", "y", "70"])
      for _ in 0..<30
      where script.dialogue.state.currentQuestion?.arc != ExploreArcStep.rerate.rawValue {
        guard case .answering = script.dialogue.state.phase else { break }
        script.type("the traffic outside the gates is chaos every morning tbh")
      }
      let rated = script.type("60")
      let question = ExploreScript.question(rated)?.text
      let last = script.type("no thats everything")
      return (question, ExploreScript.notices(last))
    }
    let sessions = (1...4).map { closing(seed: UInt64($0)) }
    #expect(Set(sessions.compactMap(\.question)).count >= 3)
    let thanks = sessions.compactMap { $0.thanks.last }
    #expect(Set(thanks).count >= 3)
    // Where it reads naturally, the thanks names what they talked through, never the belief.
    #expect(thanks.contains { $0.contains("the school run") })
    #expect(!thanks.contains { $0.contains("worse by car") })
  }

  @Test(
    "the thanks names a short subject that is no person, else none",
    arguments: [
      ("the school run is worse by car", "the school run"),
      ("crypto is mostly scams", "crypto"),
      ("people are too soft on kids these days", nil),
      ("your brother is wrong about the house", nil),
      ("the way the council handles the bins round here is a disgrace", nil),
    ])
  func thanksSubject(claim: String, subject: String?) {
    #expect(ClosingWords.subject(of: claim) == subject)
  }
}
