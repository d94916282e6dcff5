import Testing

@testable import SocraticCore

/// A check that adds a denial they never made puts words in their mouth, however the denial is
/// typed: "isnt" and "wont" deny as "isn't" and "won't" do.
@Suite("A denial typed without its apostrophe")
struct TypedNegationCheckTests {
  let critic = QuestionCritic()

  @Test(
    "a check that adds it is leading, as with the apostrophe",
    arguments: [
      (
        "so you're saying the tram isnt worth the fare?",
        "the tram is packed every evening and the fare went up again"
      ),
      (
        "you mean your sister wont help with the move?",
        "my sister has a van and the move is on saturday"
      ),
    ])
  func addedDenialIsLeading(text: String, after: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .leading, "\(critique)")
  }
}
