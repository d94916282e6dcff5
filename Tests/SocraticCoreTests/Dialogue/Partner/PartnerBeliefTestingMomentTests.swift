import Testing

@testable import SocraticCore

/// Questions that put a belief to the test (how sure, what they have seen, what would change
/// their mind, who sees it differently) are offered after a calm view argued, never after an
/// apology, a grumble, a plan, an agreement or a memory of someone; and a claim is never
/// pasted into a frame where it reads garbled.
@Suite("Partner: belief-testing questions only where a view is argued calmly")
struct PartnerBeliefTestingMomentTests {
  private let setting = CoachingSetting(library: DialogueFixtures.library, seed: 7)

  private func words(_ line: String) -> TheirWords {
    TheirWords(line, isDiscussingAClaim: true, setting: setting)
  }

  private static let tests = [
    "How sure are you about that, from 0 to 100?",
    "What have you seen with your own eyes that bears on whether the bus lane helps?",
    "Who do you know who sees it differently?",
    "What would change your mind about this?",
  ]

  @Test("a calm view argued leaves room to test it")
  func calmView() {
    let turn = words("the bus lane makes the whole high street slower, because the cars just queue")
    for question in Self.tests {
      #expect(StockQuestionFit.fits(question, after: turn, isTender: false), "\(question)")
    }
  }

  @Test(
    "after an apology, a grumble, a plan, an agreement or a memory, nothing tests the belief",
    arguments: [
      "sorry, i got a bit worked up there",
      "not like anyone round here listens to me anyway",
      "we'll ring the council on monday and ask",
      "sounds like a plan",
      "grandad used to walk me down that high street every saturday",
    ])
  func notAfterAMoment(line: String) {
    let turn = words(line)
    for question in Self.tests {
      #expect(!StockQuestionFit.fits(question, after: turn, isTender: false), "\(question)")
    }
  }

  @Test("in a talk of their own life nothing tests a belief")
  func personalTalk() {
    let turn = words("the bus lane makes the whole high street slower")
    #expect(
      !StockQuestionFit.fits(
        Self.tests[0], after: turn, isTender: false, isPersonalTalk: true))
  }

  @Test("a grumble in a family talk gets no belief-testing question")
  func grumbleInATalk() {
    var script = builtInPartnerScript([
      "i think my brother should pay his share of mums care home",
      "/me what makes you say that",
    ])
    let step = script.type("oh whatever, it's not like anyone ever listens to me")
    for question in step.suggestedQuestions {
      #expect(!BeliefTestingQuestion.tests(question.text), "\(question.text)")
    }
  }

  @Test(
    "a claim is never pasted where it reads garbled",
    arguments: [
      (
        "What would change for you if you stopped believing that you don't need a car?",
        "you don't need a car"
      ),
      (
        "What would change for you if you stopped believing that the bins never get emptied?",
        "the bins never get emptied"
      ),
    ])
  func garbled(question: String, claim: String) {
    #expect(SuggestionPlanner.garblesTheClaim(question, claim: claim))
  }

  @Test("a clean clause is pasted as it is")
  func clean() {
    #expect(
      !SuggestionPlanner.garblesTheClaim(
        "What would change for you if you stopped believing that the buses are late?",
        claim: "the buses are late"))
  }
}
