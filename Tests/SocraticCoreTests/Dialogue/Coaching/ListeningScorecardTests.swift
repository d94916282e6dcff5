import Foundation
import Testing

@testable import SocraticCore

/// A line the person said, as the critic judged it: its form, and a reflection's depth.
private struct Said {
  var text: String
  var form: QuestionForm
  var kind: QuestionKind? = .evidence
  var depth: ReflectionDepth? = nil
  var suggestion: String? = nil
}

/// A drill (or partner) session in which the person said these lines, each after the other
/// side's `reply`.
private func session(
  _ lines: [Said], mode: SessionMode = .drill, id: String = "20261201-0900-aaaa",
  start: Double = 0, reply: (Int) -> String = { _ in "Exchanges keep collapsing." }
) -> SessionSummary {
  var events: [SessionEvent] = [
    SessionEvent(
      .persona(
        .init(belief: "Crypto is mostly used for scams.", confidence: 80, reasons: ["Fees."])),
      at: Date(timeIntervalSince1970: start))
  ]
  for (index, line) in lines.enumerated() {
    let number = index + 1
    let critique = SessionEvent.Critique(
      form: line.form.rawValue, kind: line.form.isQuestion ? line.kind : nil, depth: line.depth,
      problems: line.suggestion == nil ? [] : ["a problem"], suggestion: line.suggestion)
    events.append(
      SessionEvent(
        .asked(.init(number: number, text: line.text, critique: critique)),
        at: Date(timeIntervalSince1970: start + Double(number))))
    events.append(
      SessionEvent(
        .personaReply(.init(question: number, text: reply(number))),
        at: Date(timeIntervalSince1970: start + Double(number) + 0.5)))
  }
  return SessionSummary(
    SessionTranscript(
      header: SessionHeader(
        id: id, mode: mode, started: Date(timeIntervalSince1970: start), topic: nil),
      events: mode == .drill ? events : Array(events.dropFirst())))
}

@Suite("The listening scorecard")
struct ListeningScorecardTests {
  @Test(
    "the share of open questions is rounded to the nearest whole percent",
    arguments: [
      (0, 0, nil), (1, 2, 50), (2, 3, 67), (1, 3, 33), (4, 6, 67), (1, 8, 13), (5, 5, 100),
    ] as [(Int, Int, Int?)])
  func openShare(open: Int, asked: Int, percentage: Int?) {
    let lines = (0..<asked).map { index in
      Said(text: "Question \(index + 1)?", form: index < open ? .open : .closed)
    }
    let card = ListeningScorecard(session(lines))
    #expect(card.openCount == open)
    #expect(card.openPercentage == percentage)
  }

