import Foundation
import SocraticCore
import Testing

/// Where the person ended up, and what is filed where, as the closing, `sessions show`, the
/// Markdown and the JSON export show it, for conversations of our own.
@Suite("The map shows where the person ended up and files by what each answer does")
struct SessionMapShiftTests {
  private static func session(_ claim: String, _ turns: [(arc: String, answer: String)])
    -> SessionTranscript
  {
    SampleTranscripts.exploreSession(claim, byArc: turns)
  }

  private static func items(_ summary: SessionSummary, _ heading: String) -> [String] {
    SampleTranscripts.mapItems(summary, heading)
  }

  /// A renter who comes to think it is the lack of rules, not the landlords.
  private static let renter = session(
    "landlords in this city are getting away with murder",
    [
      ("reasons", "because my rent went up 40 percent in two years"),
      ("inversion", "i guess some landlords are just pensioners with one flat"),
      (
        "rerate",
        "like 60? its not the landlords really, its the lack of rules on them. why do you ask"
      ),
    ])

  @Test("where they got to is shown first, in their words, without the rating or their question")
  func shiftFirst() throws {
    let summary = SessionSummary(Self.renter)
    #expect(
      Self.items(summary, "Where you got to") == [
        "\u{201C}it's not the landlords really, it's the lack of rules on them\u{201D}"
      ])
    #expect(summary.mapDigest.first?.heading == "Where you got to")
    let markdown = MarkdownExporter.render(Self.renter)
    let shift = try #require(markdown.range(of: "Where you got to"))
    let reasons = try #require(markdown.range(of: "Your reasons"))
    #expect(shift.lowerBound < reasons.lowerBound)
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(JSONExporter.render(Self.renter).utf8))
        as? [String: Any])
    let map = try #require(json["map"] as? [String: Any])
    #expect(
      map["shifts"] as? [String] == ["its not the landlords really, its the lack of rules on them"])
  }

  @Test("the recap opens with where they got to, then their reason, then a doubt they granted")
  func recap() throws {
    let map = try #require(SessionSummary(Self.renter).map)
    let recap = try #require(ReflectionWriter.summary(of: map))
    #expect(recap.hasPrefix("Where you've got to: "))
    #expect(recap.contains("the lack of rules on them"))
    // They never said which weighs most: no reason is called the main one.
    #expect(recap.contains("Your reason was that your rent went up 40 percent in two years."))
    #expect(recap.contains("You granted that "))
    #expect(!recap.contains("On the other side"))
    #expect(!recap.contains("why do you ask"))
  }

  /// Someone who takes a reason back when asked which weighs most.
  private static let mover = session(
    "i should sell the house and move to spain",
    [
      ("reasons", "because the weather here makes me miserable every winter"),
      ("more_reasons", "because my job might go next year"),
      ("weight", "the weather. the job thing is more me being scared than a reason"),
    ])

  @Test("one thing put in place of another is where they got to, whatever was asked")
  func turnedToAnother() {
    let summary = SessionSummary(
      Self.session(
        "our town should ban cars from the high street",
        [
          ("reasons", "because kids nearly get hit every saturday"),
          ("inversion", "ok its not cars really, its the vans racing through. i dunno"),
        ]))
    #expect(
      Self.items(summary, "Where you got to") == [
        "\u{201C}it's not cars really, it's the vans racing through\u{201D}"
      ])
  }

  @Test("a reason they take back leaves their reasons and is shown as set aside")
  func withdrawn() {
    let summary = SessionSummary(Self.mover)
    #expect(!Self.items(summary, "Your reasons").contains { $0.contains("job") })
    #expect(Self.items(summary, "Reasons you set aside") == ["your job might go next year"])
    // Taking a reason back says nothing of where they stand on the claim.
    #expect(Self.items(summary, "Where you got to").isEmpty)
  }

  /// A father worried about phones, who says things that are no reasons for his belief.
  private static let phones = session(
    "kids spend way too much time on their phones",
    [
      ("reasons", "because my son is on tiktok till midnight most nights"),
      ("more_reasons", "i was a teacher for 20 years"),
      ("more_reasons", "i dont personally know any research on it"),
      ("more_reasons", "you're not saying phones are evil, i get that"),
      ("outsider", "my wife would say that too"),
    ])

  @Test("background, a doubt, a word to the tool and an empty view are not filed as reasons")
  func misfiled() {
    let summary = SessionSummary(Self.phones)
    let reasons = Self.items(summary, "Your reasons")
    #expect(reasons == ["your son is on tiktok till midnight most nights"])
    #expect(
      Self.items(summary, "Where you're coming from") == [
        "\u{201C}i was a teacher for 20 years\u{201D}"
      ])
    #expect(Self.items(summary, "What you granted").contains { $0.contains("research") })
    #expect(Self.items(summary, "What others say").isEmpty)
    #expect(Self.items(summary, "Where it comes from").isEmpty)
    #expect(!(summary.map?.sources ?? []).contains { $0.contains("tiktok") })
  }
}
