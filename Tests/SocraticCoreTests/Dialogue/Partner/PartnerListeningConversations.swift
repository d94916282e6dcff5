import Testing

@testable import SocraticCore

private let calm = PartnerLines.self

/// One thing the other person says, and the three things offered after it, in order.
struct ListeningTurn: Sendable {
  var line: String
  var offered: [PartnerSuggestion]
  var stage: ConversationStage
}

/// A family or friend talk, with what must be offered after each kind of turn.
struct ListeningTalk: Sendable, CustomTestStringConvertible {
  var name: String
  var turns: [ListeningTurn]
  var testDescription: String { name }
}

private func say(_ text: String) -> PartnerSuggestion { .reflection(text) }
private func ask(_ kind: QuestionKind, _ text: String) -> PartnerSuggestion {
  .question(Question(kind: kind, text: text))
}

private let flat = "you should move back in with mum to save for a flat"
private let band = "your brother's band is never going to make it"
private let street = "the new neighbours are ruining the street"

private let talks: [ListeningTalk] = [
  ListeningTalk(
    name: "a sister on moving home: her view asked, a share, a hurt, a manner, the kettle",
    turns: [
      ListeningTurn(
        line: "honestly I think I should move back in with mum to save for a flat",
        offered: [
          say("So you think \(flat)."),
          ask(.clarification, "What is an example that shows what you mean?"),
          ask(.meta, "How did you first come to think about this?"),
        ], stage: .claim),
      // Asked where the listener stands: an honest, short answer handed back, and no other
      // question that would dodge her.
      ListeningTurn(
        line: "what's your honest take?", offered: [say(calm.givingYourView[0])],
        stage: .confidence),
      // A share of people in percent is no rating of how sure she is.
      ListeningTurn(
        line: "like 60% of my mates have already done it",
        offered: [
          say("So 60% of your mates have already done it."),
          ask(.evidence, "How common do you think that is?"),
        ], stage: .reasons),
      // Hurt by the listener: an apology, then what was missed; no question about the feeling.
      ListeningTurn(
        line: "you always make me feel like a kid when we talk money",
        offered: [
          say(calm.repairs(for: .hurt)[0]),
          ask(.viewpoints, "What am I missing about how you see it?"),
          ask(.clarification, "Which part of it am I not getting?"),
        ], stage: .reasons),
      // The manner owned, and no why-question after it.
      ListeningTurn(
        line: "don't psychoanalyse me",
        offered: [
          say(calm.repairs(for: .manner)[0])
        ], stage: .reasons),
      // "anyway" and a question about something at hand changes the subject: a warm close.
      ListeningTurn(
        line: "anyway, is the kettle on?",
        offered: [say(calm.calmLines(for: .leaving)[0]), say(calm.understood(flat))],
        stage: .close),
    ]),
  ListeningTalk(
    name: "a friend on his brother's band: a tease with the reason, brushed off with a beer",
    turns: [
      ListeningTurn(
        line: "my brother's band is never going to make it",
        offered: [
          say("So you think \(band)."),
          ask(
            .clarification,
            "When you say \u{201C}your brother's band\u{201D}, what exactly do you have in mind?"),
          ask(.meta, "How did you first come to think about this?"),
        ], stage: .claim),
      // The star sign is a tease: what he does is the point, and no question checks the tease.
      ListeningTurn(
        line: "he's such a gemini, he quits everything after a month",
        offered: [
          say("So he quits everything after a month.")
        ], stage: .reasons),
      ListeningTurn(
        line: "meh whatever. want another beer?",
        offered: [say(calm.calmLines(for: .leaving)[0]), say(calm.understood(band))],
        stage: .close),
    ]),
  ListeningTalk(
    name: "a dad on the neighbours: the gravy, still talking after it, then stung",
    turns: [
      ListeningTurn(
        line: "the new neighbours are ruining the street",
        offered: [
          say("So you think \(street)."),
          ask(
            .clarification,
            "When you say \u{201C}the new neighbours\u{201D}, what exactly do you have in mind?"),
          ask(.meta, "How did you first come to think about this?"),
        ], stage: .claim),
      ListeningTurn(
        line: "because they park their vans on the pavement",
        offered: [
          say("So they park their vans on the pavement."),
          ask(.evidence, "What makes you confident that they park their vans on the pavement?"),
        ], stage: .reasons),
      ListeningTurn(
        line: "pass the gravy",
        offered: [say(calm.calmLines(for: .leaving)[0]), say(calm.understood(street))],
        stage: .close),
      // Still explaining after the close: no goodbye; the talk is back at his reasons.
      ListeningTurn(
        line: "the thing is nobody on the street talks to each other anymore",
        offered: [
          say("So nobody on the street talks to each other anymore."),
          ask(.clarification, "What is an example that shows what you mean?"),
        ], stage: .reasons),
      ListeningTurn(
        line: "that was a bit harsh, you know",
        offered: [
          say(calm.repairs(for: .hurt)[0]),
          ask(.viewpoints, "What am I missing about how you see it?"),
          ask(.evidence, "What have you seen or heard that I haven't?"),
        ], stage: .reasons),
    ]),
]

@Suite("Partner listens: what is offered answers the turn it follows")
struct PartnerListeningConversationTests {
  @Test("after each kind of turn, the three things offered and the stage", arguments: talks)
  func talk(_ talk: ListeningTalk) {
    var script = builtInPartnerScript([])
    for turn in talk.turns {
      let step = script.type(turn.line)
      #expect(offeredItems(in: step) == turn.offered, "after \u{201C}\(turn.line)\u{201D}")
      #expect(script.dialogue.state.stage == turn.stage, "after \u{201C}\(turn.line)\u{201D}")
      // No stock frame that fits any talk ("Where do you think that leads?").
      for case .question(let question) in offeredItems(in: step) {
        #expect(!SuggestionPlanner.isStock(question.text), "\(question.text)")
      }
    }
  }
}
