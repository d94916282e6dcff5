import Testing

@testable import SocraticCore

/// Care is coached as the listening it is (a guess at how their lot feels, a lift against their
/// own reproach, a choice of theirs honoured), and a fix or a counter-case put as a question is
/// never praised as open; a plain either-or is closed, and fine when it asks a checkable state.
@Suite("Care, fixes and either-ors, as a coach would call them")
struct CareAndFixCoachingTests {
  let critic = QuestionCritic()

  @Test(
    "a guess at how their lot feels is a complex reflection, well heard",
    arguments: [
      (
        "i bet the flat feels dead quiet now she's gone. six years is a long time",
        "she moved out sunday, took the last of her stuff. just me and the telly now"
      ),
      (
        "the drive must look proper strange without it",
        "sold the van last week lol. first time in thirty years theres not one parked outside"
      ),
    ])
  func empathicGuess(text: String, after: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "taking their side against their own reproach, or saying anyone would, is an affirmation",
    arguments: [
      (
        "it's not pathetic at all. it was your thing every week",
        "i know its pathetic, crying over a telly programme ending"
      ),
      ("you're not being soft. anyone would miss her", "lol im being soft about it i know"),
      (
        "honestly i'd be the same, no wonder you couldnt sleep",
        "didnt sleep a wink before the test"
      ),
    ])
  func validation(text: String, after: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.affirmation.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "granting a choice they made about their own life backs it, with nothing to reopen",
    arguments: [
      ("fair enough. no rush", "im not going back to that dentist. not yet anyway"),
      ("that's fair, your call", "i'm not selling the bike, before you ask"),
    ])
  func choiceHonoured(text: String, after: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.affirmation.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test("granting a view of theirs is still agreement, with a question that carries it on")
  func viewGranted() throws {
    let critique = try critic.critique(
      "fair enough", after: "the council never fix anything round here tbh")
    #expect(critique.problems == [StatementKind.agreement.explanation])
    #expect(critique.suggestion == "What brought you to that view?")
  }

  @Test(
    "a thing of the asker's offered in place of theirs is advice put as a question",
    arguments: [
      ("what about a smaller flat then? the ones by the park are cheap", "what about"),
      ("have you considered a part time one?", "have you considered"),
    ])
  func offeredFix(text: String, opening: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .leading)
    #expect(critique.problems == [QuestionProblem.adviceAsQuestion(opening).explanation])
    #expect(critique.suggestion == "What have you thought of trying so far?")
  }

  @Test("a drink offered, or someone of theirs asked about, is no fix")
  func noFix() throws {
    #expect(
      try critic.critique("what about a cuppa?").problems == [QuestionProblem.offer.explanation])
    #expect(try critic.critique("what about your brother?").form == .open)
    // A thing offered comes straight after "what about": one named later is no offer.
    for line in ["how about giving her a hand?", "what about the school lunch cuts?"] {
      #expect(
        try !critic.critique(line).problems.contains(QuestionProblem.offer.explanation), "\(line)")
    }
  }

  @Test(
    "a case set against their view, ending on 'then', makes a point, with no rewrite",
    arguments: [
      "why didn't the new bypass fix the traffic then?",
      "how come prices aren't falling, then?",
      "what about norway then?",
    ])
  func counterCase(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .leading)
    #expect(critique.problems == [QuestionProblem.rhetorical.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test("whether they will tell someone else, or keep it, is closed")
  func tellingSomeoneElse() throws {
    let critique = try critic.critique("will you tell your sister or wait till after christmas?")
    #expect(critique.form == .closed)
    // "her" told, with a clause after: whether they will, not a request to talk to the asker.
    #expect(try critic.critique("can you tell her how you feel?").form == .closed)
  }

  @Test(
    "an either-or of a thing's checkable states is closed and fine, with no rewrite",
    arguments: ["are the towels dry or still wet?", "is the back door locked or unlocked"])
  func checkableChoice(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.plainFact.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "the worst of it named, with their 'no point' as 'nobody', is a faithful complex reflection")
  func hardestNamed() throws {
    let critique = try critic.critique(
      "so it's the sundays that are hardest, with nobody to ride out with",
      after: "its not the bike. its the sundays. we'd ride out to the coast every week. now theres"
        + " no point going out at all some weeks")
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "news of the day's arrangements gets no question about what they make of it",
    arguments: ["the last ferry goes at 9:40 on saturdays", "the chippy shuts at 10pm on mondays"])
  func timetable(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.information.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "leave to pause, or a sorry waved away, is warmth that needs nothing instead",
    arguments: ["dont be sorry. take your time", "no need to apologise, honestly"])
  func pauseGranted(text: String) throws {
    let critique = try critic.critique(text, after: "sorry. give me a sec. this is hard to say")
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.warmth.explanation])
    #expect(critique.suggestion == nil)
  }
}
