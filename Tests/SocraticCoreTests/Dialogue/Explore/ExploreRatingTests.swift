import Testing

@testable import SocraticCore

@Suite("Explore: ratings said in passing, and when the re-rating comes")
struct ExploreRatingTests {
  @Test(
    "a number is a rating only when it counts nothing, times nothing and is not the belief's own",
    arguments: [
      ("ok im off, got a standup in 5 mins", "", []),
      ("got 3 kids so maybe 40", "", [40]),
      ("for 16 full stop maybe 50", "the voting age should be 16", [50]),
      ("70 maybe. the nurses thing moved it", "", [70]),
      ("on till 10 tonight then bed", "", []),
      ("60 mate", "", [60]),
      ("2 hours of screen time is fine, so 65", "", [65]),
      ("i was 80 before, now 60", "", [80, 60]),
      ("aged 12 i got my first phone", "", []),
      ("after 10 years of it, maybe 30", "", [30]),
      ("the 4 day week thing, 75 i guess", "a 4 day week would work for everyone", [75]),
      ("got the dentist at 3 so i better run", "", []),
      ("honestly im at 10 now", "", [10]),
      ("same really, the new tyres were only like 80 quid", "", []),
      ("it's £45 at the garage so 70", "", [70]),
      ("he was doing 40 mph past the school", "", []),
      ("i've lost 6 kg, call it 55", "", [55]),
      ("the ticket is $30, still 90 for me", "", [90]),
      ("right i better go its nearly 2", "", []),
      ("its gone 11 here, 60 i guess", "", [60]),
    ] as [(String, String, [Int])])
  func ratingNumbers(line: String, belief: String, ratings: [Int]) {
    #expect(ConfidenceRating.ratingNumbers(in: line, besides: belief) == ratings)
  }

  @Test(
    "a rating said after a hedge of more than one word is taken; those words apart are no hedge",
    arguments: [
      ("i'd put it at about 70", "So that leaves you at 70 now."),
      ("i'd go with 65", "So that leaves you at 65 now."),
      ("call it 55", "So that leaves you at 55 now."),
      ("i should call you at 6", nil),
      ("it would go at 9 with you", nil),
    ] as [(String, String?)])
  func hedgePhrases(line: String, shown: String?) {
    var script = ExploreScript.questioning("Remote work suits every team")
    let step = script.type(line)
    #expect(ExploreScript.reflections(step).first { $0.hasPrefix("So that leaves you") } == shown)
  }

  /// Answers that each say something, none of them leaving: a short walk of the arc, from an
  /// exception to what would change their mind.
  static let answers = [
    "i mean... surgeons maybe. chefs. you cant cook a dinner over zoom can you. but most teams yeah",
    "ok fair, not literally every team. but my sister's company went remote, an insurance place in york, and they kept it",
    "fits fine? it backs it up. if a bank can do it why cant we",
    "theyd say a bank is different to a kitchen. we serve 300 covers a night, diners dont stop coming on a saturday. so youd need more cooks",
    "i kinda already said it doesnt suit chefs and surgeons. what id need to see is an office trying it and it flopping",
    "honestly i'm tired of the commute so it matters to me",
    "maybe it works for offices more than kitchens",
  ]

  @Test("a thread is not re-rated and closed before it has asked eight questions")
  func noEarlyRerate() {
    var script = ExploreScript.questioning(
      "Remote work suits every team", answers: Array(Self.answers.prefix(5)))
    let rerate = "Having talked it through, how sure are you now"
    #expect(script.questions.count == 6)
    #expect(!script.questions.contains { $0.text.hasPrefix(rerate) })
    script.type(Array(Self.answers.suffix(2)))
    #expect(script.questions.count == 8)
    #expect(!script.questions.prefix(7).contains { $0.text.hasPrefix(rerate) })
  }
}
