import Testing

@testable import SocraticCore

/// A check on how someone else is getting on is asked as a friend asks it, by "how"; a question
/// that only settles an arrangement (a day that suits them, whose turn a job is) is fine closed.
@Suite("A check-in on someone is asked by 'how'; logistics are fine closed")
struct WarmCheckAndLogisticsTests {
  let critic = QuestionCritic()

  @Test(
    "a yes/no check on how someone is becomes 'How is …?', keeping what they are doing",
    arguments: [
      (
        "is nana settling in alright at the care home?", "How is nana settling in at the care home?"
      ),
      ("is the cat ok after the vet?", "How is the cat after the vet?"),
      ("was the party alright in the end?", "How was the party in the end?"),
      (
        "are the twins ok with their new childminder?",
        "How do the twins feel about their new childminder?"
      ),
      ("was your sister alright after the funeral?", "How was your sister after the funeral?"),
      ("is your dad coping ok since the fall?", "How is your dad coping since the fall?"),
    ])
  func checkIn(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "an arrangement is closed and fine as it is, with no rewrite",
    arguments: [
      "can you do wednesdays?", "can you do saturday mornings?", "can you make thursdays?",
      "who's dropping him at footy, you or me?", "who'll ring the vet, me or him?",
    ])
  func arrangement(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == nil)
    #expect(critique.problems.count == 1)
    #expect(critique.problems.first?.contains("fine as it is") == true)
  }

  @Test(
    "whose turn a verdict is stays an either-or fault",
    arguments: [
      "who's right, me or you?", "who's being unreasonable, me or him?",
      "who's lying, you or her?", "who'll be proved right, me or you?",
      "who's winning this row, me or her?", "who's gonna be the bad guy, you or me?",
    ])
  func verdictChoice(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.problems == [QuestionProblem.eitherOr.explanation])
  }

  @Test(
    "'ok with' a thing asks how someone feels about it; how quick a trip is asks its degree",
    arguments: [
      ("is the landlord fine with pets?", "How does the landlord feel about pets?"),
      ("are the kids ok with pizza?", "How do the kids feel about pizza?"),
      (
        "was your boss ok with the extra day off?",
        "How did your boss feel about the extra day off?"
      ),
      // A yes/no question of how quick a trip is asks its degree, not its timing.
      ("is it quick to get to town by bus?", "How quick is it to get to town by bus?"),
    ])
  func agreeing(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "asking more of them at a time is no arrangement: a yes/no question, not fine as it is",
    arguments: [
      "Can you do better next time?", "Could you make more effort at the weekend?",
      "can you get some exercise on sundays?",
    ])
  func askingMore(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.yesNo.explanation])
  }

  @Test(
    "a time and nothing more is an arrangement", arguments: ["could you make it on the friday?"])
  func timeOnly(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.suggestion == nil)
    #expect(critique.problems.first?.contains("fine as it is") == true)
  }
}

/// A rewrite of a leading question leaves the asker's claim out: what the person was asked to
/// admit or see, and the asker's verdict on timing, are not pinned on them.
@Suite("Rewrites leave out what the person was asked to admit and the asker's timing")
struct ConcededClaimRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "what they are asked to grant is asked about as their own view",
    arguments: [
      ("you'd admit the garden is a mess, right?", "How do you see the garden?"),
      ("you'd have to admit the shed is a tip, wouldn't you?", "How do you see the shed?"),
      ("you'd agree the landlord is useless, wouldn't you?", "How do you see the landlord?"),
      (
        "surely you can see your nan needs more help?",
        "What's your view on whether your nan needs more help?"
      ),
    ])
  func conceded(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == rewrite)
  }

  @Test(
    "a verdict on timing is left out, and the timing asked about",
    arguments: [
      (
        "isn't it a bit early to book the holiday?",
        "How do you feel about the timing of booking the holiday?"
      ),
      (
        "isn't it too soon to be selling the house?",
        "How do you feel about the timing of selling the house?"
      ),
    ])
  func timing(text: String, rewrite: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == rewrite)
  }
}

/// A command stays advice when the parser reads its verb as a subject: "go and see your aunt"
/// and "go round to hers after work" tell the person what to do; they give nothing back.
@Suite("Two commands joined, or a command with a place, are advice")
struct JoinedCommandAdviceTests {
  let critic = QuestionCritic()

  @Test(
    "a command with 'and' or a place after it is advice",
    arguments: ["go and ask your neighbour on friday", "go round to your sister's after tea"])
  func joined(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.advice.explanation])
  }
}

/// What a reflection says they wonder is what matters to them, not a claim of the listener's
/// own: "and wondering if it's worth it" joins the "you" of the clause before it.
@Suite("What they are said to wonder is a meaning, not a claim")
struct WonderedMeaningTests {
  let critic = QuestionCritic()

  @Test("a complex reflection naming what they weigh up is well heard")
  func wondered() throws {
    let critique = try critic.critique(
      "you're worn out and wondering if the promotion is worth it",
      after: "i'm doing twelve hour shifts and the pay rise was tiny")
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "the 'you' of the clause before 'and' may come after its frame",
    arguments: [
      (
        "so you're worn out and wondering if the promotion is worth it",
        "i'm doing twelve hour shifts and the pay rise was tiny"
      ),
      (
        "it sounds like you're fed up and questioning whether the allotment is worth the rent",
        "the slugs ate everything again and the plot costs me eighty quid a year"
      ),
    ])
  func framedWonder(text: String, heard: String) throws {
    let critique = try critic.critique(text, after: heard)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
  }
}
