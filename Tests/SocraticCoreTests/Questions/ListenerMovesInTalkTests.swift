import Testing

@testable import SocraticCore

/// What a listener says in a real talk besides questions — a plan proposed together, a day put
/// after their own offer, a good wish on parting, a check of what weighs on the person most —
/// is coached as fine as it is; pressure to concede is leading, and its rewrite asks without
/// putting the asker's view on the person.
@Suite("A listener's proposals, wishes, check-backs and pressed concessions")
struct ListenerMovesInTalkTests {
  let critic = QuestionCritic()

  @Test(
    "a plan proposed together is an offer, fine as it is",
    arguments: [
      "shall we go through the bank statements together?",
      "how about we just get a takeaway tonight?",
      "want to visit the care home together on saturday?",
      "what about we both take a day off friday?",
    ])
  func proposal(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.offer.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test("a concession pressed as a plan is no offer")
  func pressedConcession() throws {
    let critique = try critic.critique("shall we just admit the diet isn't working?")
    #expect(critique.form == .leading)
  }

  @Test(
    "a day or a time put after the asker's own offer asks whether it suits",
    arguments: [
      "i could pick the kids up. wednesday?",
      "we can split the cost. next month?",
    ])
  func dayAfterOwnOffer(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.problems == [QuestionProblem.ownOffer.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test("a lone day with no offer before it is still not a whole question")
  func loneDay() throws {
    let critique = try critic.critique("wednesday?")
    #expect(critique.problems == [QuestionProblem.fragment.explanation])
  }

  @Test(
    "a good wish on parting is warmth, not advice or a yes/no question",
    arguments: [
      "have a good shift love",
      "ok mum. enjoy your programme",
      "good luck at the interview tomorrow",
      "night then. have fun at the match",
    ])
  func goodWish(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.warmth.explanation])
  }

  @Test("'do your …' said as a step is advice")
  func doYourStep() throws {
    let critique = try critic.critique("do your revision before you go out")
    #expect(critique.problems == [StatementKind.advice.explanation])
  }

  @Test("'have a lot of …' still asks")
  func haveALotAsks() throws {
    #expect(try critic.critique("have a lot of the neighbours complained?").form == .closed)
  }

  @Test(
    "a check of what weighs on them most reads their state back, fine as it is",
    arguments: [
      "so it's the stairs at night that are the hardest part?",
      "sorry. so its the waiting thats the worst bit?",
      "so it's the not knowing that gets to you?",
      "so it's mostly the cost of the petrol?",
      "so it's more about being asked first?",
    ])
  func readingOfWhatWeighs(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.problems == [QuestionProblem.readingCheck.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a verdict put with a question mark is still a statement with a question mark",
    arguments: [
      "so it's a waste of money?", "so it's more expensive?", "so it's the council that's lying?",
    ])
  func verdictStaysLeading(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.problems.contains(QuestionProblem.statementWithQuestionMark.explanation))
  }

  @Test("a verb softened by 'kind of' is no name called")
  func hedgedVerbIsNoInsult() throws {
    let critique = try critic.critique("so the cost kind of nags at you?")
    #expect(!critique.problems.contains { $0.contains("insulting") })
  }

  @Test(
    "pressure to concede is leading, and its rewrite asks what would change their mind",
    arguments: [
      "would you at least consider that you could be wrong",
      "don't you think you might be mistaken?",
    ])
  func pressedError(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "What would it take for you to see it differently?")
  }

  @Test(
    "a limit on going on is asked as how it is going, never as their own belief",
    arguments: [
      (
        "you know you can't keep covering his shifts, right?",
        "How is covering his shifts working out for you?"
      ),
      (
        "surely you can't keep driving her everywhere?",
        "How is driving her everywhere working out for you?"
      ),
    ])
  func pressedLimit(line: String, rewrite: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "a reproach for the past is loaded, and the rewrite drops it",
    arguments: [
      ("why did you lend him more after everything", "after everything"),
      ("how come you still trust her after all the lies", "after all the"),
    ])
  func reproachForThePast(line: String, words: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains(QuestionProblem.loadedWording(words).explanation))
    #expect(critique.suggestion.map { !$0.lowercased().contains("after") } ?? true)
  }

  @Test("'would you consider that …' asks them to grant a point: closed, not an invitation")
  func considerThat() throws {
    #expect(try critic.critique("would you consider that the rules might be fair?").form != .open)
    #expect(try critic.critique("would you consider moving nearer to us?").form == .open)
  }

  @Test(
    "someone close brought in as judge is a guilt lever, rewritten as what matters to them",
    arguments: [
      "how would your dad feel if he saw you talking to me like that?",
      "what would gran say if she knew you'd sold her ring?",
    ])
  func guiltLever(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("through the eyes of someone close") })
    #expect(critique.suggestion == "What about it matters most to you?")
  }

  @Test("another's view asked without a judging 'if' is no guilt lever")
  func anotherViewAsked() throws {
    let critique = try critic.critique("what would your dad say about the new job?")
    #expect(!critique.problems.contains { $0.contains("someone close") })
  }

  @Test(
    "the asker's explanation put as 'have you considered …' answers for them",
    arguments: [
      ("have you considered that maybe he's just lonely", "What do you think is going on for him?"),
      (
        "has it crossed your mind that they're scared of the cost?",
        "What do you think is going on for them?"
      ),
    ])
  func suggestedExplanation(line: String, rewrite: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("answers the question for them") })
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "a plan doubted for its reason is asked as what makes them want it, in plain English",
    arguments: [
      ("so you're going to resign because of one bad week?", "What makes you want to resign?"),
      (
        "you were gonna sell the car so you could go travelling?",
        "What made you want to sell the car?"
      ),
    ])
  func doubtedPlan(line: String, rewrite: String) throws {
    #expect(try critic.critique(line).suggestion == rewrite)
  }
}
