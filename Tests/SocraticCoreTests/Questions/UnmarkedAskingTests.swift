import SocraticCore
import Testing

/// Chat drops question marks and capitals: an auxiliary put before its subject asks all the
/// same, even when a phrase narrows the subject before its verb comes.
@Suite("Questions asked without a question mark")
struct UnmarkedAskingTests {
  let critic = QuestionCritic()

  @Test(
    "an auxiliary before a subject narrowed by a phrase asks",
    arguments: [
      "do fines for late buses ever change anything",
      "would limits on screen time really help tbh",
      "does a ban on cash in shops actually work lol",
      "will taxes on sugar ever cut obesity",
      "do kids from big families turn out more chill",
    ])
  func narrowedSubject(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed)
    #expect(critique.problems.contains("yes/no question that can be answered in one word"))
  }

  @Test(
    "an auxiliary whose subject was left out still says something",
    arguments: [
      "would work in theory tho",
      "might help with the rent i guess",
      "does matter in the long run",
    ])
  func leftOutSubject(line: String) throws {
    let form = try critic.critique(line).form
    #expect(form == .reflection || form == .statement)
  }
}
