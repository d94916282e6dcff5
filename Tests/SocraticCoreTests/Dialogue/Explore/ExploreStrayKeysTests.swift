import Testing

@testable import SocraticCore

/// An apology for stray keys ("sorry the cat walked on the keyboard") is no experience of
/// theirs: the question waits, as it does for "one sec".
@Suite("Explore stray keys owned with an apology")
struct ExploreStrayKeysTests {
  @Test(
    "the apology is met with the pause line, never given back",
    arguments: [
      "sorry the dog jumped on my keyboard",
      "oops autocorrect again",
      "soz, wrong window",
    ])
  func waits(line: String) {
    var script = ExploreScript.questioning(
      "My flatmate should pay more of the bills.",
      answers: ["hes home all day with the heating on"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step) == ["No rush \u{2014} take your time."], "\(step.outputs)")
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
  }
}
