import Testing

@testable import SocraticCore

/// A correction typed at "Is that what you mean?" sets the reading right: it is never read as
/// a belief of its own and inverted, and what it points at is the belief they meant.
@Suite("Explore: a correction at the confirmation")
struct ExploreBeliefCorrectionTests {
  /// What is understood after a belief and a reply to its reading.
  private static func understood(_ belief: String, then reply: String) -> String? {
    var script = ExploreScript(belief: belief)
    script.type(reply)
    return script.dialogue.state.belief?.claim
  }

  @Test(
    "a pointer at a part of the belief picks the clause of theirs that holds it",
    arguments: [
      (
        "gyms are a total rip off these days, you shouldnt need a contract to get fit",
        "nah its more the contract bit", "you shouldnt need a contract to get fit"
      ),
      (
        "school uniforms are a joke, the branded jumpers cost a fortune",
        "no its the jumpers really lol", "the branded jumpers cost a fortune"
      ),
      (
        "weddings have gone mad, nobody should have to pay for a hen do abroad",
        "not quite, more the hen do part", "nobody should have to pay for a hen do abroad"
      ),
    ])
  func pointerPicksClause(belief: String, reply: String, meant: String) {
    #expect(Self.understood(belief, then: reply) == meant)
  }

  @Test(
    "what they state after the correction is the belief, never its opening",
    arguments: [
      (
        "dogs are better than cats",
        "no its more the walking bit. owning a dog gets you outside every day",
        "owning a dog gets you outside every day"
      ),
      (
        "phones ruin dinner, kids cant sit still anymore",
        "not the kids, the adults. grown ups check their phones at the table constantly",
        "grown ups check their phones at the table constantly"
      ),
      (
        "the council wastes money",
        "nah, i mean the council spends too much on consultants",
        "the council spends too much on consultants"
      ),
      (
        "im too busy for a book club, id never finish the books",
        "no thats not it really... more that im not much of a reader, the club would be wasted on me",
        "you're not much of a reader"
      ),
      (
        "im too busy for a book club, id never finish the books",
        "no that's not it really... more that I'm not much of a reader",
        "you're not much of a reader"
      ),
    ])
  func statedAfterCorrection(belief: String, reply: String, meant: String) {
    #expect(Self.understood(belief, then: reply) == meant)
  }

  @Test("a correction that points at nothing they said asks for other words")
  func pointsAtNothing() {
    var script = ExploreScript(belief: "trains are always late")
    let step = script.type("no its more the parking thing")
    #expect(ExploreScript.notices(step) == ["Then put it in other words."])
    #expect(script.dialogue.state.belief?.claim == "trains are always late")
    #expect(script.dialogue.prompt.text == "What do you believe? ")
  }

  @Test("a belief put in other words is still read whole")
  func otherWordsStillRead() {
    #expect(
      Self.understood("trains are always late", then: "no one should rely on the trains")
        == "no one should rely on the trains")
  }
}
