import Testing

@testable import SocraticCore

/// A rewrite keeps none of the asker's presumption and reads as a short, whole question: a
/// feeling put on the person is left out and what it was about asked about, two acts are
/// weighed as acts, an act a verdict was passed on is asked about whole, and no rewrite keeps
/// a word of doubt, a trait put on the person or a verb where it cannot stand.
@Suite("Rewrites without the presumption")
struct PresumptionCheckTests {
  let critic = QuestionCritic()

  @Test(
    "a feeling put on the person is left out, and what it is about asked about as an act",
    arguments: [
      (
        "Aren't you a bit envious that your cousin got the promotion?",
        "How do you feel about your cousin getting the promotion?"
      ),
      (
        "Aren't you annoyed that the bakery closed early?",
        "How do you feel about the bakery closing early?"
      ),
      (
        "Aren't you a little upset that he missed your birthday?",
        "How do you feel about him missing your birthday?"
      ),
      (
        "Are you jealous that your sister is moving to Lisbon?",
        "How do you feel about your sister moving to Lisbon?"
      ),
      (
        "Aren't you ashamed that the fence is still broken?",
        "How do you feel about the fence being broken?"
      ),
      (
        "Aren't you bitter that they hired someone younger?",
        "How do you feel about them hiring someone younger?"
      ),
      (
        "Aren't you disappointed that we lost the quiz?",
        "How do you feel about us losing the quiz?"
      ),
      (
        "Aren't you a bit resentful that she gets the bigger room?",
        "How do you feel about her getting the bigger room?"
      ),
      (
        "Aren't you nervous that the exam is next week?",
        "How do you feel about the exam being next week?"
      ),
      (
        "Aren't you sad that the old cinema shut down?",
        "How do you feel about the old cinema shutting down?"
      ),
    ])
  func feelingLeftOut(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a choice of two acts weighs them as acts, without the word that made light of one",
    arguments: [
      (
        "Should we paint the hallway or hire a decorator?",
        "How would you weigh painting the hallway against hiring a decorator?"
      ),
      (
        "Should we drive to Cornwall or take the train?",
        "How would you weigh driving to Cornwall against taking the train?"
      ),
      (
        "Should we repair the old boiler or buy a new one?",
        "How would you weigh repairing the old boiler against buying a new one?"
      ),
      (
        "Should we cycle to school or take the bus?",
        "How would you weigh cycling to school against taking the bus?"
      ),
      (
        "Should you tell your boss now or wait until the review?",
        "How would you weigh telling your boss now against waiting?"
      ),
      (
        "Should we book the flights today or just wait for a sale?",
        "How would you weigh booking the flights today against waiting for a sale?"
      ),
      (
        "Should we plant roses or grow vegetables this spring?",
        "How would you weigh planting roses against growing vegetables this spring?"
      ),
      (
        "Should we fix the roof now or save up for next year?",
        "How would you weigh fixing the roof now against saving up for next year?"
      ),
      (
        "Should you call the plumber or try it yourself?",
        "How would you weigh calling the plumber against trying it yourself?"
      ),
      (
        "Should we sell the caravan or keep it another year?",
        "How would you weigh selling the caravan against keeping it another year?"
      ),
    ])
  func actsWeighed(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "an act a verdict is passed on is asked about whole, never with a verb put inside it",
    arguments: [
      ("Was selling the flat a mistake?", "How do you feel about selling the flat?"),
      ("Is buying a boat really worth it?", "How do you feel about buying a boat?"),
      ("Was quitting the choir a good idea?", "How do you feel about quitting the choir?"),
      (
        "Is walking to work in winter actually safe?",
        "How do you feel about walking to work in winter?"
      ),
      (
        "Was moving the wedding to May a bad call?",
        "How do you feel about moving the wedding to May?"
      ),
      (
        "Was lending your car to Tom a smart move?",
        "How do you feel about lending your car to Tom?"
      ),
      (
        "Is keeping chickens in the garden a silly idea?",
        "How do you feel about keeping chickens in the garden?"
      ),
      ("Is taking a gap year just a waste of time?", "How do you feel about taking a gap year?"),
      (
        "Is learning Italian at sixty even worth it?",
        "How do you feel about learning Italian at sixty?"
      ),
      (
        "Was joining the union a sensible step?",
        "How do you feel about joining the union?"
      ),
    ])
  func actAskedWhole(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "no rewrite keeps a word of doubt, a trait put on the person or a parted determiner",
    arguments: [
      ("Are you really going to wear that to the interview?", ["really"]),
      ("Do you even like your job?", ["even"]),
      ("Is the new manager actually any good?", ["actually"]),
      ("Did you seriously eat the whole cake?", ["seriously"]),
      ("Aren't you being a bit stubborn about the car?", ["stubborn"]),
      ("Are you just scared of the dentist?", ["just", "scared"]),
      ("Why are you so defensive about your cooking?", ["defensive"]),
      ("Do you honestly believe the plan will work?", ["honestly"]),
      ("Isn't the gym obviously a waste of money?", ["obviously"]),
      ("Aren't you a bit greedy wanting the whole garden?", ["greedy"]),
    ])
  func presumptionNeverKept(question: String, kept: [String]) throws {
    let critique = try critic.critique(question)
    let suggestion = try #require(critique.suggestion)
    let words = " " + suggestion.lowercased().filter { $0.isLetter || $0 == " " } + " "
    for phrase in kept {
      #expect(!words.contains(" \(phrase) "), "\(suggestion)")
    }
    #expect(critic.isOpen(suggestion), "\(suggestion)")
  }

  @Test(
    "a clause that argues with an absolute is left out of the rewrite",
    arguments: [
      (
        "Shouldn't your sister pay for the petrol since she always borrows the car?",
        "What would change if your sister paid for the petrol?"
      ),
      (
        "Should we sell the piano since nobody ever plays it?",
        "What would change if we sold the piano?"
      ),
      (
        "Shouldn't the kids help more since they are never busy?",
        "What would change if the kids helped more?"
      ),
      (
        "Should I stop lending him money when he never pays it back?",
        "What would change if I stopped lending him money?"
      ),
      (
        "Shouldn't we cancel the gym since we never go?",
        "What would change if we cancelled the gym?"
      ),
      (
        "Should we get rid of the telly since it is always on?",
        "What would change if we got rid of the telly?"
      ),
    ])
  func absoluteLeftOut(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "the check refuses what keeps the presumption or is not English",
    arguments: [
      ("How do you feel about being lazy about the lawn", "Aren't you being lazy about the lawn?"),
      ("Why does it matter to you how long this will one last", "How long will this one last?"),
      ("How would you weigh a cat against wait", "Should we get a cat or wait?"),
      ("What makes you actually want a motorbike", "Do you actually want a motorbike?"),
      (
        "What would tell you whether buying is a house at thirty smart",
        "Is buying a house at thirty smart?"
      ),
    ])
  func refused(rewrite: String, question: String) {
    #expect(
      !PresumptionCheck.passes(Tokenizer.tokenize(rewrite), source: Tokenizer.tokenize(question)))
  }
}
