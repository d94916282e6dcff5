import Testing

@testable import SocraticCore

/// Lines coached by their shape: a doubt named under their words is a complex reflection, a
/// rebuke or blame for a failing repeated is leading however open it looks, an offer of
/// company, a go-ahead for their own plan and an affirmation are what they are, and every
/// rewrite shown reads as plain English that keeps the point.
@Suite("Doubts, rebukes, offers and go-aheads coached by their shape")
struct CoachingShapeTests {
  let critic = QuestionCritic()

  @Test(
    "a doubt they are coming to, named under their words, is a complex reflection, well heard",
    arguments: [
      (
        "three interviews and not one of them rang back",
        "so you're starting to wonder if it's even worth going for these"
      ),
      (
        "the gym's costing me 40 a month and i went twice lol",
        "you're not sure whether it's worth keeping up"
      ),
    ])
  func doubtNamed(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
    #expect(critique.suggestion == nil)
  }

  @Test("their word given back as its comparative ('older' of 'old') is theirs, no claim")
  func comparativeIsTheirs() throws {
    let critique = try critic.critique(
      "sounds like seeing her get slower has you thinking about getting older yourself",
      after: "the cat's old now, slow and stiff in the mornings, a bit like me lol")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }

  @Test("a condition of the speaker's own is asked about in plain words, clitics and all")
  func conditionAskedPlainly() throws {
    let critique = try critic.critique(
      "so if she's only ringing for favours you'd rather she didn't",
      after: "my sister never calls unless she wants something")
    #expect(critique.problems.contains { $0.contains("a condition of your own") })
    #expect(critique.suggestion == "What would it mean for you if she's only ringing for favours?")
  }

  @Test(
    "a rebuke put as a question leads, with no rewrite made of its words",
    arguments: ["lol what were you thinking", "whats wrong with you"])
  func rebuke(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("rhetorical question") })
    #expect(critique.suggestion == nil)
  }

  @Test("asking what they had in mind is no rebuke")
  func thinkingOfAsks() throws {
    let critique = try critic.critique("what were you thinking of doing with the spare room?")
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "asking why a failing happened again blames, asked outright or inside a request",
    arguments: ["why was the rent late again?", "can you explain why the bins were missed again"])
  func repeatedFailing(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("'again' is a complaint") })
  }

  @Test(
    "an offer of company or a hand is fine as it is, with no rewrite",
    arguments: [
      "that's a good plan. want me to sit with you tomorrow and fill in the form?",
      "shall i come with you to the dentist",
    ])
  func offerOfCompany(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed)
    #expect(critique.problems.contains { $0.contains("an offer or an invitation") })
    #expect(critique.suggestion == nil)
  }

  @Test("a go-ahead for the plan they just told backs them: an affirmation, not advice")
  func goAhead() throws {
    let critique = try critic.critique(
      "ask for it! you've earned it", after: "i think i'll ask for the friday off")
    #expect(critique.form == .statement)
    #expect(critique.problems.contains { $0.hasPrefix("an affirmation") })
  }

  @Test("a command of the speaker's own is still advice")
  func ownCommand() throws {
    let critique = try critic.critique(
      "ask your manager for friday off", after: "work's been mad this month")
    #expect(critique.problems.contains { $0.hasPrefix("advice") })
  }

  @Test(
    "the speaker's own word of them, or a strength named, affirms: no question asked",
    arguments: [
      ("for what its worth ur not lazy", nil),
      (
        "ok. and for what it's worth, you're not useless. you've held down two jobs all year",
        "my mum says i'm useless with money"
      ),
    ] as [(String, String?)])
  func affirmation(line: String, after: String?) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .statement)
    #expect(critique.problems.contains { $0.hasPrefix("an affirmation") })
  }

  @Test("'don't you dare' said in fun, then a goodbye, asks nothing")
  func dareIsNoQuestion() throws {
    let critique = try critic.critique("haha don't you dare. i'll let you go, speak soon")
    #expect(critique.form == .statement)
    #expect(critique.problems.contains { $0.hasPrefix("warmth") })
  }

  @Test(
    "a tag doubting their own plan is rewritten about the plan, not about what they think",
    arguments: [
      (
        "you're not seriously going out in that coat, are you?",
        "How do you feel about going out in that coat?"
      ),
      (
        "You're not really wearing that to the party, are you?",
        "How do you feel about wearing that to the party?"
      ),
    ])
  func doubtedPlan(line: String, rewrite: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "a rewrite leaves out the asker's vague tag, and a vague tag likens nothing",
    arguments: [
      (
        "why didnt you just ring a plumber or something like that instead",
        "What gets in the way of ringing a plumber?"
      ),
      ("why didnt you use paypal or something like that", "What made it hard to use paypal?"),
    ])
  func vagueTagLeftOut(line: String, rewrite: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == rewrite)
  }

  @Test("an either-or put as a cleft is rewritten without its answers")
  func cleftChoice() throws {
    let critique = try critic.critique(
      "Is it the deposit that worries you, or the monthly payments?")
    #expect(critique.problems.contains { $0.contains("either-or") })
    #expect(critique.suggestion == "What worries you most?")
  }
}
