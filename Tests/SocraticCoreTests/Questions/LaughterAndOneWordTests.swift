import Testing

@testable import SocraticCore

/// A laugh changes what a short line does: "why would you …" with a laugh after it mocks the
/// choice it asks about, and a laugh with a bare "ok" brushes the person off. A single word,
/// with nothing of theirs known, names what they spoke of and gives back nothing said of it.
@Suite("Laughter after a question or a nod, and one-word reflections")
struct LaughterAndOneWordTests {
  let critic = QuestionCritic()

  @Test(
    "'why would you …' with a laugh after it is leading, with a rewrite that drops the laugh",
    arguments: [
      "why would you let your neighbour paint your fence lol",
      "why would u sign up for a marathon haha",
      "Why'd you give him the spare key lmao",
    ])
  func mockingWhy(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .leading, "\(critique.problems)")
    #expect(critique.problems.first?.contains("mocks") == true)
    let rewrite = try #require(critique.suggestion)
    for laugh in ["lol", "haha", "lmao"] { #expect(!rewrite.lowercased().contains(laugh)) }
    #expect(critic.isOpen(rewrite), "\(rewrite)")
  }

  @Test(
    "a reason asked plainly, or with a friendly laugh after another opening, stays open",
    arguments: ["why would you paint the fence green?", "how come you took up rowing haha"])
  func plainWhy(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .open, "\(critique.problems)")
  }

  @Test(
    "a laugh with a bare acknowledgement is a brush-off, not a sound of listening",
    arguments: ["?? haha ok", "haha okay"])
  func laughingNod(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.dismissal.explanation])
  }

  @Test("a bare acknowledgement without a laugh is still a sound of listening")
  func plainNod() throws {
    let critique = try critic.critique("ok")
    #expect(critique.problems == [StatementKind.listeningSound.explanation])
  }

  @Test(
    "one word with nothing of theirs known is not passed as well heard",
    arguments: ["allotments", "Bowling."])
  func oneWord(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.problems == [OneWordReflection.explanation])
    #expect(!critique.isGood)
  }

  @Test("one word said back to what they said is judged against it, with no problem")
  func oneWordAfter() throws {
    let critique = try critic.critique(
      "allotments", after: "we've been on the allotments all weekend")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }
}
