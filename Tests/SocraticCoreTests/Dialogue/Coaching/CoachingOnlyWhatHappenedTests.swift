import Testing

@testable import SocraticCore

/// A belief of these tests' own: a four-day school week.
private let schoolWeekPack = TopicPack(
  id: "school-week", title: "School week", version: 1, keywords: ["school", "week"],
  beliefs: [
    PackBelief(
      text: "Schools should move to a four-day week.",
      reasons: [
        "Teachers are burning out on five long days.",
        "Pupils would get a day for sport and hobbies.",
      ])
  ],
  questions: [])

@Suite("The coach says only what happened")
struct CoachingOnlyWhatHappenedTests {
  @Test("the word about a gap left is said once a drill; the scorecard counts the rest")
  func gapNoteOnce() throws {
    var script = drill(holdingFirstBeliefOf: schoolWeekPack)
    let lines = [
      "who checks the clubs are any good?", "what got you into this view?",
      "how would ofsted inspect it?", "why does this matter to you?",
    ]
    let steps = lines.map { script.type($0) }
    let replies = try steps.map(personaReply(in:))
    try #require(
      replies[0].confidenceAfter < replies[0].confidenceBefore
        && replies[2].confidenceAfter < replies[2].confidenceBefore,
      "\(replies.map(\.text))")
    let noted = steps.filter {
      DialogueScript<DrillDialogue>.notices($0).contains(DrillDialogue.waverLeftNote)
    }
    #expect(noted.count == 1)
  }

  @Test(
    "a gap given back in the learner's words is heard as a reflection",
    arguments: [
      "so checking the clubs is a part you haven't worked out yet",
      "sounds like you don't have an answer for who checks the clubs",
    ])
  func gapGivenBack(line: String) throws {
    var script = drill(holdingFirstBeliefOf: schoolWeekPack)
    let first = try personaReply(
      in: script.type("who checks the clubs are any good?"))
    try #require(first.confidenceAfter < first.confidenceBefore, "\(first.text)")
    let step = script.type(line)
    let (answer, critique) = try replyAndCritique(in: step)
    #expect(critique.form == QuestionForm.reflection.rawValue, "\(critique)")
    #expect(!DialogueScript<DrillDialogue>.notices(step).contains(DrillDialogue.waverLeftNote))
    #expect(answer.confidenceAfter <= answer.confidenceBefore, "\(answer.text)")
  }

  @Test(
    "news of the learner's own before a question is no reflection",
    arguments: [
      "last year my brother's school tried it. how did the teachers find it?",
      "funny, we had the same debate at work. what would the pupils do?",
    ])
  func ownNewsIsNoReflection(line: String) {
    let count = ListeningScorecard.reflections(
      in: line, form: .open, after: "Teachers are burning out on five long days.")
    #expect(count == 0)
  }

  @Test(
    "a reflection before a question after a comma or a dash is counted",
    arguments: [
      "so the teachers are running on empty, what would a fourth day give them?",
      "so the teachers are running on empty \u{2014} what would a fourth day give them?",
    ])
  func reflectionBeforeAComma(line: String) {
    let count = ListeningScorecard.reflections(
      in: line, form: .open, after: "Teachers are burning out on five long days.")
    #expect(count == 1)
  }

  @Test("a condition before a question is no reflection")
  func conditionIsNoReflection() {
    let count = ListeningScorecard.reflections(
      in: "if the teachers are burning out, what would a fourth day give them?", form: .open,
      after: "Teachers are burning out on five long days.")
    #expect(count == 0)
  }

  @Test("a question that quotes the last answer builds on it, belief words and all")
  func quotingBuildsOn() {
    let belief = "Schools should move to a four-day week."
    #expect(
      FollowUp.buildsOn(
        "\"move to a four-day week\" - starting when?",
        previous: "Short answer: I still think schools should move to a four-day week.",
        belief: belief))
    #expect(
      !FollowUp.buildsOn(
        "what about the parents?",
        previous: "Short answer: I still think schools should move to a four-day week.",
        belief: belief))
  }
}
