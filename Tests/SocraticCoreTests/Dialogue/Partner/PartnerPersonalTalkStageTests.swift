import Testing

@testable import SocraticCore

/// A talk of their own life is no belief argued: `/stage` says the stages of a belief wait,
/// and the goodbye thanks them for telling it, never for talking a view through.
@Suite("Partner in a talk of their own life")
struct PartnerPersonalTalkStageTests {
  /// A talk of their own news, three lines in.
  private func talk() -> DialogueScript<PartnerDialogue> {
    var script = partnerScript()
    script.type("got made redundant on friday. 22 years at that place")
    script.type("/me 22 years, that's a big chunk of your life. how are you doing?")
    script.type("the lads did me a cake lol. i start looking properly next week i suppose")
    return script
  }

  @Test("/stage says the stages of a belief don't apply")
  func stageReport() {
    var script = talk()
    let notices = script.type("/stage").outputs.compactMap { output -> String? in
      if case .notice(let text, _) = output { return text }
      return nil
    }
    #expect(notices.contains { $0.contains("not arguing a view") })
  }

  @Test("the goodbye thanks them for telling it")
  func goodbye() {
    var script = talk()
    let lines = script.type("right im off, dinners on. speak later").suggestions.map(\.text)
    #expect(!lines.isEmpty)
    #expect(
      !lines.contains { $0.contains("talking this through") || $0.contains("how you see it") })
  }
}

/// A death told in passing, with a name, is heard before the rest of the turn.
@Suite("Partner hears a loss said in passing")
struct PartnerHearsALossInPassingTests {
  @Test(
    "someone named who died, said in passing, is met with sympathy; a thing passed is not",
    arguments: [
      (
        "its not about the van really. since dave passed i just want to do something while i can",
        true
      ),
      ("honestly since our bethan died nothing feels urgent at work", true),
      ("rents went mad since it passed, everyone says so", false),
    ])
  func lossInPassing(line: String, isALoss: Bool) {
    var script = partnerScript()
    script.type("im buying a campervan and doing the north coast 500 this summer")
    let said = script.type(line).suggestedReflection ?? ""
    #expect(said.hasPrefix("I'm so sorry") == isALoss)
  }
}