  @Test("reflections are counted apart from questions, against the coding standard's targets")
  func figures() {
    let card = ListeningScorecard(
      session([
        Said(text: "What makes you say so?", form: .open),
        Said(text: "So exchanges fail.", form: .reflection, depth: .simple),
        Said(text: "It sounds like losing money scares you.", form: .reflection, depth: .complex),
        Said(
          text: "Isn't that just hype?", form: .leading, kind: .assumptions,
          suggestion: "How do you see the hype?"),
        Said(text: "You should buy bonds instead.", form: .statement),
      ]))
    #expect(
      card.lines(lastWordsOf: "the persona's last answer") == [
        "Open questions: 1 of 2 (50%; target 70% or more)",
        "Reflections: 2 for 2 questions — 1 per question (fair: 1 or more per question; good: 2 or more)",
        "Complex reflections: 1 of 2 (50%; target 40% or more)",
        "Built on the persona's last answer: 2 of 4 lines said right after it (50%)",
        "Kinds covered: assumptions, reasons and evidence (2 of 7); "
          + "not asked yet: what would change their mind, clarification, viewpoints, implications, about the question",
        "Leading questions: 1",
      ])
    #expect(
      card.leading == [
        .init(
          session: "20261201-0900-aaaa", number: 4, text: "Isn't that just hype?",
          suggestion: "How do you see the hype?")
      ])
  }

  @Test("with reflections and no question, each line says so in words, never \"0 of 0\"")
  func reflectionsOnly() {
    let card = ListeningScorecard(
      session(
        [
          Said(text: "That sounds like a lot to carry.", form: .reflection, depth: .complex),
          Said(text: "So the garden was his.", form: .reflection, depth: .simple),
        ], mode: .partner))
    let lines = card.lines(lastWordsOf: "what they said last")
    #expect(
      lines.first == "Open questions: none asked (target: 70% or more of your questions open)")
    #expect(
      lines.dropFirst().first
        == "Reflections: 2, and no question asked (fair: 1 or more per question; good: 2 or more)")
  }

  @Test("the reflection line gives the rate per question beside the count, read against bands")
  func reflectionRate() {
    let card = ListeningScorecard(
      session([
        Said(text: "Why do you trust the old banks more?", form: .open),
        Said(text: "So the fees feel like a trap.", form: .reflection, depth: .complex),
        Said(text: "Who told you about the fees?", form: .open),
        Said(text: "Did you ever lose money?", form: .closed),
      ]))
    #expect(
      card.lines(lastWordsOf: "the persona's last answer").contains(
        "Reflections: 1 for 3 questions \u{2014} 0.33 per question "
          + "(fair: 1 or more per question; good: 2 or more)"))
  }

  @Test("with no reflection said, the missing reflections are shown; no complex share of none")
  func noReflections() {
    let card = ListeningScorecard(session([Said(text: "What evidence do you have?", form: .open)]))
    #expect(
      card.lines(lastWordsOf: "what they said last") == [
        "Open questions: 1 of 1 (100%; target 70% or more)",
        "Reflections: 0 for 1 question \u{2014} 0 per question (fair: 1 or more per question; "
          + "good: 2 or more)",
        "Kinds covered: reasons and evidence (1 of 7); not asked yet: "
          + "what would change their mind, clarification, assumptions, viewpoints, implications, about the question",
        "Leading questions: 0",
      ])
  }

  @Test(
    "a question builds on the last answer when it takes up its words or points back at it",
    arguments: [
      ("How do you know that?", true),
      ("Which exchanges collapsed?", true),
      ("What did you mean when you said it?", true),
      ("Where have you seen that happen?", true),
      ("What evidence do you have that crypto is used for scams?", false),
      ("What would change your mind?", false),
      ("Why do you think that crypto is mostly scams?", false),
    ])
  func followUp(question: String, buildsOn: Bool) {
    #expect(
      FollowUp.buildsOn(
        question, previous: "Exchanges keep collapsing and taking people's money.",
        belief: "Crypto is mostly used for scams.") == buildsOn)
  }

  @Test("the first question has no last answer to build on; the next ones are counted")
  func followUpCount() {
    let card = ListeningScorecard(
      session([
        Said(text: "What evidence do you have?", form: .open),
        Said(text: "Which exchanges collapsed?", form: .open),
        Said(text: "What would change your mind?", form: .open),
      ]))
    #expect(card.followUpChances == 2)
    #expect(card.followUpCount == 1)
    #expect(card.followUpPercentage == 50)
  }

  @Test("across sessions: partner and drill lines add up, explore sessions add nothing")
  func acrossSessions() {
    let drill = session([Said(text: "Isn't it a scam?", form: .leading, suggestion: "How?")])
    let partner = session(
      [Said(text: "So it worries you.", form: .reflection, depth: .complex)], mode: .partner,
      id: "20261202-0900-bbbb", start: 100)
    let explore = SessionSummary(SampleTranscripts.explore)
    let card = ListeningScorecard([drill, partner, explore])
    #expect(card.lineCount == 2)
    #expect(card.questionCount == 1)
    #expect(card.reflectionCount == 1)
    #expect(card.leading.map(\.session) == ["20261201-0900-aaaa"])
  }
}

@Suite("The listening scorecard says what to try next for a figure below its target")
struct ListeningScorecardNextStepTests {
  @Test("questions only, mostly closed: the open share and the missing reflections are called out")
  func belowTargets() {
    let card = ListeningScorecard(
      session([
        Said(text: "Do you hold any?", form: .closed),
        Said(text: "Is that from the news?", form: .closed),
        Said(text: "What got you thinking this?", form: .open),
      ]))
    let figures = card.figures(lastWordsOf: "the persona's last answer")
    #expect(
      figures[0].meaning
        == ListeningScorecard.Meaning.open + " " + ListeningScorecard.NextStep.open)
    #expect(
      figures[1].line
        == "Reflections: 0 for 3 questions \u{2014} 0 per question (fair: 1 or more per question; "
        + "good: 2 or more)")
    #expect(
      figures[1].meaning
        == ListeningScorecard.Meaning.reflections + " " + ListeningScorecard.NextStep.reflections)
  }

  @Test("figures on target get their meaning alone, with no step to try")
  func onTarget() {
    let card = ListeningScorecard(
      session([
        Said(text: "You've been burned before.", form: .reflection, depth: .complex),
        Said(text: "What got you thinking this?", form: .open),
      ]))
    let meanings = card.figures(lastWordsOf: "the persona's last answer").map(\.meaning)
    #expect(
      meanings.prefix(3) == [
        ListeningScorecard.Meaning.open, ListeningScorecard.Meaning.reflections,
        ListeningScorecard.Meaning.complex,
      ])
  }
}
