import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief on each side, the other side's naming a town.
private let treesPack = TopicPack(
  id: "trees", title: "Street trees", version: 1, keywords: ["tree", "trees", "street", "streets"],
  beliefs: [
    PackBelief(
      text: "Towns should plant far more trees along their streets.", side: .for,
      reasons: [
        "Shade from trees keeps pavements cooler in a heatwave.",
        "Leafy streets make people linger and spend in local shops.",
      ],
      replies: [
        "I'd change my mind if the cost of looking after them meant cutting other services "
          + "people rely on."
      ]),
    PackBelief(
      text: "Planting street trees wastes money towns do not have.", side: .against,
      reasons: [
        "Leeds planted thousands and half of them died in the first dry summer.",
        "Roots lift paving slabs and the repairs cost a fortune.",
      ]),
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

@Suite("The drill persona says back only what it can say cleanly, and keeps to its own word")
struct PersonaKeepsItsWordTests {
  @Test("a name after a chat 'Like' that opens a sentence is said back without it")
  func likeIsNoPartOfAName() throws {
    var script = drill(holdingFirstBeliefOf: treesPack)
    let reply = try personaReply(
      in: script.type("Which towns do you have in mind, though? Like Bristol in the nineties?"))
    #expect(!reply.text.contains("Like Bristol"), "\(reply.text)")
    #expect(reply.text.contains("Bristol"), "\(reply.text)")
  }

  @Test("asked how sure out of 10, it answers out of 10, with no 'those are my reasons'")
  func howSureOnTheAskersScale() throws {
    var script = drill(holdingFirstBeliefOf: treesPack)
    script.type("what makes you say that")
    let reply = try personaReply(in: script.type("ok so how sure are you out of 10 it would work"))
    let tenths = (reply.confidenceBefore * 10 + 50) / 100
    #expect(reply.text.hasPrefix("About \(tenths) out of 10."), "\(reply.text)")
    #expect(!reply.text.contains("Those are my reasons"), "\(reply.text)")
  }

  @Test("what someone would have to do to win its trust asks what would change its mind")
  func trustAsksWhatWouldChangeIt() throws {
    var script = drill(holdingFirstBeliefOf: treesPack)
    let (answer, critique) = try replyAndCritique(
      in: script.type("what would a council have to do for you to trust them with it"))
    #expect(critique.kind == .inversion)
    #expect(answer.text.hasPrefix("I'd change my mind if"), "\(answer.text)")
  }

  @Test("a thing it raised as the other side's point is never one it knows little of")
  func ownsWhatItRaised() throws {
    var script = drill(holdingFirstBeliefOf: treesPack)
    script.type("how would a shopkeeper see your view")
    let first = try personaReply(
      in: script.type("hang on thats you arguing my side lol. do you think Leeds was a one off"))
    #expect(first.text.hasPrefix("Fair, I did bring that up, but as what the other side says"))
    #expect(!first.text.contains("know much about"), "\(first.text)")
    // Told so again, it owns it in other words.
    let second = try personaReply(
      in: script.type("you brought Leeds up not me mate. anyway what else makes you sure"))
    #expect(second.text.hasPrefix("To be clear, that's the other side's point"), "\(second.text)")
  }

  @Test("'less' before a word it defines is the word's opposite, never the word itself")
  func lessIsNeverTheWord() {
    #expect(
      PersonaVoice.meaning(of: "less stable").text
        == "By \u{201C}less stable\u{201D} I mean likely to collapse suddenly, so people can't "
        + "plan ahead.")
  }

  @Test("an article that opened the sentence is said in lowercase, with the noun it is of")
  func articleAndCompound() {
    let question = PersonaQuestion(
      "A council department? or some volunteers?", form: .closed, kind: .clarification,
      belief: treesPack.beliefs[0].text, beliefWords: [], lastReply: nil)
    #expect(question.phrase(naming: ["council"]) == "a council department")
  }

  @Test("a phrase with an abbreviation typed short is never said back half read")
  func abbreviationWrittenOut() throws {
    var script = drill(holdingFirstBeliefOf: treesPack)
    script.type("what makes you say that")
    let reply = try personaReply(
      in: script.type(
        "you already said that. like i said, who looks after them. a council dept? some volunteers?"
      ))
    #expect(!reply.text.contains("dept"), "\(reply.text)")
    #expect(!reply.text.contains("about A council"), "\(reply.text)")
  }

  @Test("what a 'what's' asks is no quality pushed on it")
  func whatIsAsksNoQuality() {
    let question = PersonaQuestion(
      "nobody votes for the people who run supermarkets either?? whats different",
      form: .leading, kind: .viewpoints, belief: treesPack.beliefs[0].text, beliefWords: [],
      lastReply: nil)
    #expect(question.pushedQuality == nil)
  }

  @Test("the question after a story that runs on past its first mark is its asking sentence")
  func storyRunsOn() throws {
    let story = try #require(
      ToldStory(
        "my sister cried at the fireworks, she went on about them for weeks. what do people "
          + "take from a display"))
    #expect(story.question?.hasPrefix("what do people take") == true, "\(story.question ?? "")")
  }
}
