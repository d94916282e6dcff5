import Testing

@testable import SocraticCore

/// A new rating said with a hedge or a condition once they have rated the belief ("maybe 65
/// if im honest", "55ish"): their confidence now, logged and given back, never walked past.
@Suite("Explore hears a rating revised with a hedge")
struct ExploreRatingRevisedTests {
  @Test(
    "a rating owned or put roughly, after one was given, is their confidence now",
    arguments: [
      ("the cafe staff would lose their jobs too. maybe 65 if im honest", 65),
      ("hmm fair point about the rates. 55ish", 55),
      ("ok the library is nearer for most. tbh id say 50", 50),
    ])
  func revised(line: String, value: Int) {
    var script = ExploreScript.questioning("The leisure centre should never have been sold.")
    let step = script.type(line)
    #expect(ExploreScript.reflections(step).contains("So you're at \(value) now, down from 70."))
    #expect(script.dialogue.state.map.confidence == value)
  }

  @Test(
    "asking to change the rating, with the new one, is their confidence now and nothing more",
    arguments: [
      ("can i change my number, more like 55", 55),
      ("could i update my rating. more like 40", 40),
    ])
  func askedToChange(line: String, value: Int) {
    var script = ExploreScript.questioning("The leisure centre should never have been sold.")
    let step = script.type(line)
    #expect(
      ExploreScript.reflections(step) == ["So you're at \(value) now, down from 70."],
      "\(ExploreScript.reflections(step))")
    #expect(script.dialogue.state.map.confidence == value)
  }

  @Test(
    "the rating they name as the one they moved from is the one given back",
    arguments: [
      ("the gym down the road is cheaper anyway. down from 85 to 60 now", 60, 85),
      ("ok the pool lost money every year. gone from 90 to 75 now tbh", 75, 90),
    ])
  func namedEarlier(line: String, value: Int, earlier: Int) {
    var script = ExploreScript.questioning("The leisure centre should never have been sold.")
    let step = script.type(line)
    #expect(
      ExploreScript.reflections(step).contains("So you're at \(value) now, down from \(earlier).")
    )
  }

  @Test("a number owned before any rating was given is read as a rating only when asked")
  func beforeAnyRating() {
    #expect(
      VolunteeredRating.read(
        "there were maybe 40 of us on the rota if im honest", besides: "", hasRated: false)
        == nil)
    #expect(
      VolunteeredRating.read("maybe 40 if im honest", besides: "", hasRated: true) == 40)
  }

  @Test(
    "a rating in words of their own, to a question of how sure they are, is given back as one",
    arguments: [
      ("id say 40 at this point", 40),
      ("honestly more like 35 these days", 35),
      // The rating they hold, said again in words of their own, answers the question too.
      ("id say 70 at this point", 70),
      ("still 70 at the moment i reckon", 70),
    ])
  func ratedInWords(line: String, value: Int) {
    var script = ExploreScript.askedHowSure(
      "The leisure centre should never have been sold.", after: ["the pool was always packed"])
    let step = script.type(line)
    #expect(ExploreScript.reflections(step) == ["So that leaves you at \(value) now."])
  }

  @Test(
    "a number carrying on a count said beside it is no rating, though said with 'these days'",
    arguments: [
      "we used to get 60 at quiz night, about 20 these days",
      "the choir had like 45 when i joined, maybe 15 nowadays",
    ])
  func countCarriedOn(line: String) {
    var script = ExploreScript.questioning("The leisure centre should never have been sold.")
    let step = script.type(line)
    #expect(!ExploreScript.reflections(step).contains { $0.hasPrefix("So that leaves you at") })
    #expect(script.dialogue.state.map.confidence == 70)
  }
}
