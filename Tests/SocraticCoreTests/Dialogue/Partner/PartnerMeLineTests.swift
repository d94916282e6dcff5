import Testing

@testable import SocraticCore

/// The person's own lines logged with `/me`: a reflection said before a question is counted
/// and credited, and a question that sets their own life against their view is no good one.
@Suite("Partner coaches the person's own lines")
struct PartnerMeLineTests {
  @Test(
    "a line that opens by giving back what they said counts as a reflection",
    arguments: [
      ("that sounds really stressful. is that what's been bothering you?", true),
      ("sounds like it's been a long year. what kept you going?", true),
      (
        "so you're worried the boiler goes and you're stuck. where did the ten years come from?",
        true
      ),
      ("so the rent went up twice. how did you manage?", true),
      ("that must have been scary. what happened next?", true),
      ("you've clearly thought about this a lot. what started it?", true),
      ("ok but you drive everywhere. why is that?", false),
      ("but you eat meat every day. why not start there?", false),
      ("what do you mean by that?", false),
      ("how sure are you, out of 100?", false),
    ] as [(String, Bool)])
  func opensWithAReflection(line: String, expected: Bool) {
    #expect(ListeningScorecard.opensWithAReflection(line, after: nil) == expected)
  }

  @Test(
    "a counterpoint made of their own life is a gotcha; quoting their words is not",
    arguments: [
      ("ok but you drive a diesel, what would you do if they banned it?", true),
      ("yeah but your kids go private, how is that fair?", true),
      ("but you eat meat every day, why not start there?", true),
      ("well but you shop online all the time, what about that?", true),
      ("ok but you do fly twice a year, how does that fit?", true),
      ("but you said the prices went up, how does that fit?", false),
      ("what would you do if they banned it?", false),
      ("so you drive a diesel. what would change that?", false),
      ("but you mentioned your nan, what did she think?", false),
      ("ok but you drive a diesel.", false),
    ] as [(String, Bool)])
  func gotcha(line: String, expected: Bool) {
    #expect(MeLine.setsTheirLifeAgainstTheirView(line) == expected)
  }

  @Test("in partner, a reflection before a check question is credited and not rewritten")
  func credited() {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type("the new bypass is a disaster")
    script.type("i cant get to my allotment anymore, its forty minutes round now")
    let step = script.type("/me that sounds really frustrating. is that the main thing for you?")
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(notices.contains(MeLine.reflectionCredit), "\(notices)")
    let asked = step.events.compactMap { event -> SessionEvent.Asked? in
      if case .asked(let value) = event { return value }
      return nil
    }
    #expect(asked.first?.critique.suggestion == nil)
  }

  @Test("in partner, a gotcha about their own life is not praised")
  func gotchaNotPraised() {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type("working from home makes people lazy")
    let step = script.type(
      "/me ok but you spend two hours a day on the train, what would you do with that time?")
    let asked = step.events.compactMap { event -> SessionEvent.Asked? in
      if case .asked(let value) = event { return value }
      return nil
    }
    #expect(asked.first?.critique.form == QuestionForm.leading.rawValue)
    #expect(asked.first?.critique.problems == [MeLine.gotchaVerdict])
  }
}
