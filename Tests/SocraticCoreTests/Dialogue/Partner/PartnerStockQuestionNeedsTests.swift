import Testing

@testable import SocraticCore

/// Each stock question is offered only when what they said holds what it asks about: "at the
/// time" a moment that is over, "those times" a stretch of the past, "before" a change whose
/// before is untold, "hard to look at" a struggle not laughed off, "what next" a matter still
/// open, "looking forward" a plan they welcome.
@Suite("The partner dialogue: a stock question needs its ground in what they said")
struct PartnerStockQuestionNeedsTests {
  /// What they said, read as partner reads a turn.
  private func read(_ line: String) -> TheirWords {
    let setting = CoachingSetting(library: DialogueFixtures.library, seed: 7)
    return TheirWords(line, isDiscussingAClaim: true, setting: setting)
  }

  @Test(
    "a question whose ground is missing from the turn does not fit it",
    arguments: [
      (
        "What did you make of it at the time?",
        "i used to grab a croissant on the train every day, now i just have tea at my desk"
      ),
      (
        "What did you make of it at the time?",
        "maybe 6 out of 10. the price bit im sure about. the protein stuff i mightve half heard on a podcast"
      ),
      (
        "What was it like before?",
        "its worse now. the drive to my sisters used to be 20 minutes, now its nearly an hour"
      ),
      (
        "What do you remember best from those times?",
        "ive worked at this garage 30 years, i know every engine in the place"
      ),
      (
        "What would you like to happen next?",
        "my cholesterol dropped loads once i cut out the takeaways, the nurse was well impressed"
      ),
      (
        "What would feel right to you now?",
        "my cholesterol dropped loads once i cut out the takeaways, the nurse was well impressed"
      ),
      (
        "What makes that hard to look at?",
        "ok fine the real reason is i cant be bothered with it haha. dont tell my mum"
      ),
      (
        "Who else feels it the way you do?",
        "hard to admit?? its ironing mate not a tragedy lol"
      ),
      (
        "What are you looking forward to most?",
        "I am NOT giving up the allotment. That's final. Your grandad and I dug that plot for years"
      ),
      (
        "How are the people around you taking it?",
        "the party was fine. we didnt stay till the end though"
      ),
    ])
  func groundMissing(_ question: String, _ line: String) {
    #expect(!StockQuestionFit.fits(question, after: read(line), isTender: false))
  }

  @Test(
    "a question whose ground is in the turn still fits it",
    arguments: [
      (
        "What would you like to happen next?",
        "i dont know whether to take the transfer or stay put"
      ),
      (
        "What makes that hard to look at?",
        "honestly its hard to admit but i only took the job for the money"
      ),
      ("What are you looking forward to most?", "im moving to cardiff next spring, cant wait"),
      ("What was it like before?", "since we moved out to the village i barely see anyone"),
    ])
  func groundThere(_ question: String, _ line: String) {
    #expect(StockQuestionFit.fits(question, after: read(line), isTender: false))
  }

  @Test(
    "a refusal is never asked what they look forward to, nor how they picture it going",
    arguments: [
      "I am NOT giving up the allotment. That's final. Your grandad and I dug that plot for years",
      "we are not moving to spain, i dont care what your brother says",
    ])
  func refusal(_ line: String) {
    var script = partnerScript()
    let offered = script.type(line).suggestions.map(\.text)
    #expect(!offered.isEmpty)
    let planQuestions = [
      "What are you looking forward to most?", "How do you picture it going?",
      "Who could you talk to about it?",
    ]
    #expect(!offered.contains { planQuestions.contains($0) }, "\(offered)")
  }

  @Test("a reason given with a laugh is not asked what makes it hard to look at")
  func laughedBlockage() {
    var script = partnerScript()
    script.type("ironing is a total waste of time, i stopped doing it months ago")
    script.type("/me what made you stop")
    let offered = script.type(
      "ok fine the real reason is i cant be bothered with it haha. dont tell my mum"
    ).suggestions.map(\.text)
    #expect(!offered.contains("What makes that hard to look at?"), "\(offered)")
    #expect(!offered.contains("What would help you look at it with less at stake?"), "\(offered)")
  }
}
