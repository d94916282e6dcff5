import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about hedgerows, with reasons about nesting and food,
/// and a belief on the other side for what those who disagree say.
private let hedgePack = TopicPack(
  id: "hedges", title: "Hedgerows", version: 1, keywords: ["hedge", "hedgerow", "farm"],
  beliefs: [
    PackBelief(
      text: "Hedgerows protect farmland birds.", side: .for,
      reasons: [
        "Finches nest in hedges where hawks cannot reach them.",
        "Berries in the hedge feed thrushes through the winter.",
      ],
      replies: ["Fields without hedges fall silent within a few years."]),
    PackBelief(
      text: "Hedgerows waste land that could grow food.", side: .against,
      reasons: [
        "A wide hedge takes a strip of every field out of use.",
        "Trimming hedges costs farmers money every year.",
      ]),
  ],
  questions: [])

@Suite("The drill persona answers what the asker asks, in its own words")
struct PersonaAnswersTheAskerTests {
  @Test("asked how someone sees it, in the present, it says it can only guess for them")
  func presentViewer() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(
      in: script.type("how do you reckon a dairy farmer near the coast sees it"))
    #expect(
      reply.text.hasPrefix(
        "I can't speak for a dairy farmer near the coast; I can only guess. Some would say"),
      "\(reply.text)")
  }

  @Test("the asker's filler is left out of the one it names")
  func viewerWithoutFiller() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(
      in: script.type("how would someone who works on like a big arable estate see it"))
    #expect(reply.text.contains("works on a big arable estate"), "\(reply.text)")
    #expect(!reply.text.contains("like a"), "\(reply.text)")
  }

  @Test("a verb of its belief asked in its '-ing' form is defined in that form")
  func gerundDefinition() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(in: script.type("what do you mean by protecting?"))
    #expect(reply.text.contains("I mean keeping safe from harm"), "\(reply.text)")
  }

  @Test("two senses offered after chat ('tho, like …') are two, never 'all of those'")
  func twoSensesAfterChat() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(
      in: script.type(
        "what do u mean by 'protect' tho, like protect them from hawks or give them food"))
    #expect(!reply.text.contains("All of those"), "\(reply.text)")
    #expect(reply.text.hasPrefix("Both") || reply.text.hasPrefix("More the"), "\(reply.text)")
  }

  @Test("a reflection with something of the asker's own beside it is no view put on it")
  func reflectionWithDisclosure() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(
      in: script.type(
        "so it's mostly about somewhere safe to raise chicks. i get that, my grandad kept pigeons"))
    #expect(!reply.text.contains("grandad"), "\(reply.text)")
    #expect(!reply.text.hasPrefix("Not quite"), "\(reply.text)")
  }

  @Test("a question pressed again because it went unanswered is answered, with no new push")
  func pressedQuestion() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let first = try personaReply(
      in: script.type("how do you reckon a dairy farmer near the coast sees it"))
    let pressed = try personaReply(in: script.type("thats not what i asked, how does HE see it"))
    #expect(pressed.text.hasPrefix("Fair point, I didn't answer that. "), "\(pressed.text)")
    #expect(pressed.text.contains("farmer"), "\(pressed.text)")
    #expect(pressed.confidenceAfter == first.confidenceAfter)
  }

  @Test("the asker's dialect for 'something' is never said back as what it followed")
  func originWithoutDialect() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(
      in: script.type(
        "what made you think hedgerows protect birds in the first place. was it summat you read or")
    )
    #expect(!reply.text.contains("summat"), "\(reply.text)")
    // It answers where the view came from, in words of its own about hedges and birds.
    #expect(
      ["finches", "hedge", "thrushes", "birds"].contains { reply.text.lowercased().contains($0) },
      "\(reply.text)")
  }

  @Test("asked how it looks from where it stands, it gives its view and a reason")
  func ownView() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(in: script.type("and how does it all look from where you stand"))
    #expect(
      reply.text.hasPrefix("From where I stand, hedgerows protect farmland birds, because"),
      "\(reply.text)")
  }

  @Test("'everyone' offered as a sense of its word is no probe of how far its claim goes")
  func everyoneAsASense() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(
      in: script.type("i was just wondering. what do you mean by protect, the nests or everyone"))
    #expect(!reply.text.contains("Not every last one"), "\(reply.text)")
    #expect(reply.text.contains("I mean keep safe from harm"), "\(reply.text)")
  }

  @Test("the word asked again with 'who' is no third sense beside the two offered")
  func termWithWhoIsNoSense() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    let reply = try personaReply(
      in: script.type("what do you mean by protect? protect who, the finches or the thrushes"))
    #expect(!reply.text.hasPrefix("All of those"), "\(reply.text)")
  }

  @Test("asked whether a reason it gave is the main one, it says which weighs most")
  func mainThing() throws {
    var script = drill(holdingFirstBeliefOf: hedgePack)
    script.type(reasonsFirst)
    let reply = try personaReply(
      in: script.type("ok so the berries, is that the main thing for you?"))
    #expect(
      reply.text
        == "It's one of them, but not the main one. The one that weighs most with me: finches "
        + "nest in hedges where hawks cannot reach them.")
  }
}
