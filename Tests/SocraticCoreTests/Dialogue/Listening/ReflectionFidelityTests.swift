import Testing

@testable import SocraticCore

@Suite("Reflections keep what was meant: never saying as so what was denied or supposed")
struct ReflectionFidelityTests {
  @Test(
    "a sentence denied straight after is never given back as theirs",
    arguments: [
      ("that im some kind of coffee snob. im not lol. i just like it fresh", "snob"),
      ("people think i hate kids having phones. i don't. just not at the dinner table", "hate"),
      ("that we're tight with money. we're not honestly", "tight"),
    ])
  func deniedSentence(answer: String, word: String) {
    let text = reflected(answer) ?? ""
    let asserts = text.contains(word) && !text.contains("not") && !text.contains("n't")
    #expect(!asserts, "\(text)")
  }

  @Test("in explore, a label they deny straight after is never said back to them as theirs")
  func deniedLabelInExplore() {
    var script = ExploreScript.questioning("dogs should be on leads in the park")
    let step = script.type(
      "my neighbour thinks im being petty. that im some grumpy old git. im not.")
    let said = ExploreScript.reflections(step).joined(separator: " ")
    #expect(!said.contains("you're some grumpy old git"), "\(said)")
  }

  @Test(
    "what they only suppose is never given back as so",
    arguments: [
      ("idk if im rested i can actually focus, thats it really", "rested"),
      ("tbh if the tram is late again i'll just drive in", "late"),
    ])
  func supposition(answer: String, word: String) {
    let text = reflected(answer) ?? ""
    let asserts = text.contains(word) && !text.contains("if")
    #expect(!asserts, "\(text)")
  }

  @Test("the rest of a rating is never taken for the rating")
  func remainderOfARating() {
    let line = suggested(
      "pretty much. 80 percent sure. the other 20 percent is just me being paranoid")
    #expect(line?.contains("20 out of 100") != true, "\(line ?? "nil")")
  }
}
