import Testing

@testable import SocraticCore

@Suite("A concession that turns back: what follows the turn is where they stand")
struct ConcessionTurnTests {
  /// "<a word of conceding>, but <their own side>": nothing is granted but the opener.
  static let turned = [
    (
      "fair enough, but my mate did the course and got a job straight away",
      "my mate did the course and got a job straight away"
    ),
    ("ok but the buses are still late every morning", "the buses are still late every morning"),
    ("true, but my rent went up again in march", "my rent went up again in march"),
    ("fair point, but nobody in my street can afford one", "nobody in my street can afford one"),
    ("ok fair but the council never answers emails", "the council never answers emails"),
    ("yeah ok, but the shop on our road shut last month", "the shop on our road shut last month"),
    (
      "fine, but the trains were cancelled twice this week",
      "the trains were cancelled twice this week"
    ),
    (
      "that's true, but my nan still can't get a GP appointment",
      "my nan still can't get a GP appointment"
    ),
    ("alright fair, but the app crashed on me three times", "the app crashed on me three times"),
    ("i guess, but my cousin lost his job to it", "my cousin lost his job to it"),
  ]

  @Test(
    "nothing after the turn is filed as granted, nor cut at a 'still' inside it",
    arguments: turned)
  func turnedBack(answer: String, stand: String) {
    let read = AnswerMoveReader.read(answer)
    #expect(read.doubts.isEmpty, "\(answer) → doubts \(read.doubts)")
    #expect(read.stand == nil || read.stand == stand)
  }

  @Test("the next question does not ask how a bare 'fair enough' sits with them", arguments: turned)
  func nextQuestion(answer: String, stand: String) {
    let script = ExploreScript.questioning(
      "Cities should ban cars from the centre", answers: ["it's safer for kids", answer])
    let last = script.questions.last?.text ?? ""
    #expect(!TurnRequest.ownPointQuestions.contains(last), "\(answer) → \(last)")
    #expect(!ExploreScript.reflections(script.last).contains { $0.contains("grant") })
  }
}
