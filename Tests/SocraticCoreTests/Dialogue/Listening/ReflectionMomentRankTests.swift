import Testing

@testable import SocraticCore

@Suite(
  "Reflections take up the moment: a correction, a grant, a wavering, a question to themselves")
struct ReflectionMomentRankTests {
  @Test(
    "a correction by degree is given back as the view they now hold",
    arguments: [
      ("not angry really, more disappointed", "So you're feeling more disappointed than angry."),
      ("not furious exactly, more worried", "So you're feeling more worried than furious."),
      ("it was more the noise than the money", "So it's the noise, not the money."),
      ("its more the attitude than the price", "So it's the attitude, not the price."),
      (
        "not cross exactly, more sad. i still think the shop should close",
        "So you're feeling more sad than cross."
      ),
      (
        "i'm more worried than angry about it",
        "It sounds like you're more worried than angry about it."
      ),
      (
        "its not anger really, more the sense nobody listens",
        "So it's not anger really, more the sense nobody listens."
      ),
      ("more the hours than the pay", "So it's the hours, not the pay."),
      ("not scared exactly, more tired", "So you're feeling more tired than scared."),
      ("it was more the fees than the service", "So it's the fees, not the service."),
    ] as [(String, String?)])
  func correctionByDegree(answer: String, expected: String?) {
    #expect(reflected(answer) == expected)
  }

  @Test(
    "only words that grant a point are given back as granted; a hedge is a thought",
    arguments: [
      (
        "i dunno, the council cleans it up eventually i suppose",
        "So you're thinking the council cleans it up eventually."
      ),
      (
        "yeah that's fair, the parks are busier than they were",
        "So you'd grant that the parks are busier than they were."
      ),
      (
        "the tourists spend a lot here i grant you, but they clog the roads",
        "So you grant that the tourists spend a lot here, but they clog the roads."
      ),
      (
        "i admit, the numbers look worse than i thought",
        "So you'd grant that the numbers look worse than you thought."
      ),
      ("the bus gets there first i guess", "So you're thinking the bus gets there first."),
      ("the tram is cheaper i suppose", "So you're thinking the tram is cheaper."),
      (
        "ok fair, the cameras cut the speeding", "So you'd grant that the cameras cut the speeding."
      ),
      (
        "you might be right, the old system was slower",
        "So you'd grant that the old system was slower."
      ),
      (
        "the rent caps helped a bit i'll grant you",
        "So you'd grant that the rent caps helped a bit."
      ),
      ("to be fair, the new boss listens more", "So you'd grant that the new boss listens more."),
    ])
  func grantOnlyWhenGranted(answer: String, expected: String) {
    #expect(reflected(answer) == expected)
  }

  @Test(
    "a question they put to themselves is given back as what they wonder",
    arguments: [
      (
        "makes me wonder if im jealous of them or just skint",
        "It sounds like you're wondering whether you're jealous of them or just skint."
      ),
      (
        "makes me question whether i ever gave it a fair go",
        "It sounds like you're wondering whether you ever gave it a fair go."
      ),
      (
        "i wonder if i just like having someone to blame",
        "It sounds like you're wondering whether you just like having someone to blame."
      ),
      (
        "it makes me wonder whether i was ever that bothered",
        "It sounds like you're wondering whether you were ever that bothered."
      ),
    ])
  func wondering(answer: String, expected: String) {
    #expect(reflected(answer) == expected)
  }

  @Test(
    "what someone else would say, running on into the next sentence, is never given back as theirs",
    arguments: [
      "my sister would say its just a phase. like let them grow out of it",
      "theyd say its the funding. like give them the cash and it'd be fine",
      "my dad would say grow up. like stop moaning and get a job",
      "people say its fine. like just let the market sort it out",
      "she'd say relax. like stop checking the news every hour",
      "the experts say wait. like give the scheme another year",
    ])
  func reportRunsOn(answer: String) {
    let told = answer.split(separator: ". like ").last.map(String.init) ?? ""
    let firstWords = told.split(separator: " ").prefix(2).joined(separator: " ")
    #expect(reflected(answer)?.lowercased().contains(firstWords) != true)
  }
}
