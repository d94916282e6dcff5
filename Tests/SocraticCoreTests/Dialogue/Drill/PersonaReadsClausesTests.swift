import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about cycle lanes, with a reply that says what would
/// change its mind, and a belief on the other side.
private let lanesPack = TopicPack(
  id: "lanes", title: "Cycle lanes", version: 1, keywords: ["lanes", "cycling", "bikes"],
  beliefs: [
    PackBelief(
      text: "New cycle lanes only slow the traffic down.", side: .for,
      reasons: [
        "Hardly anyone rides them when it rains.",
        "Delivery vans end up parked in them all day.",
      ],
      replies: ["I'd change my mind if the new lanes filled with riders through a wet winter."]),
    PackBelief(
      text: "Cycle lanes make streets safer for everyone.", side: .against,
      reasons: ["Children can ride to school without dodging buses."]),
  ],
  questions: [])

@Suite("The drill reads the clauses of a line as they are put")
struct PersonaReadsClausesTests {
  @Test(
    "a question word taken in by the words before it is no question: the line keeps its form",
    arguments: [
      "So really it comes down to what is safe for riders like her.",
      "That's exactly what would happen on my road.",
      "It depends on what is cheaper.",
    ])
  func freeRelativeAsksNothing(line: String) throws {
    var script = drill(holdingFirstBeliefOf: lanesPack)
    script.type("why do you think that?")
    let (_, critique) = try replyAndCritique(in: script.type(line))
    #expect(["reflection", "statement"].contains(critique.form), "\(critique)")
  }

  @Test("a question word after what it asks about still asks, with or without its mark")
  func questionAfterItsMatterStillAsks() throws {
    var script = drill(holdingFirstBeliefOf: lanesPack)
    let (_, critique) = try replyAndCritique(
      in: script.type("if the vans park there anyway what does that say about the lanes"))
    #expect(critique.form == "open", "\(critique)")
  }

  @Test(
    "its own condition put with a negated modal and no comma is its condition, not the opposite")
  func conditionWithNegatedModal() throws {
    var script = drill(holdingFirstBeliefOf: lanesPack)
    script.type("what would change your mind?")
    let reply = try personaReply(
      in: script.type(
        "what if the new lanes filled with riders all winter wouldn't you think again?"))
    #expect(reply.text == PersonaVoice.ownConditionMet, "\(reply.text)")
  }

  @Test("the case a line supposes ends at the first of a mark and a modal, negated or not")
  func caseEndsAtItsModal() {
    let supposed = { (line: String) in
      PersonaVoice.supposedCase(in: Tokenizer.tokenize(line))?.map(\.lowercased) ?? []
    }
    #expect(supposed("If the lanes emptied won't you rethink it?") == ["the", "lanes", "emptied"])
    #expect(
      supposed("if the lanes emptied you'll think again, right?") == [
        "the", "lanes", "emptied", "you",
      ])
    #expect(supposed("if the lanes emptied, would you?") == ["the", "lanes", "emptied"])
  }

  @Test("a kind of person named by the persona's own 'me' or 'I' is no one it knows")
  func kindLikeItselfIsNotKnown() throws {
    var script = drill(holdingFirstBeliefOf: lanesPack)
    let like = try personaReply(in: script.type("picture someone like you, what would they say?"))
    #expect(
      like.text
        == "I can't speak for someone like me; I can only guess. Some would say it's not that "
        + "simple: children can ride to school without dodging buses.", "\(like.text)")
    let stranger = try personaReply(
      in: script.type("think of someone you've never met, what would they say?"))
    #expect(
      stranger.text == "I can't speak for someone I've never met. " + PersonaVoice.guessingAtAView,
      "\(stranger.text)")
  }

  @Test("someone of its own it answers for; a kind of person it does not")
  func ownPeopleOnly() {
    #expect(PersonaVoice.isKnownToIt("someone close to me"))
    #expect(PersonaVoice.isKnownToIt("a friend of mine"))
    #expect(PersonaVoice.isKnownToIt("someone I know who rides"))
    #expect(!PersonaVoice.isKnownToIt("someone like me"))
    #expect(!PersonaVoice.isKnownToIt("someone I've never met"))
  }

  @Test("a sentence that is only a complaint is owned before the question after it")
  func complaintAloneThenQuestion() throws {
    var script = drill(holdingFirstBeliefOf: lanesPack)
    script.type("why do you think that?")
    let step = script.type("sorry what?? how is it slower if the buses get there sooner")
    let (answer, critique) = try replyAndCritique(in: step)
    #expect(critique.form == "open", "\(critique)")
    #expect(answer.text.hasPrefix(DrillDialogue.missedOpening), "\(answer.text)")
  }
}
