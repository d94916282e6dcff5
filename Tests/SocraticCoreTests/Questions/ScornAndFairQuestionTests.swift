import Testing

@testable import SocraticCore

/// Scorn that reads as open by its shape (a burden disowned, a who-question answered with a
/// mocking "you", a "seriously" said apart), and the open questions people ask in family
/// arguments, which must never be faulted.
@Suite("Scorn put as an open question, and fair family questions")
struct ScornAndFairQuestionTests {
  let critic = QuestionCritic()

  @Test(
    "'How is it my …' disowns a burden: a complaint, rewritten without the asker's grievance",
    arguments: [
      "How is it my fault that the car ran out of petrol?",
      "how's it my job to sort out your passport?",
      "How is that my problem?",
      "Why is it my responsibility to remind your brother?",
      "how was it my fault you forgot the tickets?",
      "How is any of this my concern?",
      "how is it our business who she dates?",
    ])
  func disownedBurden(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.form)")
    #expect(critique.problems.first?.contains("complaint put as a question") == true)
    let suggestion = try #require(critique.suggestion)
    #expect(!suggestion.lowercased().contains(" my "))
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a who-question answered with a mocking 'you' or 'me' is sarcasm, and asks how to settle it",
    arguments: [
      ("Who's going to mow the lawn every Sunday, you?", "mow the lawn every Sunday"),
      ("who is going to clean out the rabbit hutch, you?", "clean out the rabbit hutch"),
      ("Who's gonna get up for the baby at night, me?", "get up for the baby at night"),
      ("who will pay for the repairs, you?", "pay for the repairs"),
    ])
  func mockedWho(question: String, chore: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.form)")
    #expect(critique.problems.first?.contains("is sarcasm") == true, "\(critique.problems)")
    let suggestion = try #require(critique.suggestion)
    #expect(suggestion.hasPrefix("How should we decide who"), "\(suggestion)")
    #expect(suggestion.hasSuffix(chore + "?"), "\(suggestion)")
  }

  @Test(
    "'seriously', 'honestly' or 'really' set off at the start or end is scorn, left out of the rewrite",
    arguments: [
      ("Seriously, what did you think would happen?", "seriously"),
      ("honestly, why would anyone need three sofas", "honestly"),
      ("Oh seriously, who leaves wet towels on the bed?", "seriously"),
      ("Really, what were you expecting from him?", "really"),
      ("What was the plan there, seriously?", "seriously"),
      ("why did you book it without asking, honestly?", "honestly"),
      ("how does that help anyone, seriously though?", "seriously"),
      ("Seriously why are the plates still in the sink?", "seriously"),
    ])
  func scornfulAside(question: String, word: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.form)")
    #expect(
      critique.problems.contains { $0.lowercased().contains("'\(word)'") }, "\(critique.problems)")
    if let suggestion = critique.suggestion {
      #expect(!suggestion.lowercased().contains(word), "\(suggestion)")
    }
  }

  @Test(
    "words a question reports from the person or someone else presume nothing of the asker's",
    arguments: [
      "What did you mean when you said I never listen to you?",
      "How did it feel when she said you always side with your dad?",
      "What goes through your head when your mum says you keep defending me?",
      "What do you think he meant when he told you to finally admit it?",
    ])
  func reportedWords(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open, "\(question): \(critique.problems)")
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "'still' in a what-question asks what is left, and doubts nothing",
    arguments: [
      "What would you still like to ask your dad?",
      "What could we still do to make Christmas work?",
      "What would you still want to change about the plan?",
      "What can we still rescue from the weekend?",
    ])
  func stillLeft(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open, "\(question): \(critique.problems)")
  }

  @Test(
    "open questions of a family argument, candour and manner words among them, are open, with nothing to fault",
    arguments: [
      "What matters most to you about where we go for Easter?",
      "How do you feel about your brother moving back home?",
      "What would a fair split of the school runs look like to you?",
      "What worries you about Mum living on her own?",
      "How did you come to see the inheritance that way?",
      "What do you think your dad needs from us right now?",
      "How would you like us to handle it when the twins fight?",
      "What's the hardest part of the holidays for you?",
      "What would you want your sister to understand about this?",
      "How do you think we could make Sunday lunches less tense?",
      "What was it about the birthday dinner that upset you?",
      "What do you imagine would happen if we skipped the wedding?",
      "How does it feel when I bring up your job at dinner?",
      "What would change your mind about moving closer to my parents?",
      "Why does hosting feel so important to you this year?",
      "What do you need from me after a long shift?",
      "What did you mean when you said I never back you up?",
      "How did it land when your aunt said you always get your way?",
      "What would you still like to say to your grandad?",
      "What could we still change before the kids go back to school?",
      // A manner asked about, or candour asked for their view, is no scorn.
      "How seriously do you take your sister's warning?",
      "What would you honestly like to happen at the reunion?",
      "Honestly, how do you feel about your dad's plan?",
      "What do you make of her new flat, honestly?",
    ])
  func familyQuestions(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open, "\(question): \(critique.form)")
    #expect(critique.problems.isEmpty, "\(question): \(critique.problems)")
    #expect(critique.suggestion == nil)
  }
}
