import Testing

@testable import SocraticCore

/// A belief of these tests' own that calls for an act, with a reply that asks a question back.
private let libraryPack = TopicPack(
  id: "libraries", title: "public libraries", version: 1,
  keywords: ["library", "libraries", "books", "council"],
  beliefs: [
    PackBelief(
      text: "Councils should keep every branch library open.",
      reasons: [
        "A library is the only warm room in town where nobody asks you to buy anything.",
        "Children without books at home learn to read there.",
      ],
      replies: [
        "If the library closes, where would the children go after school?",
        "A council that keeps its libraries open would spend more on them, not less.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// A drill holding the library belief.
private func libraryDrill() -> DialogueScript<DrillDialogue> {
  let setting = CoachingSetting(
    library: PackLibrary([LoadedPack(pack: libraryPack, source: .builtIn(file: "libraries.yaml"))]),
    seed: 5)
  return DialogueScript(DrillDialogue.start(setting: setting, topic: libraryPack.id))
}

@Suite("The drill persona answers the hard questions that test how it holds its belief")
struct PersonaHardQuestionsTests {
  @Test(
    "a price put on the belief is said back and weighed: a hypothetical, not a gap it admits",
    arguments: [
      (
        "would you still back it if it meant your council tax went up?",
        "If it meant my council tax went up? "
      ),
      (
        "would you still feel that way if you had to pay for it yourself",
        "If I had to pay for it myself? "
      ),
    ])
  func priceIsWeighed(question: String, opening: String) throws {
    var drill = libraryDrill()
    _ = drill.type("why do you think that?")
    let reply = try personaReply(in: drill.type(question))
    #expect(reply.text.hasPrefix(opening), "\(reply.text)")
    #expect(!reply.text.contains("Short answer"), "\(reply.text)")
    #expect(reply.text.contains(PersonaVoice.stillHold), "\(reply.text)")
    #expect(reply.confidenceAfter == reply.confidenceBefore, "\(reply.text)")
  }

  @Test("asked whether it checked what it said, it says whether it did, never its belief again")
  func checkingIsAnswered() throws {
    var drill = libraryDrill()
    _ = drill.type("why do you think that?")
    let reply = try personaReply(in: drill.type("is that something you've looked into?"))
    #expect(
      reply.text.hasPrefix("Not properly, no.") || reply.text.hasPrefix("Some of it."),
      "\(reply.text)")
    #expect(!reply.text.contains("I still think"), "\(reply.text)")
  }

  @Test("someone pictured first and asked about by a pronoun is answered for them")
  func picturedViewer() throws {
    var drill = libraryDrill()
    let reply = try personaReply(
      in: drill.type(
        "picture like a pensioner in london who lives alone, what do you think she'd want?"))
    #expect(
      reply.text.hasPrefix(
        "I can't speak for a pensioner in London who lives alone; I can only guess. Some would say"),
      "\(reply.text)")
  }

  @Test("what those who disagree say is never said twice in two people's names")
  func viewsAreNotRepeated() throws {
    var drill = libraryDrill()
    let first = try personaReply(
      in: drill.type("how would a councillor who has to cut the budget see this?"))
    let second = try personaReply(
      in: drill.type("how would a parent whose kids never go there see it?"))
    let view = { (text: String) in text.components(separatedBy: "Some would say").last ?? text }
    #expect(view(first.text) != view(second.text), "\(first.text) / \(second.text)")
  }

  @Test("asked how it would work, no line that asks a question is given as a step")
  func noQuestionAsAStep() throws {
    var drill = libraryDrill()
    let reply = try personaReply(in: drill.type("how would that work, step by step?"))
    #expect(!reply.text.contains("?"), "\(reply.text)")
  }

  @Test(
    "words that only point at something ('you mentioned', 'which ones') are never things it knows little of"
  )
  func pointingWordsAreNoThings() throws {
    var drill = libraryDrill()
    _ = drill.type("why do you think that?")
    let reply = try personaReply(
      in: drill.type("you mentioned which branch would close next, which ones do you have in mind?")
    )
    #expect(!reply.text.lowercased().contains("mentioned"), "\(reply.text)")
    #expect(!reply.text.contains("about ones"), "\(reply.text)")
  }

  @Test(
    "asked what kind of thing it pictures, it gives a case or says it has none, never a definition")
  func kindAskedIsACase() throws {
    var drill = libraryDrill()
    let reply = try personaReply(
      in: drill.type("when you say every branch, what kind of branches are you picturing?"))
    #expect(!reply.text.contains("everyday sense"), "\(reply.text)")
    #expect(!reply.text.hasPrefix("By \u{201C}"), "\(reply.text)")
  }
}
