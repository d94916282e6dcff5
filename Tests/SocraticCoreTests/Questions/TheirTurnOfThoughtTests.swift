import Testing

@testable import SocraticCore

/// A line about someone in the other person's story gives back what they said when it keeps
/// their turn of thought ("but he still …"), however it would argue if the speaker had brought
/// it; a line that tells a day of the week nobody mentioned informs.
@Suite("Their own 'but' said back is a reflection; a day told is information")
struct TheirTurnOfThoughtTests {
  let critic = QuestionCritic()

  @Test(
    "a third-person line that keeps the contrast they drew gives it back",
    arguments: [
      (
        "my landlord is slow to fix things but he still knocks the rent down when it breaks",
        "He's slow, but he still knocks the rent down."
      ),
      (
        "my cousin never replies to texts, not even on christmas",
        "she doesn't even reply on christmas"
      ),
      (
        "the new manager shouts a lot but she still buys us cake on fridays",
        "She shouts, but she still buys you cake."
      ),
    ])
  func theirContrast(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "the same contrast brought by the speaker against them argues",
    arguments: [
      ("my landlord never fixes anything", "but he knocks the rent down.")
    ])
  func ownContrast(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .statement)
  }

  @Test(
    "a line that tells when something happens, to nobody's words, is information",
    arguments: [
      "The recycling only goes out on Tuesdays now.",
      "the swimming pool shuts early on sundays",
      "The market moved to Fridays in March.",
    ])
  func dayTold(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.information.explanation])
  }
}

/// A counter cue of theirs said back discounts the argument only when what is said with it is
/// theirs too.
@Suite("Their counter is compared by what was said, not its cue words alone")
struct TheirCounterContentTests {
  let heard = Tokenizer.tokenize("my flatmate is messy but she still pays the rent early")
    .map(\.lowercased)
  let cue = UtteranceCue("but she", 2)

  @Test("'but she still pays the rent' is their own turn of thought")
  func theirs() {
    let words = Tokenizer.tokenize("messy, but she still pays the rent").map(\.lowercased)
    #expect(StatementCues.isTheirCounter(cue, in: words, heard: heard))
  }

  @Test("'but she still borrows your stuff' uses their cue words to argue something new")
  func newContent() {
    let words = Tokenizer.tokenize("but she still borrows your stuff").map(\.lowercased)
    #expect(!StatementCues.isTheirCounter(cue, in: words, heard: heard))
  }
}
