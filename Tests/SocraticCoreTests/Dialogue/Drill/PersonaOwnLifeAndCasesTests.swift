import Testing

@testable import SocraticCore

/// A belief of these tests' own with no line of the persona's own life.
private let kettlePack = TopicPack(
  id: "kettles", title: "kettles", version: 1, keywords: ["kettle", "electricity", "tea"],
  beliefs: [
    PackBelief(
      text: "Boiling only the water you need saves real money.",
      reasons: [
        "A full kettle takes twice as long to boil as a single cup.",
        "Small savings add up over a year of tea.",
      ],
      replies: ["Energy companies would rather you never noticed."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// A belief of these tests' own with one line of the persona's own life.
private let cyclingPack = TopicPack(
  id: "cycling", title: "cycling to work", version: 1, keywords: ["cycling", "bike", "commute"],
  beliefs: [
    PackBelief(
      text: "Cycling to work saves money.",
      reasons: [
        "A bike costs less to run in a year than a car does in a month.",
        "Nobody pays for parking at the bike rack.",
      ],
      replies: [
        "I cycle to the office most days and it costs me nothing.",
        "Train fares rise every January.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's replies and the coach's verdicts to some lines, in order.
private func exchanges(_ pack: TopicPack, _ lines: [String]) throws
  -> [(answer: PersonaAnswer, critique: SessionEvent.Critique)]
{
  var script = drill(holdingFirstBeliefOf: pack)
  return try lines.map { try replyAndCritique(in: script.type($0)) }
}

@Suite("The drill persona knows its own life, and weighs a case told to it")
struct PersonaOwnLifeAndCasesTests {
  @Test(
    "a question about what it pays or has itself is answered from its own life, unshaken",
    arguments: [
      "how much do u spend on tea yourself?", "whats your own electricity bill like?",
    ])
  func ownLifeAnswered(line: String) throws {
    let answer = try #require(try exchanges(kettlePack, [line]).first).answer
    let admission = "Day to day, not much, honestly: I follow kettles more than I live it."
    #expect(answer.text.hasPrefix(admission), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("a yes or no about its life after chat is answered about its life")
  func ownYesNoAfterChat() throws {
    let answer = try #require(
      try exchanges(kettlePack, ["ok so do you have a fancy kettle yourself?"]).first
    ).answer
    #expect(answer.text.hasPrefix("No, I don't."), "\(answer.text)")
  }

  @Test(
    "a case of the asker's own, told after a point granted and turned from, is weighed as one case",
    arguments: [
      "fair enough, but my sister boils a full one every time and her bill is tiny",
      "true. my uncle only ever boils one mug and his bill is huge",
    ])
  func toldCaseWeighed(line: String) throws {
    let (answer, critique) = try #require(try exchanges(kettlePack, [line]).first)
    let person = line.contains("sister") ? "sister" : "uncle"
    #expect(
      answer.text
        == "Thanks for telling me about your \(person). That's one case, and I'll keep it in "
        + "mind. What I go on is this: a full kettle takes twice as long to boil as a single cup.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
    #expect(critique.problems == [DrillDialogue.toldCaseNote])
    #expect(critique.suggestion == DrillDialogue.toldCaseQuestion)
  }

  @Test(
    "a hardship told is met with sympathy, never weighed as a case against the belief",
    arguments: [
      ("yeah true. my gran got into debt over her heating last winter", "gran"),
      ("my dad lost his job in march and the bills scare him", "dad"),
    ])
  func toldHardshipConsoled(line: String, person: String) throws {
    let (answer, critique) = try #require(try exchanges(kettlePack, [line]).first)
    #expect(answer.text == "That sounds hard for your \(person). I'm sorry to hear it.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
    #expect(critique.problems == [DrillDialogue.toldCaseNote])
  }

  @Test(
    "a point half granted about someone they know is no story told: no case to weigh",
    arguments: ["maybe my dad was right all along", "perhaps my sister had a point about it"])
  func halfGrantNoStory(line: String) throws {
    let (answer, critique) = try #require(try exchanges(kettlePack, [line]).first)
    #expect(
      answer.text.hasSuffix("A full kettle takes twice as long to boil as a single cup."),
      "\(answer.text)")
    #expect(!answer.text.contains("one case"))
    #expect(critique.problems != [DrillDialogue.toldCaseNote])
  }

  @Test("how much it makes of something asks its view, not what it earns")
  func makesOfAsksView() throws {
    let answer = try #require(
      try exchanges(kettlePack, ["how much do you make of the smart meter figures?"]).first
    ).answer
    #expect(
      answer.text.hasPrefix(
        "The smart meter? Honestly, that's not something I know much about."),
      "\(answer.text)")
  }

  @Test("a line of its life it said no to is never one it told: no “as I told you”")
  func deniedLifeNotTold() throws {
    let answers = try exchanges(
      cyclingPack, ["do you drive to the office?", "what's it like for you personally?"])
    #expect(answers[0].answer.text.hasPrefix("No, I don't."), "\(answers[0].answer.text)")
    #expect(
      answers[1].answer.text.hasPrefix("Day to day, not much, honestly:"),
      "\(answers[1].answer.text)")
  }

  @Test("a greeting to all is greeted back", arguments: ["hello all", "hey everyone"])
  func greetingToAll(line: String) throws {
    var script = drill(holdingFirstBeliefOf: kettlePack)
    let answer = try personaReply(in: script.type(line))
    #expect(answer.text == DrillDialogue.greetedBack)
  }
}
