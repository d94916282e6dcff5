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

  @Test(
    "a platform someone else learned from, or a thing in their story, is no source of theirs",
    arguments: [
      ("she learned to crochet off youtube", false), ("my son watched it on tiktok", false),
      ("he read it on reddit", false), ("my mum heard it on facebook", false),
      ("they found the recipe on instagram", false), ("i learned it on youtube", true),
      ("we saw it on tiktok", true), ("i once read on reddit that it works", true),
      ("according to wikipedia it is safe", true), ("i've seen it on twitter", true),
    ])
  func platformOfTheirs(answer: String, isSource: Bool) {
    #expect((AnswerFollowUp.sourcePhrase(in: answer) != nil) == isSource, "\(answer)")
  }

  /// A plan of questions about a belief on the built-in packs.
  private func plan(_ belief: String) -> QuestionPlan? {
    let setting = ExploreSetting(library: .builtIn(), seed: 3)
    guard let analysis = try? setting.engine.analyze(belief) else { return nil }
    return QuestionPlan(analysis: analysis, topics: analysis.topics, setting: setting)
  }

  @Test(
    "a pack question tied to no subject of the belief is asked only when it shares words with what was said",
    arguments: [
      ("neighbours?", true), ("my neighbours never talk politics", true),
      ("trust is gone", true), ("the whole street argues", false), ("nobody votes here", false),
      ("i trust my neighbour more than any politician", true), ("idk", false),
      ("the council ignores us", false), ("everyone keeps to themselves", false),
      ("my neighbour and i fell out over it", true),
    ])
  func outOfTheBlue(answer: String, fits: Bool) {
    let question = "What would happen to trust between neighbours if everyone held your view?"
    guard let plan = plan("Voting does not change anything."),
      plan.packQuestions.contains(where: { $0.question.text == question })
    else {
      Issue.record("the politics pack's question is not in the plan")
      return
    }
    let said = QuestionWording.contentWords(of: "voting does not change anything " + answer)
    #expect(plan.isOutOfTheBlue(question, said: said) == !fits, "\(answer)")
  }
}
