import Testing

@testable import SocraticCore

/// A last word is owned as a miss of the listener's only when it says the listener got them
/// wrong: a secret kept ("don't tell her I said") or a "didn't I just say" is no such word, and
/// what they add after a real correction is heard too.
@Suite("Explore: owning a miss at the closing word")
struct ExploreClosingOwningTests {
  /// A session at its closing word, rated.
  private static func atClosingWord() -> ExploreScript {
    var script = ExploreClosingWordTests.atRerate(
      "Camping holidays are more bother than they're worth",
      answer: "the tent leaks every time and my brother snores")
    script.type("65 now i reckon")
    return script
  }

  /// Every line shown after the closing word, reflections and notices alike.
  private static func lines(_ step: DialogueStep) -> [String] {
    ExploreScript.reflections(step) + ExploreScript.notices(step)
  }

  @Test(
    "a secret asked to be kept, or a 'didn't I just say', is not owned as a miss: what is shown is what they said, then the thanks",
    arguments: [
      ("dont tell my brother i said that about the snoring", []),
      (
        "didnt i just say. its the quiet i miss not the tent",
        ["You're saying it's the quiet you miss, not the tent."]
      ),
    ])
  func noStockOwning(line: String, heard: [String]) {
    var script = Self.atClosingWord()
    let last = script.type(line)
    #expect(script.dialogue.state.phase == .finished)
    #expect(
      ExploreScript.notices(last)
        == heard + ["Thank you for thinking about camping holidays out loud with me."])
  }

  @Test("what they miss, said after 'didn't I just say', is given back")
  func missingHeard() {
    var script = Self.atClosingWord()
    let last = script.type("didnt i just say. its the quiet i miss not the tent")
    #expect(ExploreScript.reflections(last).contains { $0.contains("the quiet you miss") })
  }

  @Test("a plan said after putting the listener right is given back after owning the miss")
  func planAfterCorrection() {
    var script = Self.atClosingWord()
    let last = script.type(
      "i wasnt angry tho i said fed up. maybe ill try a cottage with my brother next summer")
    let shown = Self.lines(last)
    #expect(shown.contains("You're right, I had that wrong."))
    #expect(ExploreScript.reflections(last).contains { $0.contains("cottage") })
  }

  @Test(
    "a saying denied in the first person still disowns; one told inside another act does not",
    arguments: [
      ("i never said that", true), ("thats not what i meant", true),
      ("i dont think i said that", true), ("dont tell mum i said that", false),
      ("didnt i just say", false), ("never let on i said it", false),
    ])
  func disowning(sentence: String, disowns: Bool) {
    #expect(BeliefMap.disowns(BeliefMap.plainWords(sentence)) == disowns)
  }
}
