import Testing

@testable import SocraticCore

/// Conversations as people type them: the reflection gives back the sentence that turns
/// (their own way after others', a "but", a "really") and never words that lean on what
/// came before ("they shrug", "since I had one") or filler said in passing. A verdict after
/// a set-up ("doesn't add up") is weighed by `ClauseRole.verdict`, checked by hand only.
@Suite("Explore gives back the turn of an answer, in words that stand alone")
struct ExploreReflectionTurnTests {
  private func reflection(_ belief: String, _ answers: [String]) -> String {
    ExploreScript.reflectionAfterLast(of: answers, to: belief)
  }

  @Test(
    "their own way after others' is given back, with what it turns from when both are short",
    arguments: [
      (
        "Open plan offices are fine.", "most of my colleagues tune it out. i never could",
        "but you never could"
      ),
      (
        "Boarding school toughens kids up.",
        "all my cousins loved it there. i cried every night for a term",
        "you cried every night for a term"
      ),
    ])
  func ownAfterOthers(belief: String, answer: String, own: String) {
    let said = reflection(belief, [answer])
    #expect(said.contains(own), "\(said)")
  }

  @Test(
    "a pronoun that only did something, or 'one' standing for a thing named before, is not given back",
    arguments: [
      ("Kids read less than they used to.", "they just shrug", "shrug"),
      ("Electric bikes are dangerous.", "i haven't tried one since the summer", "tried one"),
    ])
  func leansOnEarlierWords(belief: String, answer: String, words: String) {
    let said = reflection(belief, ["they are everywhere now", answer])
    #expect(!said.contains(words), "\(said)")
  }

  @Test("filler said in passing is never given back as their point")
  func filler() {
    let said = reflection(
      "Fast food should be taxed.", ["it makes people ill", "yeah well its no mystery is it"])
    #expect(!said.contains("mystery"), "\(said)")
  }
}
