import Testing

@testable import SocraticCore

/// "no, it's not the kids that bother me, it's the damp", said to a line of ours about the
/// kids: the miss is owned in a few words and what they did mean is given back.
@Suite("Explore: a reading turned down is owned and set right")
struct ExploreTurnedDownReadingTests {
  @Test(
    "a 'no' that sets aside words of our last line for what they meant is owned with the turn",
    arguments: [
      (
        "mine hasn't fixed the boiler in months, the kids are cold",
        "nah it's not the kids that bother me, it's the damp",
        "it's the damp, not the kids that bother you."
      ),
      (
        "she keeps parking across my drive and i'm worried about her, she seems lonely",
        "no, it's not her i'm worried about, it's me. i get so angry i can't sleep",
        "it's you, not her you're worried about."
      ),
    ])
  func owned(first: String, turn: String, given: String) {
    var script = ExploreScript.questioning("People round here don't look out for each other")
    _ = script.type(first)
    let step = script.type(turn)
    let said = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(said.contains("\(CorrectionReply.apology) \u{2014} \(given)"), "\(said)")
  }

  @Test("a 'no' setting aside what we never put is their own turn, with no apology")
  func notOurs() {
    var script = ExploreScript.questioning("People round here don't look out for each other")
    _ = script.type("the bins get left out for weeks and nobody says anything")
    let step = script.type("no its not the council, its the people on my road")
    let said = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(!said.contains { $0.hasPrefix(CorrectionReply.apology) }, "\(said)")
  }
}
