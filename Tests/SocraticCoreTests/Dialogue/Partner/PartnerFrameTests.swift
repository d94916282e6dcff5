import Testing

@testable import SocraticCore

/// The frame around what they say is no part of it: a name, an opener, a question said back;
/// asking to stay on the topic is no goodbye, a hug after the goodbye no new start, and a
/// number or "I'm alright" no reason.
@Suite("Partner hears what is said, not its frame")
struct PartnerFrameTests {
  private func theySaid(_ script: DialogueScript<PartnerDialogue>) -> [SessionEvent.TheySaid] {
    script.events.compactMap { event in
      if case .theySaid(let value) = event { return value }
      return nil
    }
  }

  private func stages(_ step: DialogueStep) -> [String] {
    step.events.compactMap { event in
      if case .stage(let value) = event { return value.stage }
      return nil
    }
  }

  private func everything(_ step: DialogueStep) -> [String] {
    step.suggestions.map { item in
      switch item {
      case .reflection(let text), .answer(let text): text
      case .question(let question): question.text
      }
    }
  }

  /// An opening line, the belief the recap shows, and a word of the frame never given back.
  struct Opening: Sendable, CustomTestStringConvertible {
    let line: String
    let belief: String
    let frameWord: String
    let testDescription: String
  }

  @Test(
    "the belief is what they hold, without the name, the opener or the question said back",
    arguments: [
      Opening(
        line:
          "why do i think that? sam its simple really. the council wastes our money on consultants",
        belief: "the council wastes our money on consultants", frameWord: "simple",
        testDescription: "a question said back, then a name and 'it's simple'"),
      Opening(
        line: "honestly ravi this parking scheme, the council never thought it through",
        belief: "this parking scheme, the council never thought it through", frameWord: "ravi",
        testDescription: "an opener and a name"),
      Opening(
        line: "ok controversial one coming. electric scooters should be banned from pavements",
        belief: "electric scooters should be banned from pavements", frameWord: "controversial",
        testDescription: "an opener said as its own sentence"),
    ])
  func belief(opening: Opening) {
    var script = partnerScript()
    let step = script.type(opening.line)
    #expect(theySaid(script).first?.statedBelief == opening.belief)
    let shown = everything(step)
    #expect(!shown.isEmpty)
    #expect(!shown.contains { $0.lowercased().contains(opening.frameWord) }, "\(shown)")
  }

  @Test(
    "asking to stay on the topic is no goodbye",
    arguments: [
      "yeah. anyway stop changing the topic, we were discussing the bus lanes",
      "hang on dont change the subject. the bus lanes",
      "we were talking about the bus lanes",
    ])
  func stayingOnTopic(line: String) {
    var script = partnerScript()
    script.type("the new bus lanes have wrecked the traffic in town")
    script.type("my commute takes twice as long now")
    let step = script.type(line)
    #expect(!stages(step).contains("close"))
    #expect(script.dialogue.state.stage != .close)
    let shown = everything(step)
    #expect(!shown.contains { $0.contains("Thank you") || $0.contains("glad we talked") })
    #expect(theySaid(script).last?.reason == nil)
  }

  @Test(
    "after the goodbye, a hug or a word about the listener's own life keeps the goodbye",
    arguments: [
      "aw anytime. come here and give your old aunt a squeeze",
      "lovely. you need a proper holiday you know. give me a hug",
      "take the leftovers home with you. and ring your brother",
    ])
  func afterTheGoodbye(line: String) {
    var script = partnerScript()
    script.type("the new bus lanes have wrecked the traffic in town")
    script.type("my commute takes twice as long now")
    script.type("right enough of that, lets talk about something else")
    #expect(script.dialogue.state.stage == .close)
    let step = script.type(line)
    #expect(stages(step).isEmpty, "\(stages(step))")
    #expect(script.dialogue.state.stage == .close)
    #expect(theySaid(script).last?.reason == nil)
  }

  @Test("how sure they are, 'I'm alright' and 'change my mind?' said back are no reasons")
  func noReasons() {
    var script = partnerScript()
    script.type([
      "the new bus lanes have wrecked the traffic in town",
      "nah im alright. its ok honestly. the shop losing trade is what worries me",
      "id say 70. maybe 65. i know the council has its figures",
      "change my mind? if the buses actually ran on time i suppose",
    ])
    #expect(theySaid(script)[2].reason == nil)
    let items = script.dialogue.state.map.theirDigest().flatMap(\.items)
    #expect(
      !items.contains {
        $0.contains("I'm alright") || $0.contains("im alright") || $0.contains("ok honestly")
      }, "\(items)")
    #expect(!items.contains { $0.contains("say 70") }, "\(items)")
    #expect(!items.contains("\u{201C}change my mind\u{201D}"), "\(items)")
  }

  /// What they said, the listener's line, and the words of the verdict it is coached with.
  struct Reply: Sendable, CustomTestStringConvertible {
    let theySaid: String
    let line: String
    let verdict: String
    let testDescription: String
  }

  @Test(
    "an apology, empathy or an answer to their question is coached as what it is",
    arguments: [
      Reply(
        theySaid: "dont look at me like that, you sound like the council already",
        line: "sorry, im not trying to catch you out. i just want to understand how you see it",
        verdict: "a repair", testDescription: "an apology after a charge"),
      Reply(
        theySaid:
          "sorry. daft really. its been a year since grandad died and i still set his mug out",
        line: "its not daft at all. i miss him too", verdict: "empathy",
        testDescription: "empathy after a loss"),
      Reply(
        theySaid: "whats your take then, you take the bus every day",
        line: "honestly i think the lanes help the buses but the traffic is worse for cars",
        verdict: "an answer to their question", testDescription: "an answer when asked"),
      Reply(
        theySaid: "you cant tell me the council knows better than the people who live here",
        line: "no, i dont think they always know better. but i do see why they tried it",
        verdict: "an answer to their question", testDescription: "an answer to a challenge"),
    ])
  func coached(reply: Reply) {
    var script = partnerScript()
    script.type("the new bus lanes have wrecked the traffic in town")
    script.type(reply.theySaid)
    let step = script.type("/me " + reply.line)
    let asked = step.events.compactMap { event -> SessionEvent.Asked? in
      if case .asked(let value) = event { return value }
      return nil
    }
    // Seen as the review shows it: what the line is, and no rewrite of it as a question.
    let problems = asked.first?.critique.problems ?? []
    #expect(problems.count == 1 && problems[0].hasPrefix(reply.verdict), "\(problems)")
    #expect(!problems.contains { $0.contains("argues your view") })
    #expect(asked.first?.critique.suggestion == nil)
  }
}
