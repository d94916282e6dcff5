import Testing

@testable import SocraticCore

/// A belief of these tests' own, held about a shared trouble a learner may moan along with.
private let boilerPack = TopicPack(
  id: "boiler", title: "Boiler", version: 1, keywords: ["boiler", "engineer", "heating"],
  beliefs: [
    PackBelief(
      text: "Landlords should have to fix a broken boiler within a day.",
      reasons: [
        "A family with a baby cannot wait a week in a cold flat.",
        "Most repairs take an engineer under an hour once he turns up.",
      ],
      replies: ["My sister went nine days without hot water last winter."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

@Suite("The drill persona takes sympathy warmly, never as a view argued at it")
struct PersonaTakesSympathyTests {
  @Test(
    "a word of sympathy gets thanks, and its confidence stays",
    arguments: [
      "oh what a faff", "ugh, poor you", "that sounds rough tbh", "oh dear. tell me about it",
    ])
  func sympathyTakenWarmly(line: String) throws {
    let steps = drillSteps(
      typing: ["why do you think so?", line], holdingFirstBeliefOf: boilerPack)
    let answer = try personaReply(in: steps[1])
    #expect(answer.text == "Thanks, it does wear you down.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
    #expect(drillNotices(steps[1]).contains(LearnerSympathy.sympathy.note))
  }

  @Test("saying they were only moaning is heard, and the persona owns it misread them")
  func notArguingHeard() throws {
    let answers = try personaReplies(
      typing: [
        "why do you think so?", "what a palaver",
        "oh no i wasnt having a go, just having a bit of a moan, sorry!",
      ], holdingFirstBeliefOf: boilerPack)
    #expect(answers[1].text == "Thanks, it does wear you down.")
    #expect(answers[2].text == "Ah, I took you wrong then; moan away, I know the feeling.")
    #expect(answers[2].confidenceAfter == answers[2].confidenceBefore)
  }

  @Test("sympathy with a push after it is still a push")
  func sympathyThenArgument() throws {
    let answer = try personaReplies(
      typing: ["why do you think so?", "oh dear, but landlords have bills too"],
      holdingFirstBeliefOf: boilerPack)[1]
    #expect(answer.confidenceAfter > answer.confidenceBefore)
  }
}
