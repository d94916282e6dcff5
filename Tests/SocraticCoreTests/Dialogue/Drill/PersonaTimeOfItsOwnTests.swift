import Testing

@testable import SocraticCore

/// A belief of these tests' own whose replies include a time from the persona's own life.
private let cycling = TopicPack(
  id: "cycling", title: "Cycling", version: 1, keywords: ["cycling", "bike"],
  beliefs: [
    PackBelief(
      text: "Cycling beats driving for getting around town.",
      reasons: [
        "A bike gets through the rush hour faster than a car.",
        "A bike costs next to nothing to run.",
      ],
      replies: [
        "I have cycled to work myself for six years, and it just works.",
        "Most trips across town are shorter than five miles.",
      ])
  ], questions: [])

/// The persona's reply to a line typed after some others.
private func reply(to line: String, after lines: [String]) throws -> PersonaAnswer {
  let setting = CoachingSetting(
    library: PackLibrary([LoadedPack(pack: cycling, source: .builtIn(file: "cycling.yaml"))]),
    seed: 3)
  var script = DialogueScript(DrillDialogue.start(setting: setting, topic: "cycling"))
  for earlier in lines { script.type(earlier) }
  return try personaReply(in: script.type(line))
}

@Suite("The drill persona says what it meant by a word of its own")
struct PersonaTimeOfItsOwnTests {
  @Test(
    "asked what a word from a time of its own meant, it says what that time bore out, not the same line again",
    arguments: [
      "when you say it just works, what does that mean?",
      "what do you mean by works exactly",
    ])
  func timeOfItsOwn(question: String) throws {
    let before = [
      "how did you come to think this?", "so for you its mostly about the time it saves",
    ]
    let told = try reply(to: before[1], after: [before[0]])
    try #require(told.text.contains("cycled to work myself"), "\(told.text)")
    let answer = try reply(to: question, after: before)
    #expect(answer.text.contains("bore out"), "\(answer.text)")
    #expect(answer.text.contains("rush hour"), "\(answer.text)")
    #expect(!answer.text.contains("cycled to work myself"), "\(answer.text)")
  }
}
