import Testing

@testable import SocraticCore

/// The templates that presume: each is asked only when what it presumes was said.
@Suite("Explore's questions presume nothing the person did not say")
struct ExploreNoPresumingTests {
  @Test(
    "an event of their own, told in the past, is asked how typical it is by whom it befell",
    arguments: [
      (
        "our bus route got cut last year",
        "How typical is what happened to your bus route, do you think?"
      ),
      (
        "my landlord put my rent up by a third",
        "How typical is what happened to your rent, do you think?"
      ),
      ("i got laid off in march", "How typical is what happened to you, do you think?"),
      (
        "my brother was stopped twice at the border",
        "How typical is what happened to your brother, do you think?"
      ),
      ("the clinic turned me away", "How typical is what happened to you, do you think?"),
      ("we lost the house in the flood", "How typical is what happened to you, do you think?"),
      ("i saw three crashes on that road", "How typical is what you saw, do you think?"),
      ("we watched the shop next door close", "How typical is what you watched, do you think?"),
      (
        "my grandad's pension was cut in half",
        "How typical is what happened to your grandad's pension, do you think?"
      ),
      (
        "the bank froze our account for a week",
        "How typical is what happened to your account, do you think?"
      ),
    ])
  func ownEvent(told: String, question: String) {
    #expect(AnswerFollowUp.typicalQuestion(of: told) == question, "\(told)")
  }

  @Test(
    "what did not befall them, or is no event, is not asked how typical it is",
    arguments: [
      "nothing happened to me really, i just see it at work",
      "i see it every day on my shift",
      "a friend of a friend got scammed once",
      "they never fixed the lift in our block",
      "people keep telling me it's fine",
      "the prices go up every spring",
      "i think the council is useless",
      "my kids love the new park",
      "i didnt get a reply",
      "everyone at work moans about it",
    ])
  func noOwnEvent(told: String) {
    #expect(AnswerFollowUp.typicalQuestion(of: told) == nil, "\(told)")
  }

  @Test(
    "a source is weighed only when it is cited as one",
    arguments: [
      ("i read in the paper that crime is down", "the paper"),
      ("the study says kids sleep less", "the study"),
      ("according to the official figures it went up", "the official figures"),
      ("the numbers show a drop every year", "the numbers"),
      ("i watched a documentary about it", "that documentary"),
      ("studies have shown it works", "the studies"),
      ("there's a report that says the opposite", "that report"),
      ("a podcast i listened to covered it", "that podcast"),
      ("my union sent round a survey that found most of us agree", "that survey"),
      ("I saw a post by a nurse explaining it", "that post"),
    ])
  func citedSource(answer: String, source: String) {
    #expect(AnswerFollowUp.sourcePhrase(in: answer) == source, "\(answer)")
  }

  @Test(
    "a source noun that is a thing in their story is not weighed",
    arguments: [
      "you have to wait for the post for days",
      "whatever i put on the paper the same guy wins",
      "my nan still reads the paper every morning",
      "the numbers on my payslip went down",
      "i post about it sometimes",
      "they stuck a poll card through the door",
      "our data plan costs a fortune",
      "i spilled coffee on the report",
      "the video shop closed years ago",
      "i make videos for a living",
    ])
  func notCited(answer: String) {
    #expect(AnswerFollowUp.sourcePhrase(in: answer) == nil, "\(answer)")
  }
}
