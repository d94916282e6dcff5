import Testing

@testable import SocraticCore

/// A belief of these tests' own that denies: the corner shop cannot keep up.
private let denyingPack = TopicPack(
  id: "cornershop", title: "corner shops", version: 1, keywords: ["shop", "corner"],
  beliefs: [
    PackBelief(
      text: "The corner shop can't compete with the retail park.",
      reasons: [
        "The retail park sells milk for half what the corner shop charges.",
        "Families drive out there on Saturdays for the whole week.",
      ],
      replies: ["I used to buy my paper there every morning."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's reply to one line.
private func reply(to line: String) throws -> PersonaAnswer {
  let packs = [LoadedPack(pack: denyingPack, source: .builtIn(file: "cornershop.yaml"))]
  let setting = CoachingSetting(library: PackLibrary(packs), seed: 3)
  var script = DialogueScript(DrillDialogue.start(setting: setting, topic: "cornershop"))
  return try personaReply(in: script.type(line))
}

@Suite("A reflection that keeps a denial's polarity in words of its own is not turned round")
struct PersonaKeptPolarityTests {
  @Test("a denial given back in other words, with no negation, is welcomed")
  func keptInOtherWords() throws {
    let answer = try reply(to: "so you feel like the way folk shop has left the corner shop behind")
    #expect(!answer.text.contains("putting words in my mouth"), "\(answer.text)")
    #expect(PersonaVoice.agreements.contains { answer.text.hasPrefix($0) }, "\(answer.text)")
  }

  @Test("saying what it denies turns it round")
  func deniedSaid() throws {
    let answer = try reply(to: "so you reckon the corner shop can compete with the retail park?")
    #expect(answer.text.hasPrefix("You're putting words in my mouth."), "\(answer.text)")
  }
}
