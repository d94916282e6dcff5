import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about community gardens, a reason of it "about" kids.
private let gardenPack = TopicPack(
  id: "gardens", title: "Gardens", version: 1, keywords: ["garden", "gardens"],
  beliefs: [
    PackBelief(
      text: "Community gardens have done more good than harm for the estate.", side: .for,
      reasons: [
        "Neighbours who never spoke now share tools and seeds.",
        "It's about kids on the estate learning where their food comes from.",
      ],
      replies: [
        "I'd change my mind if the plots stood empty for three summers running."
      ]),
    PackBelief(
      text: "The land would serve the estate better as parking.", side: .against,
      reasons: ["Residents circle for twenty minutes to find a space."]),
  ],
  questions: [])

@Suite("The drill persona hears words, not typos: slips and idioms name nothing it is asked")
struct PersonaHearsWordsTests {
  @Test("two letters swapped in a word name no thing it knows little of")
  func swappedLettersNameNothing() throws {
    var script = drill(holdingFirstBeliefOf: gardenPack)
    let reply = try personaReply(in: script.type("why gardens tho like whats so speical about em"))
    #expect(!reply.text.contains("speical"), "\(reply.text)")
    #expect(reply.confidenceAfter == reply.confidenceBefore)
  }

  @Test("'in your eyes' asks its view, never about eyes")
  func eyesIdiomNamesNothing() throws {
    var script = drill(holdingFirstBeliefOf: gardenPack)
    let reply = try personaReply(in: script.type("what has it given people, in your eyes?"))
    #expect(!reply.text.lowercased().contains("eyes"), "\(reply.text)")
  }

  @Test("a term asked about ends before the question word after it")
  func termEndsAtQuestionWord() throws {
    var script = drill(holdingFirstBeliefOf: gardenPack)
    let reply = try personaReply(
      in: script.type("when you say the estate what do you mean by that"))
    #expect(!reply.text.contains("estate what"), "\(reply.text)")
  }

  @Test("a word of its own belief pushed back at it is never 'your word'")
  func ownWordIsNotYours() throws {
    var script = drill(holdingFirstBeliefOf: gardenPack)
    let reply = try personaReply(
      in: script.type("surely it's about the views more than the kids, isn't it?"))
    #expect(!reply.text.contains("your word"), "\(reply.text)")
  }

  @Test(
    "a question after a lead is coached as the question it is",
    arguments: [
      "ok last one. what would you need to see to think it was more about the veg than the people",
      "right so how would you know if you were wrong about it",
    ])
  func leadThenQuestion(line: String) throws {
    var script = drill(holdingFirstBeliefOf: gardenPack)
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(critique.form == "open")
    #expect(critique.kind == .inversion)
    #expect(!answer.text.contains("telling me"), "\(answer.text)")
  }
}
