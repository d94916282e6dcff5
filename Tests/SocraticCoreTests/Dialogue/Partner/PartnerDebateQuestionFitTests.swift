import Testing

@testable import SocraticCore

/// The debater's questions ("a thoughtful, well-informed person", "half as sure", "how common")
/// are said to a view argued plainly, never to a joke, a what-if, a plan or what happened to
/// them: the register of the talk shapes what is offered.
@Suite("Partner: the debater's questions only where a view is argued")
struct PartnerDebateQuestionFitTests {
  private static let debaterWords = [
    "thoughtful, well-informed", "half as sure", "likeliest reason", "most likely way you could",
  ]

  private func offersADebaterQuestion(_ step: DialogueStep) -> Bool {
    step.suggestedQuestions.contains { question in
      Self.debaterWords.contains(where: question.text.contains)
    }
  }

  @Test("a what-if said with a laugh gets no debater's question")
  func jokeWithACondition() {
    var script = builtInPartnerScript([
      "the village panto is just an excuse for the same five people to show off",
      "/me who are the five",
      "the vicar, his wife, both the barretts and whoever does the lights. same every year",
      "/me how sure are you that its the same people, out of 10",
      "like 8. maybe 7. the lights lad changed once",
      "/me what would make you want to go",
      "if they let new people audition properly. or if it wasnt 12 quid",
      "/me what would make you change your mind about it all",
    ])
    let step = script.type("you asked me that already. dunno. if the vicar retired lol")
    #expect(!offersADebaterQuestion(step), "\(offeredItems(in: step))")
  }

  @Test("what happened to them is never asked how common it is")
  func ownEventIsNotCounted() {
    let setting = CoachingSetting(library: DialogueFixtures.library, seed: 7)
    let question = "How common do you think that is?"
    let own = TheirWords(
      "i wore my normal cardigan last year and got called a grinch", isDiscussingAClaim: true,
      setting: setting)
    let others = TheirWords(
      "my cousin wore a cardigan and got called a grinch", isDiscussingAClaim: true,
      setting: setting)
    #expect(!StockQuestionFit.fits(question, after: own, isTender: false))
    #expect(StockQuestionFit.fits(question, after: others, isTender: false))
  }
}
