import Testing

@testable import SocraticCore

/// Fair moves the critic must not fault: a reframe that weighs what was said, a question about
/// where a belief came from, a probe of how far the other side's own sweeping word goes.
/// A false alarm teaches the wrong thing.
@Suite("Fair moves not miscoded")
struct FairMoveTests {
  let critic = QuestionCritic()

  @Test(
    "a reframe that sets one side of what they said against another is a complex reflection",
    arguments: [
      "So it's less the wage and more that your boss never once said well done.",
      "it's less about the dishes and more that nobody sees you doing them",
      "So it's not so much the defeat, more the way the captain just walked off.",
      "It's less that your sister spent it and more that she lied about it.",
      "So it's not really about the pocket money, it's about being trusted with it.",
    ])
  func reframe(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection, "\(text): \(critique.form) \(critique.problems)")
    #expect(critique.depth == .complex, "\(text): \(String(describing: critique.depth))")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test(
    "a question about where a belief came from asks for a story: open",
    arguments: [
      "Where did you first get the idea that money always ruins friendships?",
      "Where did you pick up the notion that chores are a mother's job?",
      "When did you start thinking the club didn't want you any more?",
      "When did you first come to believe your dad favoured your brother?",
    ])
  func beliefOrigin(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open, "\(question): \(critique.problems)")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test(
    "narrowing a count in the second option probes a sweeping word; it mocks nothing",
    arguments: [
      "Did everyone at the table laugh, or just a couple of them?",
      "Is it all the lads in the squad, or only some?",
      "Did all your cousins say that, or just one or two?",
      "What makes you say every single parent thinks so?",
    ])
  func narrowedCount(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form != .leading, "\(question): \(critique.problems)")
  }

  @Test(
    "a sweeping word they said themselves is theirs to be asked about",
    arguments: [
      (
        "Everybody in my family thinks I waste money.",
        "Why do you think everybody in your family says that?"
      ),
      ("All the coaches pick their favourites.", "What makes you think all of them do it?"),
    ])
  func theirSweep(after: String, question: String) throws {
    let critique = try critic.critique(question, after: after)
    #expect(critique.form == .open, "\(question): \(critique.problems)")
  }

  @Test(
    "fair open questions and reflections about family, money, football and chores are not faulted",
    arguments: [
      "What would a fair split of the housework look like to you?",
      "How did you and your brother sort out who pays for the gift?",
      "What do you love about going to the match with your dad?",
      "What goes through your mind when the bills arrive?",
      "How do you decide what to spend on the kids at Christmas?",
      "What was it like when your team went down last season?",
      "What part of the cleaning feels most unfair to you?",
      "How would your mum describe the way money was handled at home?",
      "What would you want your daughter to learn about saving?",
      "Where did you first get the idea that the referee had it in for you?",
    ])
  func fairQuestion(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open, "\(question): \(critique.problems)")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test(
    "fair reflections are given back as reflections, never as advice or an opinion",
    arguments: [
      "So the rota works until someone's away, and then it all falls on you.",
      "You'd like your son to pay a bit of rent, and you worry it'll feel like a bill.",
      "It's less the result and more that the club stopped caring about the fans.",
      "Sunday lunch at your gran's matters to you.",
      "So the money itself isn't the worry, it's the arguing about it.",
      "You've kept the accounts for years and nobody has ever thanked you.",
      "Part of you wants to quit the five-a-side, and part of you would miss the lads.",
      "So it's not so much the mess as being the only one who notices it.",
      "You feel the washing up always lands on you.",
      "Your dad's been paying for the season ticket, and it sits badly with you.",
      "So it's less the shouting and more that he never once said thank you.",
    ])
  func fairReflection(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection, "\(text): \(critique.form) \(critique.problems)")
  }
}
