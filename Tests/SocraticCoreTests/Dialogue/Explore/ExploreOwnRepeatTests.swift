import Testing

@testable import SocraticCore

/// A point said again of their own accord ("like i said, …") is weight on it, given back as
/// such; the tool apologises only when it asked again, or they complain it did.
@Suite("Explore own repeats")
struct ExploreOwnRepeatTests {
  static let belief = "Our street needs speed bumps."

  @Test(
    "'like i said' before the same point gives it back as weight, with no apology",
    arguments: [
      "like i said, it's the delivery vans flying down it",
      "as i said its the delivery vans flying down it",
    ])
  func ownRepeatIsWeight(line: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the delivery vans fly down it at 50 every morning"])
    let said = ExploreScript.reflections(script.type(line))
    #expect(said.contains { $0.hasPrefix(ExploreDialogue.weightLead) }, "\(said)")
    #expect(!said.contains { $0.hasPrefix(ExploreDialogue.repeatOwned) }, "\(said)")
  }

  @Test("'i just told you' still owns the question asked again")
  func complaintIsOwned() {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["the delivery vans fly down it at 50 every morning"])
    let said = ExploreScript.reflections(script.type("i just told you, the delivery vans"))
    #expect(said.contains { $0.hasPrefix(ExploreDialogue.repeatOwned) }, "\(said)")
  }
}
