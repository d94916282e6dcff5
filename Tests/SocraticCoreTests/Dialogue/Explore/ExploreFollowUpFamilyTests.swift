import Testing

@testable import SocraticCore

/// Conversations that check the next question follows what was said, named short: no stock
/// family twice in a session, no call for an example right after one, the person or the thing
/// they named in the question rather than the whole claim pasted into a frame.
@Suite("Explore follow-ups from meaning")
struct ExploreFollowUpFamilyTests {
  /// The families a session asks once, whatever the thread.
  static let stock: Set<QuestionIntent> = [.bearing, .fit]

  /// Whether a question asks for a story or an example.
  static func asksForAnExample(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return [
      "example", "a time when", "a time that", "first come to see", "first made you see",
      "first came home",
    ].contains { lowered.contains($0) }
  }

  /// Checks what every conversation must hold: each stock family at most once, and no call
  /// for an example right after an answer that told one.
  static func expectFollowsTheAnswers(_ script: ExploreScript, toldAt told: Set<Int>) {
    var families: [QuestionIntent: String] = [:]
    for question in script.questions {
      for family in QuestionIntent.purposes(of: question.text).intersection(stock) {
        #expect(families[family] == nil, "\(family) asked twice: \(question.text)")
        families[family] = question.text
      }
    }
    for (number, question) in script.questions.enumerated() where told.contains(number) {
      #expect(!asksForAnExample(question.text), "asks for an example after one: \(question.text)")
    }
  }

  @Test("a story about someone of theirs is asked about by that person, not by the claim")
  func storyNamesThePerson() {
    let belief = "Supermarkets should stop selling energy drinks to teenagers."
    var script = ExploreScript.questioning(
      belief, answers: ["because they wreck kids sleep and make them jumpy in class"])
    let step = script.type("my nephew drank three cans a day and his marks fell apart last year")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(asked.contains("your nephew"), "\(asked)")
    #expect(!asked.contains("energy drinks"), "\(asked)")
    script.type([
      "mostly the sleep thing, that is what gets me", "the shops would lose money i guess",
    ])
    Self.expectFollowsTheAnswers(script, toldAt: [2])
  }

  @Test("what they put first is asked about in their words")
  func rankedThingNamed() {
    var script = ExploreScript.questioning(
      "A language app can teach you to speak a language.",
      answers: [
        "because you practise a little every day and it adds up",
        "i did one for two years and i could chat with the waiters in porto",
      ])
    let step = script.type("mostly the daily habit, honestly")
    #expect(
      ExploreScript.question(step)?.text.contains("the daily habit") == true,
      "\(ExploreScript.question(step)?.text ?? "")")
    Self.expectFollowsTheAnswers(script, toldAt: [2])
  }

  @Test("a point against their view is taken up without the whole claim pasted after it")
  func takeUpWithoutClaim() {
    var script = ExploreScript.questioning(
      "Cities should close their centres to cars.",
      answers: [
        "because the air is filthy and kids walk to school along those roads",
        "when they shut the main street in my town to traffic the cafes filled up",
      ])
    let step = script.type("the delivery vans still have to get in somehow, that is true")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains("close their centres to cars"), "\(asked)")
    Self.expectFollowsTheAnswers(script, toldAt: [2])
  }

  @Test("a stock family asked in one thread is not asked again after /belief")
  func familyOncePerSession() {
    var script = ExploreScript.questioning(
      "Night buses make a city safer.",
      answers: [
        "because people get home instead of walking alone at 3am",
        "my sister took the night bus for years after her shifts and never had trouble",
      ])
    script.type(["/belief", "60", "Libraries matter more now than twenty years ago.", "y", "75"])
    script.type([
      "because they are the last warm place you can sit without paying",
      "my mum spends her afternoons at ours since the heating bill went up",
      "mostly the warmth, for old people",
    ])
    Self.expectFollowsTheAnswers(script, toldAt: [3, 6])
    #expect(script.dialogue.state.thread == 2)
  }

  @Test(
    "the thing put first is named short, or not at all",
    arguments: [
      ("the main thing is the cost of it really", "the cost of it"),
      ("mostly my kids, tbh", "your kids"),
      ("mostly the daily habit, honestly", "the daily habit"),
      ("the main thing is the daily habit", "the daily habit"),
      ("it's mostly fine", nil),
      ("mostly that", nil),
      ("the main thing is that nobody checks the figures", nil),
    ] as [(String, String?)])
  func rankedPhrase(answer: String, phrase: String?) {
    #expect(ExploreArc.rankedPhrase(in: answer) == phrase)
  }

  @Test("where something happened is not whom it happened to")
  func placeIsNoPerson() {
    #expect(
      AnswerFollowUp.typicalQuestion(
        of: "at my old office we switched to four days and everyone got more done")?
        .contains("your old office") != true)
  }
}
