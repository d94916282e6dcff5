import Testing

@testable import SocraticCore

/// A likeness offered for what a thing means to the person is a reflection, and a deep one;
/// a plain rewording of what they said is a simple one; and lines that give nothing back (a
/// fact of the calendar, a view tagged "tbh", a sound of listening) are no reflection at all.
@Suite("Likenesses, rewordings and lines that give nothing back")
struct LikenessAndPlainLineTests {
  let critic = QuestionCritic()

  @Test(
    "a likeness offered for what they said is a complex reflection, with or without their line",
    arguments: [
      (
        "selling the boat feels a bit like giving up on summers with grandad",
        "i keep finding reasons not to sell grandad's boat"
      ),
      (
        "it's like the darkroom is the one place that's still just yours",
        "the darkroom is where i go when the flat gets noisy"
      ),
    ])
  func likeness(text: String, heard: String) throws {
    for after in [nil, heard] {
      let critique = try critic.critique(text, after: after)
      #expect(critique.form == .reflection, "\(critique.problems)")
      #expect(critique.depth == .complex)
    }
  }

  @Test("a likeness of the speaker's own, about nothing the other person said, is no reflection")
  func ownLikeness() throws {
    let critique = try critic.critique(
      "honestly the new rota feels more like a punishment", after: "the bins went out late again")
    #expect(critique.form == .statement, "\(critique.problems)")
  }

  @Test("not wanting something, said back for 'can't face' or 'dread', is a simple reflection")
  func rewordedReluctance() throws {
    let critique = try critic.critique(
      "you don't want to go to the reunion", after: "i honestly can't face the reunion")
    #expect(critique.form == .reflection)
    #expect(critique.depth == .simple)
  }

  @Test(
    "a fact of the calendar, or a view tagged as the speaker's own, is a statement",
    arguments: [
      "The choir practises on the second Thursday of every month.",
      "office secret santa is a total waste of time tbh",
      "swimming lessons are overpriced imo",
    ])
  func statement(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
  }

  @Test(
    "a sound of listening gives nothing back; after their line, a reflection of it is offered",
    arguments: ["mm-hmm", "?? hm", "Uh-huh."])
  func listeningSound(text: String) throws {
    let critique = try critic.critique(text, after: "my landlord wants the flat back by june")
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.listeningSound.explanation])
    #expect(critique.suggestion?.lowercased().contains("landlord") == true)
  }
}
