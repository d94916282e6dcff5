import Testing

@testable import SocraticCore

/// A laugh asks for nothing special: what was said with it is given back as any line is, and an
/// aside that excuses a view ("dont laugh but …") is no part of it.
@Suite("The partner dialogue: laughs and asides")
struct PartnerLaughTests {
  /// Lines the old code met with a stock joke line, whatever had been said with the laugh.
  private static let stockJokeLines: Set<String> = [
    "Ha. Joking aside, I'd like to hear more about how you see it.",
    "Ha. And seriously, I'm interested in how you see it.",
  ]

  @Test(
    "what is said with a laugh is given back, never met with a stock joke line",
    arguments: [
      "if the council found the money i guess. but they wont cos it all went on the stadium lol",
      "only if the buses ran past 10 haha",
      "maybe if my boss paid for the train lol",
    ])
  func laughGivenBack(line: String) {
    var script = partnerScript()
    script.type("my neighbour reckons the new bypass will never get built")
    let step = script.type(line)
    let reflection = step.suggestedReflection
    #expect(reflection.map { !Self.stockJokeLines.contains($0) } ?? true)
    #expect(reflection?.hasPrefix("So ") == true)
    #expect(reflection.map { !$0.contains("lol") && !$0.contains("haha") } ?? false)
  }

  @Test(
    "an aside that excuses what follows is not given back as what they said",
    arguments: [
      ("ok this'll sound harsh. he just doesnt trust the council", "harsh"),
      ("dont laugh but he thinks the road would ruin the village", "laugh"),
      ("no offence but people round here never want anything built", "offence"),
    ])
  func asideLeftOut(line: String, aside: String) {
    var script = partnerScript()
    script.type("my neighbour reckons the new bypass will never get built")
    let reflection = script.type(line).suggestedReflection
    #expect(reflection != nil)
    #expect(reflection.map { !$0.lowercased().contains(aside) } ?? false)
  }
}
