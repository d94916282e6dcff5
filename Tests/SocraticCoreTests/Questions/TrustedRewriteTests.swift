import SocraticCore
import Testing

@testable import SocraticCore

/// Rewrites that presume nothing: no act the person may not have done, no view the asker holds,
/// no charge, and plain English.
@Suite("Rewrites a reader can trust")
struct TrustedRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a yes/no question about the person's act asks how it is going or how they feel about it",
    arguments: [
      ("Did you water the tomatoes?", "How are things going with the tomatoes?"),
      ("Have you done your tax return yet?", "How do you feel about your tax return?"),
      (
        "You're not really going to sell the piano, are you?",
        "What are your plans for the piano?"
      ),
      (
        "Would you like to see fewer cars in town?",
        "How would you feel about seeing fewer cars in town?"
      ),
      ("Are you pleased with the new kitchen?", "How do you feel about the new kitchen?"),
    ])
  func personsAct(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a view the asker wants confirmed asks how the person sees its topic, not why they hold it",
    arguments: [
      ("Surely you don't believe the report was doctored?", "How do you see the report?"),
      ("Have you considered that the landlord might be right?", "How do you see the landlord?"),
      ("Do you support the new mayor?", "How do you see the new mayor?"),
      (
        "Do you think the trains will run on time next year?",
        "What's your view on whether the trains will run on time next year?"
      ),
      (
        "do you reckon you'd miss the allotment if you gave it up",
        "What's your view on whether you'd miss the allotment if you gave it up?"
      ),
    ])
  func askersView(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critique.suggestion?.contains("What makes you") == false)
  }

  @Test(
    "a claim the asker denies is asked both ways, never by the degree of what was denied",
    arguments: [
      ("you know the canal isn't deep right", "What's your view on whether the canal is deep?"),
      ("the vet isn't cheap, is it?", "What's your view on whether the vet is cheap?"),
      (
        "surely the new timetable hasn't helped?",
        "What's your view on whether the new timetable has helped?"
      ),
    ])
  func deniedClaim(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion)
    #expect(critique.suggestion?.contains("What makes you") == false)
  }

  @Test(
    "a charge, a softener or a tacked-on jab is left out of the rewrite",
    arguments: [
      (
        "Isn't it a little rude to skip Grandma's party and then post photos from the pub?",
        "How do you see skipping Grandma's party?"
      ),
      (
        "Why would anyone shop there after all the recalls?",
        "What leads people to shop there?"
      ),
      (
        "Aren't e-scooters basically a nuisance?",
        "What's your view on whether e-scooters are a nuisance?"
      ),
    ])
  func chargesLeftOut(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "'why do you always / never' is a complaint, asked about without its sweep",
    arguments: [
      (
        "Why do you always park so close to the gate?",
        "What happens for you when you park so close to the gate?"
      ),
      ("Why do you never answer my texts?", "What makes it hard for you to answer my texts?"),
    ])
  func habitsOfYou(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test("a claim whose subject does not parse gets no shape built on its misreading")
  func unparsedSubject() throws {
    let critique = try critic.critique("Isn't wind the sensible answer?")
    #expect(critique.suggestion?.contains("wind the sensible is") == false)
  }
}
