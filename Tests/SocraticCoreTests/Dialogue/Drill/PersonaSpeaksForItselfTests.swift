import Testing

@testable import SocraticCore

/// A pack as a learner writes one: a belief and a single reason, no replies.
private let gamesPack = TopicPack(
  id: "games", title: "Games", version: 1, keywords: [],
  beliefs: [
    PackBelief(
      text: "Board games beat video games for a family evening.", side: .for,
      reasons: ["Everyone sits round the same table and talks."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's reply to the last of some lines, holding the games belief.
private func gamesReply(after lines: [String]) throws -> PersonaAnswer {
  let library = PackLibrary([
    LoadedPack(pack: gamesPack, source: .builtIn(file: "games.yaml"))
  ])
  var script = DialogueScript(
    DrillDialogue.start(setting: CoachingSetting(library: library, seed: 1), topic: "games"))
  var step = DialogueStep()
  for line in lines { step = script.type(line) }
  return try personaReply(in: step)
}

/// Asked its own view, feeling or experience, the persona answers from its belief and its
/// reason, unshaken; never that it knows little of a word of the question.
struct PersonaSpeaksForItselfTests {
  @Test(
    "asked its own view or experience, it gives its view and its reason",
    arguments: [
      "what do you honestly think about that?",
      "whats the hardest part for you?",
      "what would you tell someone whose brother plays online all night?",
    ])
  func ownView(question: String) throws {
    let answer = try gamesReply(after: [question])
    #expect(
      answer.text
        == "From where I stand, board games beat video games for a family evening, because "
        + "everyone sits round the same table and talks.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("asked its view a third time with its one reason given, it still says its view")
  func ownViewWithReasonsUsed() throws {
    let answer = try gamesReply(after: [
      "how do you personally feel about it?", "whats the hardest part for you?",
      "what would you say to a dad whose son only plays online?",
    ])
    #expect(
      answer.text == "From where I stand, board games beat video games for a family evening.")
  }

  @Test("what the asker's 'who' does is no thing it knows little of")
  func verbOfWho() throws {
    let answer = try gamesReply(after: ["who do you think buys the dice then?"])
    #expect(answer.text.hasPrefix("The dice? "))
  }

  @Test("a case of the asker's own put to it is answered as a case")
  func caseOfTheAskers() throws {
    let answer = try gamesReply(after: [
      "my cousins kids only play on tablets and they're fine, how does that fit?"
    ])
    #expect(
      answer.text
        == "That did give me pause, I'll admit. But one case doesn't undo it for me: everyone "
        + "sits round the same table and talks.")
  }
}
