import Testing

@testable import SocraticCore

/// "Is there a time you …?": yes/no in form, an invitation to tell in fact.
@Suite("Yes/no questions that invite a story")
struct InvitationTests {
  let critic = QuestionCritic()

  @Test(
    "an existential yes/no question about the listener's experience invites a story: closed, fine, with a kind",
    arguments: [
      "Is there a moment that changed how you see it?",
      "Was there a time when you felt differently about this?",
      "Is there anything that would make you feel safer?",
      "Are there people in your life who see it another way?",
      "Is there an example from your own work that shows this?",
      "Has there ever been a day when you doubted it?",
      "Is there someone whose opinion you trust on this?",
      "Is there a story behind how you got into climbing?",
      "Was there a particular teacher who shaped your view?",
      "Is there something about the plan that worries you?",
      "Is there a book or a film that brought it home for you?",
    ])
  func invitesStory(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.contains { $0.contains("invites them to tell") })
    #expect(!critique.problems.contains { $0.contains("plain fact") })
    #expect(critique.kind != nil)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "an existential yes/no question about a thing asks nothing of the listener's own",
    arguments: [
      "Is there a bus to the airport?",
      "Is there a fee for the car park?",
      "Are there any seats left on the ferry?",
    ])
  func asksOfAThing(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(!critique.problems.contains { $0.contains("invites them to tell") })
  }
}
