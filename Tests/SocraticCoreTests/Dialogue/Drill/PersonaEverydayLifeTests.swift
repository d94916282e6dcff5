import Testing

@testable import SocraticCore

/// A pack of these tests' own: a street's bins, with one line on the persona's own shed.
private let binsPack = TopicPack(
  id: "bins", title: "Bins", version: 1, keywords: ["bin", "bins"],
  beliefs: [
    PackBelief(
      text: "Weekly bin collections should come back.", side: .for,
      reasons: [
        "Foxes rip the bags open when they sit out for a fortnight.",
        "We keep the overflow bags in our shed and it stinks by Friday.",
      ],
      replies: ["The council spent the savings on consultants anyway."])
  ],
  questions: [])

@Suite("The drill persona knows its own everyday life")
struct PersonaEverydayLifeTests {
  @Test(
    "asked about a plain thing of its life, it answers plainly and is not shaken",
    arguments: [
      ("what's in your garden then?", "My garden? Nothing special, honestly: much like anyone's."),
      ("whats your street like", "My street? Nothing special, honestly: much like anyone's."),
      ("who else lives with you?", "Nothing special, honestly: much like anyone's."),
      ("where do u live?", "Nowhere special, honestly: an ordinary street in an ordinary town."),
      ("whats in ur fridge", "My fridge? Nothing special, honestly: much like anyone's."),
      (
        "what do you have for dinner on a weeknight?",
        "Dinner? Nothing special, honestly: much like anyone's."
      ),
      ("how is your dog?", "My dog? Nothing special, honestly: much like anyone's."),
      (
        "what's in your shed?",
        "My shed? We keep the overflow bags in our shed and it stinks by Friday."
      ),
    ])
  func plainThing(line: String, says: String) throws {
    var script = drill(holdingFirstBeliefOf: binsPack)
    let answer = try personaReply(in: script.type(line))
    #expect(answer.text == says)
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
  }

  @Test("asked what its week looks like, it tells its week, and is not shaken")
  func week() throws {
    var script = drill(holdingFirstBeliefOf: binsPack)
    let answer = try personaReply(in: script.type("what does your week look like?"))
    #expect(answer.text.hasPrefix("Nothing special: work, cooking, seeing friends, the usual."))
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "a question that only names a thing of its life, asking of the belief, is no such question",
    arguments: [
      "how does it affect your street when the bags sit out?",
      "what would your street look like if collections went monthly?",
    ])
  func notAPlainThing(line: String) throws {
    var script = drill(holdingFirstBeliefOf: binsPack)
    let answer = try personaReply(in: script.type(line))
    #expect(!PersonaVoice.plainLives.contains { answer.text.contains($0) }, "\(answer.text)")
  }

  @Test("a gap it owns costs it once, however often it is asked about it")
  func sameGapOnce() throws {
    let replies = try personaReplies(
      typing: [
        "but who actually pays the crews?", "ok but who actually pays the crews then?",
      ],
      holdingFirstBeliefOf: binsPack)
    #expect(
      replies[0].confidenceAfter == replies[0].confidenceBefore - DrillDialogue.confidenceStep)
    #expect(replies[1].confidenceAfter == replies[1].confidenceBefore, "\(replies[1].text)")
  }

  @Test("another gap costs it again")
  func otherGapAgain() throws {
    let replies = try personaReplies(
      typing: ["what's the situation in denmark?", "but who actually pays the crews?"],
      holdingFirstBeliefOf: binsPack)
    for reply in replies {
      #expect(
        reply.confidenceAfter == reply.confidenceBefore - DrillDialogue.confidenceStep,
        "\(reply.text)")
    }
  }
}
