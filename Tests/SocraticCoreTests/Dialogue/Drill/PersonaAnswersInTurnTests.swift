import Testing

@testable import SocraticCore

/// A belief of these tests' own, about garden sheds: no side, so no one else's reasons.
private let sheds = TopicPack(
  id: "sheds", title: "Garden sheds", version: 1,
  keywords: ["shed", "garden", "workshop"],
  beliefs: [
    PackBelief(
      text: "A decent shed is the best thing you can add to a garden.",
      reasons: [
        "It keeps the mower and the bikes out of the hallway.",
        "A shed with a bench turns into a workshop for rainy weekends.",
      ],
      replies: [
        "The council lets you put one up without planning permission if it stays small.",
        "A cheap one rots inside five winters.",
      ])
  ], questions: [])

@Suite("The drill persona answers each question in its turn, and moves only as coached")
struct PersonaAnswersInTurnTests {
  @Test(
    "someone of its own life is named back, and spoken of as the word for them gives",
    arguments: [
      ("would your uncle see it that way?", "My uncle?", "he"),
      ("what would your nan say about all that", "My nan?", "she"),
      ("what would your mum's friend say about all that", "My mum's friend?", "they"),
    ])
  func kinNamedBack(line: String, opening: String, pronoun: String) throws {
    let reply = try #require(try personaReplies(typing: [line], holdingFirstBeliefOf: sheds).first)
      .text
    // With no reason of the other side's in its pack, it does not know their view: it never
    // puts a doubt of its own reason in their mouth.
    #expect(reply == opening + " " + PersonaVoice.notAsked(pronoun), "\(reply)")
  }

  @Test("a second question about its own life gets an answer of its own, whole")
  func ownLifeAskedTwice() throws {
    let replies = try personaReplies(
      typing: [
        "and what about you, do you own a shed yourself?",
        "ok and what about you, do you do much diy?",
        "what's it been like for you?",
        "how does it affect you day to day?",
      ], holdingFirstBeliefOf: sheds
    ).map(\.text)
    #expect(replies[0].hasPrefix("No, I don't. What I go on is this: "), "\(replies)")
    #expect(replies[1].hasPrefix("No, I don't. What I go on is this: "), "\(replies)")
    #expect(
      replies[2].hasPrefix(
        "Day to day, not much, honestly: I follow garden sheds more than I live it."),
      "\(replies)")
    #expect(
      replies[3].hasPrefix(
        "As I said, I follow garden sheds more than I live it, and what keeps me on it is that "),
      "\(replies)")
  }

}
