import Testing

@testable import SocraticCore

/// Why-questions that blame by their shape: the asker singled out as the one who does it, a
/// rival put before the asker, an act set against a plain fact.
@Suite("Why-questions that blame by their shape")
struct WhyChallengeTests {
  let critic = QuestionCritic()

  @Test(
    "a why-question that singles the asker out as the one who does it is a complaint",
    arguments: [
      "Why should I always be the one who books the holidays?",
      "Why am I the one who has to ring the plumber?",
      "Why must I be the one to apologise every time?",
      "Why would I be the only one cleaning the kitchen?",
      "Why should we always pay for the taxi?",
      "How come I'm always the one who remembers the birthdays?",
      "Why can't I ever be the one who picks the film?",
      "Why do I have to be the one who calls your mum?",
      "Why should I always drive us home after parties?",
      "Why was I the only person asked to stay late?",
    ])
  func askerBurden(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("complaint put as a question") })
  }

  @Test(
    "a why-question that puts someone or something before the asker is a complaint",
    arguments: [
      "Why do you care more about your phone than about me?",
      "Why does your brother matter more to you than us?",
      "How come you spend more time with your mates than with me?",
      "Why do you listen to your sister more than me?",
      "Why is the football more important than me?",
      "Why do you trust strangers online more than us?",
      "Why are your friends nicer to you than I am?",
      "Why does the dog get more attention than me?",
      "Why is your job more important to you than we are?",
      "Why do you answer your boss quicker than me?",
    ])
  func rivalOverAsker(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("complaint put as a question") })
  }

  @Test(
    "a why-would-you question set against a plain fact makes a point instead of asking",
    arguments: [
      "Why would you take a taxi when there's a bus outside?",
      "Why would you buy a new one when it's still under warranty?",
      "Why would you cook tonight when we have leftovers?",
      "Why should you pay for parking when it's free after six?",
      "Why would you walk when you could just get a lift?",
      "Why did you queue for an hour when there was a shorter line?",
      "Why would you rent a van when they deliver for free?",
      "Why would you call him if he never picks up?",
      "Why'd you sell the car when it was running fine?",
      "Why would you learn French if they all speak English there?",
      "Why would we move to Hull when all our family is here?",
      "Why would we book a hotel when your sister has a spare room?",
      "Why should we pay for a gym when the park is free?",
      "Why would we get a dog when everyone is out all day?",
      "Why would you buy a ladder when my dad has two?",
      "Why would we drive when the station is five minutes away?",
    ])
  func counterFact(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("rhetorical") })
    // The fact set against the act is the point made: no rewrite keeps it.
    if let suggestion = critique.suggestion {
      let words = Set(suggestion.lowercased().split { !$0.isLetter && $0 != "'" })
      #expect(words.isDisjoint(with: ["when", "if"]), "\(question) → \(suggestion)")
    }
  }

  @Test(
    "a why-question about the listener's reasons, a time of theirs or a comparison of other things asks",
    arguments: [
      "Why do you enjoy teaching?",
      "Why would you choose a smaller school?",
      "Why did you move when you were twenty?",
      "Why would you vote for her when the election comes?",
      "Why do you think people value honesty more than money?",
      "How come you chose the earlier train?",
      "Why does it matter to you more than it used to?",
      "Why do I feel tired after lunch?",
      "Why would you want to retire early?",
      "Why did you pick that one when you had the choice?",
      "Why would we leave when the film ends?",
      "Why would you call her when the kids wake up?",
    ])
  func fairWhy(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
  }

  @Test(
    "a why-question that denies them a stake makes the point that it is none of theirs",
    arguments: [
      "why do you care so much anyway, youre not the one who has to drive it",
      "why does it bother you so much, it's not your garden",
    ])
  func deniedStake(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems == [QuestionProblem.rhetorical.explanation])
  }

  @Test("a why-question about what is theirs asks, with no stake denied")
  func ownStake() throws {
    #expect(try critic.critique("why does the garden matter so much to you?").form == .open)
  }
}
