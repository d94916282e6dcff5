import Testing

@testable import SocraticCore

/// Questions that read as open by their shape but lead by what they take for granted: that the
/// person does not need what they have, has no right to decide, does something always, or is
/// to blame for the asker's lot. And the softly offered reflection that only looks like one.
@Suite("Loaded questions")
struct LoadedQuestionTests {
  let critic = QuestionCritic()

  @Test(
    "a question that takes a charge for granted leads",
    arguments: [
      "why do you need a pickup truck to drive to the office",
      "Why does anyone even need an espresso machine to make coffee?",
      "why does your brother get to pick the restaurant",
      "How come she gets to choose where we go every christmas?",
      "how is it legal for an airline to cancel a flight and keep the fare",
      "why is he on that game literally all the time",
      "why are you at the gym every single night?",
      "why do you text your ex constantly",
      "is it fair that i cook every night while you watch tv?",
    ])
  func leads(question: String) throws {
    #expect(try critic.critique(question).form == .leading)
  }

  @Test(
    "the same words asked plainly do not lead",
    arguments: [
      "why do you need to leave early today?",
      "what do you think about all the time?",
      "how is it going at the new job?",
      "what would you need to feel safe at home?",
      "is it normal for a puppy to sleep this much?",
      "is it normal that i feel tired all the time?",
      "is it ok for me to leave early on friday?",
      "is it fair for me to ask my dad for money?",
    ])
  func doesNotLead(question: String) throws {
    #expect(try critic.critique(question).form != .leading)
  }

  @Test(
    "said back to them, a guess at their meaning with a question mark gives back; one that names their view leads",
    arguments: [
      (
        "so it sounds like losing that job really knocked your confidence?", QuestionForm.reflection
      ),
      ("It seems like the move has been lonely for you?", .reflection),
      ("okay so what i'm hearing is the late shifts wear you down?", .reflection),
      ("so it sounds like you think exercise is pointless?", .leading),
    ])
  func tentativeReflection(text: String, form: QuestionForm) throws {
    let after = "i lost my job in march and i have not felt the same since"
    #expect(try critic.critique(text, after: after).form == form)
  }

  @Test(
    "a question that asks how the story went on is one question; a new question after 'like' is another",
    arguments: [
      ("can you think of a time you felt left out at work? what happened?", 1),
      ("When did you last feel really rested? And how did that feel?", 1),
      ("do you cook at home much? like what do you usually make", 2),
      ("What did they mean? Like replaced, or just changed?", 1),
    ])
  func questionCount(text: String, count: Int) throws {
    let problems = try critic.critique(text).problems
    let several = problems.contains { $0.hasPrefix("asks 2 questions") }
    #expect(several == (count == 2))
  }

  @Test(
    "'So you think …?' gives back when they said it, and puts words in their mouth when not",
    arguments: [
      (
        "honestly the school run is too stressful", "So you think the school run is too stressful?",
        QuestionForm.reflection
      ),
      ("honestly the school run is too stressful", "So you think school doesn't matter?", .leading),
    ])
  func wordsTheySaid(after: String, text: String, form: QuestionForm) throws {
    #expect(try critic.critique(text, after: after).form == form)
  }
}
