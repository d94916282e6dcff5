import Testing

@testable import SocraticCore

/// Stop 56: graders' faults in the critic's rewrites and forms. A plain verdict on an act
/// ("bad", "better for you") is left out of the rewrite; a fix put as "what if you …" is
/// advice; the asker's own offer is a statement; an apology before a leading question hides
/// nothing; "so it's X more than Y" reads their meaning back; kinds of questions of where a
/// step leaves them, and of why it is asked.
@Suite("Critic round 56: verdicts dropped, offers, apologies, read-back reframes")
struct CriticRound56Tests {
  let critic = QuestionCritic()

  @Test(
    "a plain verdict on an act, and whom it is for, is left out of the rewrite",
    arguments: [
      ("Is vaping wrong?", "How do you see vaping?"),
      ("is skipping breakfast bad for you?", "How do you see skipping breakfast?"),
      ("is binge eating bad for you?", "How do you see binge eating?"),
      ("Is gambling better?", "How do you see gambling?"),
      ("is eating late bad?", "How do you see eating late?"),
    ])
  func plainVerdict(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "how someone or something is doing is no act; a viewpoint adverb is the asker's verdict",
    arguments: [
      ("is grandma feeling better?", "What's your view on whether grandma is feeling better?"),
      ("is vaping getting worse?", "How do you feel about vaping getting worse?"),
      ("is gambling morally wrong?", "How do you see gambling?"),
    ])
  func stateIsNoAct(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "a fix supposed with 'what if you' and an act towards someone, base or past, is advice",
    arguments: [
      "what if you just rang her and said sorry?", "what if you asked your boss?",
      "what if you just tell your landlord how cold it is?", "what if you rang him first?",
    ])
  func supposedFix(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems == [QuestionProblem.adviceAsQuestion("what if you").explanation])
    #expect(critique.suggestion == AdviceQuestionRules.suggestion)
  }

  @Test(
    "'what if you' with a state, a mishap or a windfall asks what would follow, and stays open",
    arguments: [
      "what if you were wrong about the boiler?", "what if you got lost on the way?",
      "what if you won a holiday?", "what if you found out she knew all along?",
    ])
  func supposedRisk(question: String) throws {
    #expect(try critic.critique(question).form == .open)
  }

  @Test(
    "the asker's own offer with a question mark is a statement, never rewritten about them",
    arguments: [
      "i could do thursdays?", "we can meet at the station?", "i can always drive?",
      "we could always go halves?",
    ])
  func ownOffer(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [QuestionProblem.ownOffer.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "the asker's talk of themselves with a question mark is no offer",
    arguments: [
      "i could be mistaken?", "i could do better at the quiz?", "i could do with a holiday?",
      "i can look after myself?", "i'll take it as a yes?", "i could take issue with that?",
      "we can do this?", "i can do whatever i like?",
    ])
  func notAnOffer(line: String) throws {
    #expect(try critic.critique(line).form == .leading)
  }

  @Test(
    "an apology before a leading question is skipped: the leading word is named and rewritten",
    arguments: [
      ("sorry but surely you can see the rota is unfair?", "'surely'", "How do you see the rota?"),
      (
        "soz but surely you can see the timetable is unfair?", "'surely'",
        "How do you see the timetable?"
      ),
    ])
  func apologyOpener(question: String, quoted: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.first?.hasPrefix(quoted) == true)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "'so it's X more than Y' weighs their words: a complex reflection, whatever words it uses",
    arguments: [
      (
        "the kids are fine, its the mornings that are chaos",
        "so it's the mornings more than the kids."
      ),
      ("i dread mondays, the office is so loud", "so it's the noise rather than the work itself."),
    ])
  func readBackReframe(said: String, line: String) throws {
    let critique = try critic.critique(line, after: said)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
  }

  @Test(
    "'so it's X more than Y' that plays down the side they named, or speaks as 'me', is simple",
    arguments: [
      ("the landlord never fixes anything", "so it's the letting agent more than the landlord."),
      (nil, "so it's the noise more than the crowds that wears me out."),
    ])
  func notAReadBack(said: String?, line: String) throws {
    let critique = try critic.critique(line, after: said)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .simple)
  }

  @Test(
    "where a step leaves them is a question of implications; why it is asked, of the question",
    arguments: [
      ("where does that leave you with your sister?", QuestionKind.implications),
      ("why do you think i'm asking about the car?", .meta),
      ("do you think i'm asking too much of my brother?", .assumptions),
    ])
  func kinds(question: String, kind: QuestionKind) throws {
    #expect(try critic.critique(question).kind == kind)
  }
}
