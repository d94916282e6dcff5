import Testing

@testable import SocraticCore

/// Stop 55's second round of graded faults: a request for their news or plans read as a claim,
/// a plan checked with "still" rewritten as a view, "ever ok" asked as how a thing is doing, an
/// activity named by an adjective and an -ing word split round "is", a list of nouns read as a
/// command, a key held that the lexicon knows as an abbreviation, and the depth of a reflection
/// that names a consequence, or a feeling after a report of what they said.
@Suite("Critic round 55b: news and plans asked, verdicts, subjects, keys held, depth")
struct CriticRound55bTests {
  let critic = QuestionCritic()

  @Test(
    "asking for their news is a check-in, fine as it is, whatever the topic's words",
    arguments: [
      "any news on your dad and the nursing home?",
      "any luck with the landlord?",
      "any word from the school yet?",
    ])
  func newsAsked(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.checkIn.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "asking whether they have plans is a plan of their own, fine as it is",
    arguments: ["any plans for half term?", "any plans with your cousins this summer?"])
  func plansAsked(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.ownFact.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "'ever' or 'always' makes 'ok' a verdict on a thing, never how someone is getting on",
    arguments: [
      ("Is cheating always ok?", "How do you see cheating?"),
      ("is eating meat ever ok?", "How do you feel about eating meat?"),
      ("Is the twins' school ok?", "How is the twins' school?"),
    ])
  func verdictNotWellbeing(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a plan or errand checked as still on or already done is their own fact, fine as it is",
    arguments: [
      "are you still going to the gig on friday?",
      "have you already paid the gas bill?",
    ])
  func planStillOn(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.ownFact.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "an adjective and an -ing word before a complement name one activity: 'is' goes after both",
    arguments: [
      ("Is remote working lonely?", "How lonely do you think remote working is?"),
      ("Is public speaking scary for you?", "How scary is public speaking for you?"),
      ("Is crypto failing?", "What's your view on whether crypto is failing?"),
    ])
  func activityNamed(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a list of nouns before the verb is the subject, never a command to the person",
    arguments: [
      (
        "Do you think that price, size and colour matter?",
        "What's your view on whether price, size and colour matter?"
      ),
      (
        "do you reckon rent, food and travel add up?",
        "What's your view on whether rent, food and travel add up?"
      ),
    ])
  func listedSubject(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a key held that the lexicon knows as an abbreviation is still keys struck",
    arguments: ["hhhh kkk ok", "kkk jjjj"])
  func heldKey(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(
      critique.problems == ["no words they would know: type what you mean to ask or say back"])
  }

  @Test(
    "a consequence named, or a feeling named in a clause that reports nothing, is complex",
    arguments: [
      ("so the late shifts are costing you your weekends.", ReflectionDepth.complex),
      ("and that could land you in trouble with the boss.", .complex),
      ("a tidier desk could make a big difference.", .complex),
      ("it's hard, the commute.", .complex),
      ("so you moved the desk to the window.", .simple),
      ("you've worked hard to get the grades.", .simple),
      ("you mentioned your gran, and it sounds like that still stings.", .complex),
      ("so you told the coach, but you're worried he'll drop you.", .complex),
      ("you said you were gutted about the result.", .simple),
      ("so the rent is what keeps you up at night.", .complex),
      ("sounds like you've had enough of the noise.", .complex),
    ])
  func consequenceDepth(line: String, depth: ReflectionDepth) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .reflection)
    #expect(critique.depth == depth)
  }

  @Test(
    "a 'what' clause that is the subject of 'is', said without '?', gives back what it names",
    arguments: [
      "so what matters to you is having time for your music.",
      "what's scary is the not knowing.",
    ])
  func pseudoCleft(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
  }

  @Test("a 'what' question that asks what they think is still a question, with or without '?'")
  func whatQuestionStillAsks() throws {
    #expect(try critic.critique("what do you think is the worst bit").form == .open)
    #expect(try critic.critique("what matters most to you?").form == .open)
  }
}
