import Testing

@testable import SocraticCore

@Suite("Reflections leave out the talk around what is said, and never garble it")
struct ReflectionTalkTests {
  @Test(
    "a frame of talk before the clause is not given back",
    arguments: [
      ("you know what, the trains were better before", "So the trains were better before."),
      ("i mean, the schools are doing their best", "So the schools are doing their best."),
      ("like i said, the fees keep going up", "So the fees keep going up."),
      (
        "i'll be honest, the food at that place is awful",
        "So the food at that place is awful."
      ),
      ("i'll say it, the referee was bent", "So the referee was bent."),
      ("i swear, nobody reads the terms", "So nobody reads the terms."),
      ("i just told you, my brother", nil),
      ("i just said, the parking", nil),
      ("you know what i mean, the whole thing", nil),
      (
        "i admit, the numbers look worse than i thought",
        "So you'd grant that the numbers look worse than you thought."
      ),
    ] as [(String, String?)])
  func frameOfTalk(answer: String, expected: String?) {
    #expect(reflected(answer) == expected)
  }

  @Test(
    "a word calling the listener is taken off the end, or the clause is not given back",
    arguments: [
      ("the landlords round here are crooks mate", "So the landlords round here are crooks."),
      ("honestly the buses are useless on sundays love", "So the buses are useless on sundays."),
      ("the new manager is clueless bro", "So the new manager is clueless."),
      ("it's mad mate", "So it's mad."),
      (
        "mate, the council wasted the lot on consultants",
        "So the council wasted the lot on consultants."
      ),
      ("prices went up again guys", "So prices went up again."),
      ("the whole league is rigged dude", "So the whole league is rigged."),
      ("they're a nightmare to deal with pal", nil),
      ("that referee is a disgrace man", nil),
      ("my rent doubled in a year mate", "So your rent doubled in a year."),
    ] as [(String, String?)])
  func addressTerm(answer: String, expected: String?) {
    #expect(reflected(answer) == expected)
  }

  @Test(
    "a tag, a command or a verb of saying that lost its subject is never given back",
    arguments: [
      (
        "the council said they would fix it wouldnt they, typical",
        "So the council said they would fix it."
      ),
      (
        "the fans were promised a new stadium didnt they, classic",
        "So the fans were promised a new stadium."
      ),
      ("he said it was temporary didnt he, and here we are", "So he said it was temporary."),
      (
        "the pay is rubbish and the hours are long so dont tell me its fine",
        "So the pay is rubbish."
      ),
      ("i read it somewhere but i forget where so dont hold me to it", nil),
      ("the point is 'free' doesn't mean free", "So the point is that free doesn't mean free."),
      ("which i admit is a bit of a guess", nil),
      (
        "what i see at work. which i reckon is only half the picture",
        "So it is only half the picture."
      ),
      ("the reviews are mostly paid for, so, grain of salt", nil),
      (
        "the buses are late a lot. which i reckon is down to the cuts",
        "So the buses are late a lot."
      ),
    ] as [(String, String?)])
  func talkInside(answer: String, expected: String?) {
    #expect(reflected(answer) == expected)
  }

  @Test(
    "a we of people in general stays 'we', never turned into an accusing you",
    arguments: [
      (
        "we all just scroll and nobody reads anything",
        "So we all just scroll and nobody reads anything."
      ),
      ("we as parents never say no to them", nil),
      ("we humans are lazy about this stuff", "So we humans are lazy about this stuff."),
      ("we as a country keep voting for the same people", nil),
      ("we all know the roads are a mess", "So the roads are a mess."),
      ("we all just moan and do nothing", "So we all just moan."),
      ("we automated the whole rota last spring", "So you automated the whole rota last spring."),
    ] as [(String, String?)])
  func generalWe(answer: String, expected: String?) {
    #expect(reflected(answer) == expected)
  }
}
