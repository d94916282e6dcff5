import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about allotments, with reasons about food and company.
private let plotPack = TopicPack(
  id: "plots", title: "Allotments", version: 1, keywords: ["allotment", "garden", "plot"],
  beliefs: [
    PackBelief(
      text: "Allotments make towns healthier.", side: .for,
      reasons: [
        "Growing your own vegetables means eating more of them.",
        "Plot holders talk to neighbours they would never otherwise meet.",
      ],
      replies: ["Waiting lists show how much people want them."]),
    PackBelief(
      text: "Allotments waste land that could hold homes.", side: .against,
      reasons: ["A row of plots could house dozens of families."]),
  ],
  questions: [])

@Suite("The drill persona hears the learner: their stories, chat and encouragers")
struct PersonaHearsTheLearnerTests {
  @Test("a story of someone close told before the question gets a word before the answer")
  func storyBeforeQuestion() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(
      in: script.type(
        "my dad got conned by a fake builder last spring, what makes you think allotments help")
    )
    #expect(reply.text.hasPrefix("That sounds hard for your dad. "), "\(reply.text)")
    #expect(!reply.text.contains("builder"), "\(reply.text)")
  }

  @Test("a story told with no question gets a word and a little more, no push back")
  func storyWithoutQuestion() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(
      in: script.type("my nan lost her plot to a car park and she never mentions it now"))
    #expect(reply.text.hasPrefix("That sounds hard for your nan."), "\(reply.text)")
    #expect(!reply.text.contains("not asking"), "\(reply.text)")
    #expect(reply.confidenceAfter == reply.confidenceBefore)
  }

  @Test(
    "good news of someone close is thanked for, never called hard",
    arguments: [
      "my sister passed her driving test last week, what makes you so sure about allotments",
      "my dad has done the sums on it and agrees with you, what makes it worth it",
    ])
  func goodNewsIsNoHardship(line: String) throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(in: script.type(line))
    #expect(reply.text.hasPrefix("Thanks for telling me about your "), "\(reply.text)")
  }

  @Test("a neighbour's trouble is taken in as told, not met as someone close's")
  func neighbourIsNotClose() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(
      in: script.type("our neighbour lost his savings to a scam, what makes you so sure?"))
    #expect(reply.text.hasPrefix("Thanks for telling me about your neighbour. "), "\(reply.text)")
  }

  @Test("asked how it knows what someone thinks, the persona never speaks as them")
  func knowingIsNoViewer() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(in: script.type("how do you know the council thinks that?"))
    #expect(!reply.text.hasPrefix("The council would"), "\(reply.text)")
  }

  @Test("a question about the biggest problem is no question of what weighs most")
  func biggestProblemIsNoWeighing() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(
      in: script.type("what's the biggest issue with allotments, in your view?"))
    #expect(!reply.text.contains("weighs most"), "\(reply.text)")
  }

  @Test("someone close named inside a question is no story")
  func kinInsideQuestion() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(in: script.type("what would my gran say about allotments?"))
    #expect(!reply.text.contains("your gran"), "\(reply.text)")
  }

  @Test("chat words are never the term asked about")
  func chatIsNoTerm() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(
      in: script.type("brb in a sec but quick one, what makes u so sure about allotments"))
    #expect(!reply.text.lowercased().contains("brb"), "\(reply.text)")
    #expect(!reply.text.hasPrefix("U "), "\(reply.text)")
    #expect(!reply.text.contains("know much about"), "\(reply.text)")
  }

  @Test("a minimal encourager gets a little more on its last point, confidence unchanged")
  func encourager() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    script.type("why do you think allotments make towns healthier?")
    for nudge in ["mm", "go on"] {
      let reply = try personaReply(in: script.type(nudge))
      #expect(reply.text.hasPrefix("Well, "), "\(reply.text)")
      #expect(!reply.text.contains("your view"), "\(reply.text)")
      #expect(reply.confidenceAfter == reply.confidenceBefore)
    }
  }

  @Test("an honest preamble before a real question gets the question answered")
  func honestPreamble() throws {
    var script = drill(holdingFirstBeliefOf: plotPack)
    let reply = try personaReply(
      in: script.type(
        "I'll be honest, I know nothing about gardening, what got you thinking that?"))
    #expect(!reply.text.contains("words in my mouth"), "\(reply.text)")
    // It says where the view came from: one of its reasons, its confidence where it was.
    #expect(
      ["vegetables", "neighbours"].contains { reply.text.contains($0) }, "\(reply.text)")
    #expect(reply.confidenceAfter == reply.confidenceBefore)
  }
}
