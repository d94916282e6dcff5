import Testing

@testable import SocraticCore

/// A belief of these tests' own, with a line of the persona's own life and none on what would
/// change its mind.
private let allotmentPack = TopicPack(
  id: "allotments", title: "Allotments", version: 1, keywords: ["allotment", "vegetables"],
  beliefs: [
    PackBelief(
      text: "Growing your own vegetables is worth the effort.",
      reasons: [
        "Tomatoes picked that morning taste far better than shop ones.",
        "A small plot saves a family real money over a summer.",
      ],
      replies: ["I have kept an allotment for eleven years."])
  ], questions: [])

@Suite("The drill persona answers its own time, its feelings and its mind plainly")
struct PersonaRoundFourTests {
  @Test(
    "asked how it spends a time of its own week, it says so plainly and is no less sure",
    arguments: ["what do you do on a tuesday evening then?", "how do u spend your weekends?"])
  func ownTime(question: String) throws {
    let answer = try personaReplies(
      typing: [question], holdingFirstBeliefOf: allotmentPack)[0]
    #expect(
      answer.text
        == "Nothing special: work, cooking, seeing friends, the usual. I keep up with allotments "
        + "in the news, but it doesn't fill my week.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("asked of its own time again, it answers in other words")
  func ownTimeAgain() throws {
    let answers = try personaReplies(
      typing: [
        "what do you get up to on sunday mornings?", "and how do you spend your evenings?",
      ],
      holdingFirstBeliefOf: allotmentPack)
    #expect(answers[0].text.hasPrefix("Nothing special: work, cooking"))
    #expect(
      answers[1].text
        == "The usual things, like I said; I read about allotments, but it's not how I spend "
        + "my time.")
  }

  @Test(
    "asked what it feels, it says a feeling and why, never what it means plainly",
    arguments: [
      "what comes up for you when you picture it?", "ok and how does that make you feel?",
    ]
  )
  func feeling(question: String) throws {
    let answer = try personaReplies(typing: [question], holdingFirstBeliefOf: allotmentPack)[0]
    #expect(
      answer.text
        == "I feel strongly about it, honestly, because tomatoes picked that morning taste far "
        + "better than shop ones.")
  }

  @Test("asked what would change its mind with no line of its pack on it, it names its reason")
  func changeOfMind() throws {
    let answer = try personaReplies(
      typing: ["what would change your mind?"], holdingFirstBeliefOf: allotmentPack)[0]
    #expect(
      answer.text
        == "I'd think again if people with no stake in it showed me figures or real cases against "
        + "what I go on most: that tomatoes picked that morning taste far better than shop ones.")
  }

  @Test("a line told after a colon runs on in lowercase, but “I” keeps its capital")
  func afterColon() throws {
    let answers = try personaReplies(
      typing: ["so how did you come to believe this?", "can you tell me about a time you saw it?"],
      holdingFirstBeliefOf: allotmentPack)
    #expect(
      answers[0].text.hasSuffix(": tomatoes picked that morning taste far better than shop ones."),
      "\(answers[0].text)")
    #expect(answers[1].text == "From my own life: I have kept an allotment for eleven years.")
  }
}
