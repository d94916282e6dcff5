import Foundation
import SocraticCore
import Testing

/// What "What you said" shows for conversations of our own: each thing the person said is
/// filed where it belongs, and only lines that make sense read alone are shown.
@Suite("The map files what was said by what the question asked")
struct SessionMapFilingTests {
  private static func items(_ summary: SessionSummary, _ heading: String) -> [String] {
    summary.mapDigest.first { $0.heading == heading }?.items ?? []
  }

  /// A talk about school uniforms: a reason, the other side's point, a source they distrust,
  /// and which reason weighs most.
  private static let uniforms = SampleTranscripts.exploreSession(
    "school uniforms are a waste of money",
    [
      (
        "reasons", .evidence, "What leads you to think that?",
        "because my kids outgrow them every few months"
      ),
      (
        "inversion", .inversion, "Why might school uniforms not be a waste of money?",
        "i guess because parents stop fighting about clothes every morning"
      ),
      (
        "reliability", .assumptions, "How far do you trust the school board on this?",
        "not much because they always side with the supplier"
      ),
      (
        "probe", .evidence, "How do you know that?",
        "because the supplier is the principal's cousin"
      ),
      (
        "outsider", .viewpoints, "How might someone who disagrees explain the same facts?",
        "they would say because poorer kids get teased less"
      ),
      (
        "more_reasons", .evidence, "What else leads you there?",
        "because the shops charge double for the school logo"
      ),
      (
        "weight", .evidence, "Which of your reasons carries the most weight for you?",
        "the logo markup, the double price for a logo"
      ),
    ])

  @Test("only answers about their own grounds give reasons; the one that weighs most leads")
  func reasons() {
    let summary = SessionSummary(Self.uniforms)
    #expect(
      Self.items(summary, "Your reasons") == [
        "the shops charge double for the school logo",
        "your kids outgrow them every few months",
      ])
    #expect(summary.map?.strongest == 1)
  }

  @Test("the other side's point they grant is a doubt, never a reason")
  func otherSide() {
    let summary = SessionSummary(Self.uniforms)
    #expect(
      Self.items(summary, "What you granted") == [
        "parents stop fighting about clothes every morning"
      ])
    let reasons = summary.map?.reasons.map(\.text) ?? []
    for aside in ["poorer kids", "side with the supplier", "principal's cousin"] {
      #expect(!reasons.contains { $0.contains(aside) })
      #expect(!(summary.map?.reasons ?? []).contains { $0.evidence.joined().contains(aside) })
    }
  }

  @Test("Markdown's map and JSON's map show the same filing")
  func exports() throws {
    let markdown = MarkdownExporter.render(Self.uniforms)
    let map = try #require(markdown.range(of: "## What you said")).upperBound
    let shown = markdown[map...]
    #expect(shown.contains("parents stop fighting about clothes every morning"))
    #expect(!shown.contains("side with the supplier"))
    #expect(!shown.contains("poorer kids"))
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(JSONExporter.render(Self.uniforms).utf8))
        as? [String: Any])
    let exported = try #require(json["map"] as? [String: Any])
    #expect(exported["strongest"] as? Int == 1)
    #expect((exported["doubts"] as? [String])?.count == 1)
  }

  @Test(
    "a doubt, a condition or a jab that leans on what came before is left out, not quoted",
    arguments: [
      (
        "inversion", QuestionKind.inversion, "Why might it not be so?",
        "ok fair thats something"
      ),
      ("moment", .meta, "What made you see that?", "talking it out i guess"),
      (
        "probe", .evidence, "How do you know that?",
        "lmao bc thats what a budget is? im not explaining money to a terminal"
      ),
    ])
  func fragmentsLeftOut(arc: String, kind: QuestionKind, question: String, answer: String) {
    let transcript = SampleTranscripts.exploreSession(
      "the city should ban cars downtown",
      [
        (
          "reasons", .evidence, "What leads you to think that?",
          "because the air on main street is filthy"
        ),
        (arc, kind, question, answer),
      ])
    let summary = SessionSummary(transcript)
    let shown = summary.mapDigest.flatMap(\.items).joined(separator: "\n").lowercased()
    #expect(shown.contains("the air on main street is filthy"))
    for words in ["something", "talking it out", "terminal", "what a budget is"] {
      #expect(!shown.contains(words))
    }
  }

  @Test("a condition given when asked what would change their mind is filed as one")
  func condition() {
    let transcript = SampleTranscripts.exploreSession(
      "my landlord is cheating me",
      [
        (
          "reasons", .evidence, "What leads you to think that?",
          "because the heating bill doubled with no explanation"
        ),
        (
          "change_mind", .implications, "What would you need to see to think otherwise?",
          "honestly the meter readings matching the bill, that would do it i guess"
        ),
      ])
    let summary = SessionSummary(transcript)
    #expect(Self.items(summary, "What you granted").isEmpty)
    #expect(summary.map?.wouldChangeMind.contains { $0.contains("meter readings") } == true)
  }
}
