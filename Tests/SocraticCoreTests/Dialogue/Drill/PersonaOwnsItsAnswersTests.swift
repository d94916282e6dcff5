import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about public libraries, with what would change its mind.
private let libraryPack = TopicPack(
  id: "libraries", title: "Libraries", version: 1, keywords: ["library", "libraries"],
  beliefs: [
    PackBelief(
      text: "Public libraries are worth every penny towns spend on them.", side: .for,
      reasons: [
        "A library gives everyone free books and a warm place to read.",
        "Kids from cramped homes need a quiet room to do their homework.",
      ],
      replies: [
        "Our branch runs homework clubs every weekday evening.",
        "I'd change my mind if visitor numbers kept falling for ten years while the running "
          + "costs kept climbing.",
      ]),
    PackBelief(
      text: "Libraries waste money councils badly need elsewhere.", side: .against,
      reasons: ["Most people read on their phones these days."]),
  ],
  questions: [])

/// A pack whose only belief on the other side shares one word with the first, in a reason.
private let parkPack = TopicPack(
  id: "parks", title: "Parks", version: 1, keywords: [],
  beliefs: [
    PackBelief(
      text: "Town parks are worth every penny.", side: .for,
      reasons: [
        "Children need somewhere green to run about.",
        "Old people meet their neighbours on the benches.",
      ]),
    PackBelief(
      text: "Councils should hand green spaces to volunteers.", side: .against,
      reasons: ["Every penny saved on mowing can go to care homes."]),
  ],
  questions: [])

@Suite("The drill persona owns its answers: the asker's words stay theirs, and faults are owned")
struct PersonaOwnsItsAnswersTests {
  @Test(
    "chat after a word asked about is no part of the word said back",
    arguments: ["what do you mean by quiet tho?", "what do you mean by quiet then"])
  func chatAfterTerm(line: String) throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let reply = try personaReply(in: script.type(line))
    #expect(reply.text.contains("\u{201C}quiet\u{201D}"), "\(reply.text)")
  }

  @Test("a typed 'shud' is never told as what it followed for years")
  func typedShouldNamesNothing() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let reply = try personaReply(in: script.type("what got you thinking towns shud pay for them"))
    #expect(!reply.text.contains("shud"), "\(reply.text)")
  }

  @Test("a word it has no example of is owned as such, never given a line on something else")
  func noUnrelatedExample() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("what makes you sure")
    let reply = try personaReply(in: script.type("what do you mean by warm then"))
    #expect(reply.text.hasPrefix("I haven't pinned \u{201C}warm\u{201D} down"), "\(reply.text)")
    #expect(!reply.text.contains("homework"), "\(reply.text)")
  }

  @Test("someone of the asker's is theirs in the persona's answer")
  func askersSisterStaysTheirs() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let reply = try personaReply(in: script.type("how would somebody like my sister see it"))
    #expect(reply.text.hasPrefix("I can't speak for somebody like your sister;"), "\(reply.text)")
  }

  @Test("how someone named would see it is coached as a viewpoints question")
  func viewerIsViewpoints() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let (_, critique) = try replyAndCritique(
      in: script.type("how do you think a retired bus driver would see it"))
    #expect(critique.kind == .viewpoints)
  }

  @Test("a thing it named as the other side's point is theirs, never a thing it knows little of")
  func othersPointIsKnown() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("how would a bus driver see it")
    let reply = try personaReply(
      in: script.type(
        "it sounds like you reckon phones are different somehow, what makes them different for you"
      ))
    #expect(!reply.text.contains("not something I know much about"), "\(reply.text)")
    #expect(reply.confidenceAfter == reply.confidenceBefore)
  }

  @Test("whether a case would change anything for it asks what would change its mind")
  func changeOwtIsChangeOfMind() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let (answer, critique) = try replyAndCritique(
      in: script.type("what if the visitor numbers went up, would that change owt for you?"))
    #expect(critique.kind == .inversion)
    #expect(answer.text.hasPrefix("I'd change my mind if"), "\(answer.text)")
  }

  @Test("the worst it has seen asks for a case it saw, coached as evidence, never why it cares")
  func worstSeenIsACase() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("what makes you sure")
    let (answer, critique) = try replyAndCritique(
      in: script.type("so whats the worst thing youve actually seen a library do to a kid"))
    #expect(critique.kind == .evidence)
    #expect(!answer.text.hasPrefix("It matters to me"), "\(answer.text)")
  }

  @Test(
    "a line said again, complained of, is owned with something new, coached as no reflection",
    arguments: [
      "you already said that tho", "like you said before, free books. you already said that tho",
    ])
  func repeatComplaint(line: String) throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("what makes you sure")
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(critique.form == "statement")
    #expect(answer.text.hasPrefix("Fair, I'd said that already."), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "puzzlement at its answer gets its point put plainly",
    arguments: ["?", "wait what lol", "that didnt really answer it"])
  func puzzledComplaint(line: String) throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("how would a bus driver see it")
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(critique.form == "statement")
    #expect(
      answer.text
        == "Sorry, that wasn't clear. Put simply, I think public libraries are worth every penny "
        + "towns spend on them, mainly because a library gives everyone free books and a warm "
        + "place to read.")
  }

  @Test("a second fault found is owned in other words, with its next reason")
  func secondComplaint() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("how would a bus driver see it")
    let first = try personaReply(in: script.type("?"))
    let second = try personaReply(in: script.type("huh"))
    #expect(
      PersonaVoice.sentenceKeys(of: first.text).isDisjoint(
        with: PersonaVoice.sentenceKeys(of: second.text)), "\(first.text) / \(second.text)")
    #expect(second.text.contains("quiet room"), "\(second.text)")
  }

  @Test("a line with no words before any answer asks for a question, in the drill's words")
  func noWordsFirst() {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let step = script.type("?")
    #expect(step.outputs == [.notice(DrillDialogue.askSomething, tone: .problem)])
  }

  @Test("shown what it said would change its mind, it keeps its word and is less sure")
  func ownConditionMet() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("what would change your mind")
    let reply = try personaReply(
      in: script.type(
        "so if visitor numbers kept falling for ten years and costs kept climbing, would you "
          + "actually change your mind?"))
    #expect(reply.text == PersonaVoice.ownConditionMet)
    #expect(reply.confidenceAfter == reply.confidenceBefore - DrillDialogue.confidenceStep)
  }

  @Test("another belief that shares one word in a reason is no other side of this one")
  func oneSharedWordIsNoCounter() throws {
    var script = drill(holdingFirstBeliefOf: parkPack)
    let reply = try personaReply(in: script.type("how would a dog walker see it"))
    #expect(!reply.text.contains("mowing"), "\(reply.text)")
  }
}
