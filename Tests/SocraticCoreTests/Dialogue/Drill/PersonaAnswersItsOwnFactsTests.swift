import Testing

@testable import SocraticCore

/// A belief about libraries whose lines say nothing of the persona's work or family.
private let libraryPack = TopicPack(
  id: "libraries", title: "Libraries", version: 1,
  keywords: ["library", "libraries", "books"],
  beliefs: [
    PackBelief(
      text: "Public libraries are still worth funding.",
      reasons: [
        "They are the last free indoor place where anyone can sit for hours.",
        "Children who borrow books read more than those who don't.",
      ],
      replies: ["Not everyone can afford to buy books or broadband."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

@Suite("The persona answers a plain question about its own life plainly, the same all drill")
struct PersonaAnswersItsOwnFactsTests {
  @Test(
    "a fact of its life gets the fact, never a brush-off, a gap or its belief; it is not shaken",
    arguments: [
      ("what did you do for a living before you retired?", PersonaLife.facts[0].answer),
      ("where did you work before this?", PersonaLife.facts[0].answer),
      ("what do you do for work?", PersonaLife.facts[1].answer),
      ("how many grandchildren have you got?", PersonaLife.facts[2].answer),
      ("how many children do you have?", PersonaLife.facts[3].answer),
      ("how old are you, if you don't mind me asking?", PersonaLife.facts[6].answer),
    ])
  func factAnswered(question: String, fact: String) throws {
    let replies = try personaReplies(
      typing: ["why do you believe it?", question], holdingFirstBeliefOf: libraryPack)
    #expect(replies[1].text == fact)
    #expect(replies[1].confidenceAfter == replies[1].confidenceBefore)
  }

  @Test("a yes or no about a fact gets yes and the fact; asked again, the same fact as said")
  func factKept() throws {
    let replies = try personaReplies(
      typing: ["have you got any kids?", "how many kids have you got then?"],
      holdingFirstBeliefOf: libraryPack)
    #expect(replies[0].text == "Yes \u{2014} two, both grown up and moved out now.")
    #expect(replies[1].text == "As I said, two, both grown up and moved out now.")
  }
}
