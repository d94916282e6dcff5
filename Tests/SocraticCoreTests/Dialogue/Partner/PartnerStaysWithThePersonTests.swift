import Testing

@testable import SocraticCore

/// What a belief question asks, never to be asked of grief or of someone opening up: how they
/// know, what they mean by a word, how common it is, an example or a case against it.
private let probes = [
  "How do you know", "what exactly do you mean", "When you say", "How common", "example",
  "typical", "How sure are you", "opposite",
]

/// The lines that answer something they did not do: a joke set aside, an apology for a hurt.
private let misplaced = ["Joking aside", "Sorry, you're right", "I didn't mean"]

/// One turn of a talk with someone grieving, and what the person coaching must see after it.
struct TenderTurn: Sendable, CustomTestStringConvertible {
  /// What they said, as typed.
  var line: String
  /// Words no suggestion may hold.
  var never: [String] = probes + misplaced
  var testDescription: String { line }
}

private let grief: [TenderTurn] = [
  TenderTurn(
    line: "i reckon sunday dinner shud still be at grandads, like when my nan was alive tbh"),
  TenderTurn(line: "30 odd years she fed all of us in that tiny kitchen. every single week"),
  TenderTurn(line: "im fine honestly. i just really miss her"),
  TenderTurn(line: "dont mind me, do whatever u want"),
  TenderTurn(line: "she always burnt the yorkshires lol"),
]

@Suite("Partner stays with someone who grieves or opens up")
struct PartnerStaysWithThePersonTests {
  @Test("a talk about a nan who died: three suggestions each turn, none weighing it as a claim")
  func grievingTalk() {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    for turn in grief {
      let texts = script.type(turn.line).suggestions.map(\.text)
      #expect(texts.count == 3, "after \u{201C}\(turn.line)\u{201D}: \(texts)")
      for word in turn.never {
        #expect(
          !texts.contains { $0.localizedStandardContains(word) },
          "\u{201C}\(word)\u{201D} after \u{201C}\(turn.line)\u{201D}: \(texts)")
      }
    }
  }

  @Test(
    "thanks or gladness said with a laugh or a smile is met warmly, never set aside as a joke",
    arguments: [
      "thanks for not laughing at me lol",
      "aw that has honestly made my week",
    ])
  func warmth(_ line: String) {
    var script = builtInPartnerScript(["working from home is better for everyone"])
    let step = script.type(line)
    let said = step.suggestedReflection ?? ""
    #expect(PartnerLines.calmLines(for: .warm).contains(said), "\(step.suggestions.map(\.text))")
  }

  @Test("what they expect the listener to say is never given back as their own view")
  func wordsPutInTheListenersMouth() {
    var script = builtInPartnerScript(["the village was better before the new estate"])
    let step = script.type("and ur gonna tell me to get over it but i just cant")
    let texts = step.suggestions.map(\.text)
    #expect(!texts.contains { $0.contains("tell you") || $0.contains("get over it") }, "\(texts)")
  }
}
