import Testing

@testable import SocraticCore

/// A check that weighs two sides of what they said ("less about X and more about Y?") offers a
/// reading for them to confirm or correct: a reflection, not words put in their mouth.
@Suite("Checks that weigh two sides")
struct WeighingCheckTests {
  let critic = QuestionCritic()

  @Test(
    "after their words, a 'you're saying' check that weighs one thing against another is a reflection",
    arguments: [
      (
        "I don't mind the commute, I just hate that the trains are never on time.",
        "So you're saying it's less about the distance and more about not knowing when you'll arrive?"
      ),
      (
        "My manager keeps changing the targets every month.",
        "You mean it's not so much the work as the shifting goalposts?"
      ),
      (
        "We argue about money, but really it's that he never asks me first.",
        "So you're saying being consulted matters more than the spending itself?"
      ),
      (
        "I'd happily pay more tax if I knew where it went.",
        "So you're saying it's less the amount and more whether you can see what it buys?"
      ),
      (
        "The new flat is lovely but I barely know anyone round here.",
        "You mean the loneliness weighs on you more than the flat pleases you?"
      ),
      (
        "I quit the choir because rehearsals clashed with the kids' bedtime.",
        "So you're saying it was the timing rather than the singing?"
      ),
      (
        "Running on my own is dull, I only keep it up with the club.",
        "So what you're saying is it's less about fitness and more about company?"
      ),
      (
        "I voted for them last time and they did nothing for our town.",
        "So you're saying it's not so much the party as being let down?"
      ),
      (
        "Every time I try to diet I end up bingeing at the weekend.",
        "You're saying the weekends are harder for you than the weekdays?"
      ),
      (
        "The doctor was fine, it's the waiting list that scares me.",
        "So you're telling me it's less the treatment and more the wait?"
      ),
    ])
  func weighingCheck(after: String, check: String) throws {
    let critique = try critic.critique(check, after: after)
    #expect(critique.form == .reflection)
  }

  @Test(
    "without their words, a 'you're saying' check still puts words in their mouth",
    arguments: [
      "So you're saying it's less about the distance and more about the trains?",
      "You mean it's not so much the work as the targets?",
    ])
  func withoutTheirWords(check: String) throws {
    let critique = try critic.critique(check)
    #expect(critique.form != .reflection)
  }
}
