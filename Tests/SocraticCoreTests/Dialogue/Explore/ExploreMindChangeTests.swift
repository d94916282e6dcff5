import Testing

@testable import SocraticCore

/// A mind changed in passing: a new rating that closes an answer ("… 55"), one pointed at
/// when it was walked past ("did you see i said 40 now?"), and the claim softened in a few
/// words ("not useless exactly, just slow"). Each is given back, and the softer claim is
/// where they stand from then on.
@Suite("Explore takes up a mind changed in passing")
struct ExploreMindChangeTests {
  private static let belief = "Self-checkouts are useless."

  @Test(
    "a number alone at the end of an answer, once rated, is their confidence now",
    arguments: [
      ("ok fair. 55", 55),
      ("the queues are shorter i admit. maybe 60", 60),
      ("the old couple next door manage fine with them, 45", 45),
    ])
  func closingNumber(line: String, value: Int) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(line)
    #expect(
      ExploreScript.reflections(step).contains("So you're at \(value) now, down from 70."),
      "\(ExploreScript.reflections(step))")
    #expect(script.dialogue.state.map.confidence == value)
  }

  @Test("a number that closes an answer to a question asking how many is no rating")
  func amountAskedFor() {
    #expect(
      VolunteeredRating.reading(
        "it depends on the week. 40", besides: "", hasRated: true, held: 70,
        closingNumberCounts: true) == nil)
    let reading = VolunteeredRating.reading(
      "it depends on the week. 40", besides: "", hasRated: true, held: 70)
    #expect(reading?.value == 40)
    #expect(ExploreDialogue.asksForAmount("How many hours a week do you spend on it?"))
  }

  @Test(
    "a rating pointed at after it was walked past is recorded, given back and asked about",
    arguments: ["did you see i said 40 now?", "did you notice that i said 40 now"])
  func pointedAt(line: String) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(line)
    #expect(ExploreScript.reflections(step) == ["So you're at 40 now, down from 70."])
    #expect(script.dialogue.state.map.confidence == 40)
    #expect(ExploreScript.question(step)?.text == "What moved it?")
    #expect(!ExploreScript.notices(step).contains("Sure."))
  }

  @Test(
    "a claim softened in a few words is given back as the claim it now is, and kept",
    arguments: [
      ("not useless exactly, just slow", "So you'd now say self-checkouts are slow, not useless."),
      (
        "ok not useless then. more annoying. 50",
        "So you'd now say self-checkouts are annoying, not useless."
      ),
      (
        "theyre less useless, more badly placed",
        "So you'd now say self-checkouts are badly placed, not useless."
      ),
    ])
  func softened(line: String, said: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["half the time they freeze on an item"])
    let asked = script.questions.count
    let step = script.type(line)
    #expect(ExploreScript.reflections(step).contains(said), "\(ExploreScript.reflections(step))")
    #expect(script.dialogue.state.map.standingView?.contains("are") == true)
    #expect(
      script.dialogue.state.map.shifts.last?.hasPrefix("self-checkouts are ") == true,
      "\(script.dialogue.state.map.shifts)")
    // Where they stand now is never argued against as the claim they left.
    script.type(["the staff are always busy elsewhere", "and the scanners beep at nothing"])
    #expect(
      !script.questions.dropFirst(asked).contains { $0.text.contains("not useless") },
      "\(script.questions.map(\.text))")
  }

  @Test(
    "a 'not' that sets aside no word of the claim is no softening",
    arguments: ["not the big ones, just the small shops", "not today, just tired"])
  func noSoftening(line: String) {
    #expect(SoftenedClaim.read(line, claim: "self-checkouts are useless") == nil)
  }
}
