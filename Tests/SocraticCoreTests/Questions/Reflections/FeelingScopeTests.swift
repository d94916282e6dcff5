import Testing

@testable import SocraticCore

@Suite("Reflections that name the feeling under their words")
struct FeelingScopeTests {
  let critic = QuestionCritic()

  @Test(
    "naming the feeling or meaning under what they said is a complex reflection, not an overreach",
    arguments: [
      (
        "honestly no one at home ever asks how my day went lol",
        "you feel overlooked in your own house"
      ),
      (
        "my two flatmates always vote together on the bills and i lose every time",
        "sounds like you feel outvoted, like the house runs on their rules"
      ),
      (
        "idk i send the report every friday and never hear a word back",
        "so you're feeling taken for granted about all that effort"
      ),
      (
        "the lads went to the match without me again",
        "you must feel left behind, like the group moved on without you"
      ),
    ])
  func namedFeeling(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(!critique.problems.contains { $0.hasPrefix("adds something they didn't say") })
  }

  @Test(
    "a 'feel' that opens a view of the asker's own still adds something they didn't say",
    arguments: [
      (
        "my two flatmates always vote together on the bills",
        "you feel the landlord should split the electricity contract"
      ),
      (
        "the lads went to the match without me again",
        "you feel that the stadium tickets were overpriced anyway"
      ),
    ])
  func feltView(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.contains { $0.hasPrefix("adds something they didn't say") })
  }
}
