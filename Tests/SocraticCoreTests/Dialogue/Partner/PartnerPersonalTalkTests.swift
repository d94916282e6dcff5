import Testing

@testable import SocraticCore

/// What weighs a belief, never offered when there is none on the table: how they know, an
/// example, how common it is, the other side, how sure, where the belief came from.
private let beliefProbes = [
  "How do you know", "example", "How common", "disagree", "half as sure", "first come to think",
  "wrong", "typical", "opposite", "that view",
]

/// The stage notices of a belief's arc: a reason, a new belief, moving on.
private let beliefNotices = [
  "They gave a reason", "They brought up a new belief", "The conversation moves on",
  "They said how sure", "what would change their mind",
]

/// The notices a step shows.
private func notices(in step: DialogueStep) -> [String] {
  step.outputs.compactMap { output in
    if case .notice(let text, _) = output { return text }
    return nil
  }
}

/// A talk with a mum who has just lost her driving, as a son types it: news, losses, a laugh
/// at herself, a plan agreed, a goodbye.
private let newsTalk = [
  "so thats it, gave the car keys back to the lease firm this morning. 40 years behind a wheel and now i cant even get to the shops",
  "its the sunday drives, its popping to the tip, its getting up the allotment. all finished. ill be sat indoors watching the rain",
  "sat in the car park ten minutes after. soft really. its only a set of keys lol",
  "alright alright. ill phone jean about the community minibus tomorrow",
]

@Suite("Partner listens to news of their own life, and keeps belief moves for beliefs")
struct PartnerPersonalTalkTests {
  @Test("news, losses, a laugh and a plan: no stage of a belief's arc, no question that weighs one")
  func newsIsListenedTo() {
    var script = builtInPartnerScript([])
    for line in newsTalk {
      let step = script.type(line)
      let texts = step.suggestions.map(\.text)
      for probe in beliefProbes {
        #expect(
          !texts.contains { $0.localizedStandardContains(probe) },
          "\u{201C}\(probe)\u{201D} after \u{201C}\(line)\u{201D}: \(texts)")
      }
      let shown = notices(in: step)
      #expect(
        !shown.contains { notice in beliefNotices.contains { notice.contains($0) } },
        "after \u{201C}\(line)\u{201D}: \(shown)")
      #expect(script.dialogue.state.stage == .claim)
    }
  }

  @Test(
    "a moment of theirs laughed off is heard under the laugh, never set aside as a joke",
    arguments: [
      "stood at the gate for ages after. daft really lol"
    ])
  func laughedOff(line: String) {
    var script = builtInPartnerScript([newsTalk[0]])
    let step = script.type(line)
    let said = step.suggestedReflection ?? ""
    #expect(
      said.contains("meant a lot") || said.contains("mattered"), "\(step.suggestions.map(\.text))")
  }

  @Test("coming round to the listener is never thanked as ground given in a debate")
  func comingRoundIsNoDebate() {
    var script = builtInPartnerScript([newsTalk[0]])
    let step = script.type("ok fine you win. ill ring the surgery on monday")
    let texts = step.suggestions.map(\.text)
    #expect(!texts.contains { $0.contains("give ground") }, "\(texts)")
    #expect(!texts.isEmpty)
  }

  @Test("the close of a talk about their news never gives the news back as a view of theirs")
  func closeKeepsNewsAsNews() {
    var script = builtInPartnerScript(Array(newsTalk.prefix(2)))
    let step = script.type("right im off to bed. night love")
    let texts = step.suggestions.map(\.text)
    #expect(!texts.contains { $0.contains("why you think") }, "\(texts)")
    #expect(texts.count >= 2, "\(texts)")
  }

  @Test("a kiss after they have said goodbye is no cue to ask them for more")
  func signedOff() {
    var script = builtInPartnerScript(
      Array(newsTalk.prefix(2)) + ["right im off to bed. night love"])
    let step = script.type("x")
    let texts = step.suggestions.map(\.text)
    #expect(!texts.contains { $0.contains("Take your time") || $0.contains("what you think") })
    #expect(!texts.isEmpty)
  }
}
