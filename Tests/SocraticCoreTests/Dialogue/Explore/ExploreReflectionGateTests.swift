import Testing

@testable import SocraticCore

/// Conversations whose reflection must read as English and carry the point: no word calling
/// the listener given back, no clause cut at a word that waits for more or whose verb stands
/// in for one said before, no "you" that was the listener, someone's own "I" kept as theirs,
/// and logistics (how far, which hours, what they have not read) never given back as the point.
@Suite("Explore gives back whole clauses of the person's, never a splice")
struct ExploreReflectionGateTests {
  /// The reflection shown after the last answer, alone.
  private func reflection(_ belief: String, _ answers: [String]) -> String {
    ExploreScript.reflectionAfterLast(of: answers, to: belief)
  }

  @Test(
    "a word calling the listener at the end of a clause is left off",
    arguments: [
      ("they close the pool every july hen", "they close the pool every july.", "hen"),
      ("the landlord never rang Shona back son", "the landlord never rang Shona back.", "son"),
      ("the buses stopped coming after six pet", "the buses stopped coming after six.", "pet"),
    ])
  func closingVocative(answer: String, given: String, calling: String) {
    let said = reflection("Councils should run the buses.", [answer])
    #expect(said.hasSuffix(given), "\(said)")
    #expect(!said.split(separator: " ").contains { $0.hasPrefix(calling) }, "\(said)")
    // A noun after an adjective that a determiner opens is theirs: "their youngest son".
    let owned = reflection(
      "Councils should run the buses.", ["the route was cut by their youngest " + calling])
    #expect(owned.contains("their youngest " + calling), "\(owned)")
  }

  @Test(
    "a clause whose verb stands in for one said before is not given back",
    arguments: ["perhaps it does a little", "maybe they do sometimes"])
  func standInVerb(answer: String) {
    let said = reflection("Councils should run the buses.", ["it costs too much", answer])
    #expect(!said.contains(" does a little") && !said.contains(" do sometimes"), "\(said)")
  }

  @Test(
    "words about what the listener said, and a frame with no verb of its own, are not given back",
    arguments: [
      "if so, the real reason is the parking thing you brought up",
      "bus passes for 16 17 year olds now compared to when you were a kid",
    ])
  func listenersWordsAndFrames(answer: String) {
    let said = reflection("Councils should run the buses.", [answer])
    #expect(!said.contains("you brought up") && !said.contains("compared to"), "\(said)")
    #expect(!said.contains("if so"), "\(said)")
  }

  @Test("how far it is, and which hours they work, are scene: the point beside them is given")
  func logisticsAreScene() {
    let far = reflection(
      "Children should get to school on their own.",
      ["its about 10 mins on the tram. i want them to learn to find their own way"])
    #expect(far.contains("you want them to learn to find their own way"), "\(far)")
    #expect(!far.contains("10 mins"), "\(far)")
    let hours = reflection(
      "Night workers should be paid more.", ["i do the back shift, 2 til 10ish. so what"])
    #expect(!hours.contains("2 til 10"), "\(hours)")
  }

  @Test("what they have not read is no point: the counter-point after it is")
  func notReadIsScene() {
    let said = reflection(
      "Hospitals need more staff.",
      ["i havent read that survey, but our clinic lost three doctors since march"])
    #expect(said.contains("your clinic lost three doctors since march"), "\(said)")
    #expect(!said.contains("read"), "\(said)")
  }

  @Test("someone's own words keep their persons: quoted, their 'I' stays; unmarked, not given")
  func reportedSpeechKeepsItsPersons() {
    let quoted = reflection(
      "Pensions should rise with prices.",
      ["my aunt said \"i never asked anyone for a penny\" and she meant it"])
    #expect(!quoted.contains("you never asked"), "\(quoted)")
    let unmarked = reflection(
      "Hospitals need more staff.", ["my dad goes i'm grand, but he can barely stand up"])
    #expect(!unmarked.contains("you're grand"), "\(unmarked)")
    #expect(!unmarked.hasPrefix("So he") && !unmarked.hasPrefix("You're saying he"), "\(unmarked)")
  }
}
