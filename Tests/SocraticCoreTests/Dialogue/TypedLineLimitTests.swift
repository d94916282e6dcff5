import Testing

@testable import SocraticCore

/// One letter under 100,000 combining acute accents: one character, 100,001 Unicode scalars,
/// 200,001 bytes.
private let letterUnder100kMarks = "e" + String(repeating: "\u{301}", count: 100_000)
/// One letter under 30,000 of them: 60,001 bytes, few enough for a line, but 30,001 scalars.
private let letterUnder30kMarks = "e" + String(repeating: "\u{301}", count: 30_000)

private let lineRefused =
  "That line is 200,001 bytes long; the most one line may hold is 65,536 (64 KiB). "
  + "Nothing of it was kept: say it in fewer words."
private let questionRefused =
  "The question is made of 30,001 Unicode code points (letters and the marks on them); the "
  + "most is 4,000. Ask it in plain words."

/// The text of every notice in a step.
private func notices(_ step: DialogueStep) -> [String] {
  step.outputs.compactMap { output in
    if case .notice(let text, _) = output { return text }
    return nil
  }
}

@Suite("Typed lines are bounded by what reading them costs: Unicode scalars, not characters")
struct TypedLineLimitTests {
  @Test("the critic refuses a question of one letter under thousands of marks, counting them")
  func critic() {
    let critic = QuestionCritic()
    #expect(throws: NotAQuestion.tooManyScalars(100_001)) {
      try critic.critique(letterUnder100kMarks)
    }
    #expect(throws: NotAQuestion.tooManyScalars(30_001)) {
      try critic.critique(letterUnder30kMarks)
    }
    #expect(NotAQuestion.tooManyScalars(30_001).description == questionRefused)
    #expect(NotAQuestion.tooManyScalars(30_001).category == .badInput)
  }

  @Test("explore: the line is refused whole, or its answer kept exactly and read in part")
  func explore() {
    var script = ExploreScript()
    script.type(["Crypto is mostly used for scams.", "y", "80"])
    let refused = script.type(letterUnder100kMarks)
    #expect(refused == DialogueStep(outputs: [.notice(lineRefused, tone: .problem)]))
    #expect(script.dialogue.state.phase == .answering(question: 1))
    let kept = script.type(letterUnder30kMarks)
    guard case .answer(let answer) = kept.events.first else {
      Issue.record("the answer was not logged: \(kept.events)")
      return
    }
    #expect(answer.text == letterUnder30kMarks)
    // What is given back is read from the answer's first 4,000 scalars, not its 30,001.
    for case .notice(let text, _) in kept.outputs {
      #expect(text.unicodeScalars.count < 4_100)
    }
  }

  @Test("partner: the line is refused whole; /me with it is refused naming its code points")
  func partner() {
    var script = DialogueScript(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type("Crypto is mostly used for scams.")
    #expect(
      script.type(letterUnder100kMarks)
        == DialogueStep(outputs: [.notice(lineRefused, tone: .problem)]))
    let me = script.type("/me " + letterUnder30kMarks)
    #expect(notices(me) == [questionRefused])
    #expect(me.events.isEmpty)
  }

  @Test("drill: the line is refused whole; a question of it is refused naming its code points")
  func drill() {
    var script = DialogueScript(
      DrillDialogue.start(
        setting: CoachingSetting(library: DialogueFixtures.library, seed: 7), topic: "crypto"))
    #expect(
      script.type(letterUnder100kMarks)
        == DialogueStep(outputs: [.notice(lineRefused, tone: .problem)]))
    let asked = script.type(letterUnder30kMarks)
    #expect(asked == DialogueStep(outputs: [.notice(questionRefused, tone: .problem)]))
  }
}

/// Twenty times a clause about a late bus: a line over the 1,000 characters a question may have.
private let lateBus = String(
  repeating: " and the bus was late again so i missed the start of the match", count: 20)

@Suite("A drill refuses a line longer than a question may be before anything reads it")
struct DrillLongLineTests {
  @Test(
    "an apology or a question too long to coach gets the critic's message, and nothing is logged",
    arguments: [
      ("oh sorry, that came out wrong", "1,269"),
      ("what made you so sure about it", "1,270"),
    ])
  func refused(opening: String, characters: String) {
    var script = DialogueScript(
      DrillDialogue.start(
        setting: CoachingSetting(library: DialogueFixtures.library, seed: 7), topic: "crypto"))
    script.type("what first got you into this view?")
    let step = script.type(opening + lateBus)
    #expect(
      step
        == DialogueStep(outputs: [
          .notice(
            "The question is \(characters) characters long; the most is 1,000. "
              + "Ask one short question.", tone: .problem)
        ]))
    #expect(script.dialogue.state.lastAskedNumber == 1)
  }
}
