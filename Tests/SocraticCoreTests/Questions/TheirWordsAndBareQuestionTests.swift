import SocraticCore
import Testing

/// A yes/no question typed without "?" still asks when a plural noun is its subject, and the
/// other person's own words, given back to be asked about, are not the asker's loaded wording.
@Suite("Their words and bare questions")
struct TheirWordsAndBareQuestionTests {
  let critic = QuestionCritic()

  @Test(
    "an auxiliary and a plural noun open a question, '?' or not",
    arguments: [
      "do tariffs ever really protect jobs tho",
      "do queues ever move faster at night tho",
      "do fines really change how people drive",
    ])
  func bareQuestion(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed || critique.form == .leading)
    #expect(critique.kind != nil)
  }

  @Test(
    "their own words asked about are theirs, quoted or not",
    arguments: [
      (
        "a house has lasting worth, a token doesn't",
        "what would count as 'lasting worth' for you? like what would you need to see"
      ),
      (
        "half the street think the new bypass is a load of nonsense",
        "where do you stand then, with the neighbours who think its nonsense or with the council"
      ),
    ])
  func theirWords(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test("the same words are still loaded when the other person never said them")
  func notTheirWords() throws {
    let critique = try critic.critique(
      "where do you stand then, with the neighbours who think its nonsense or with the council",
      after: "half the street are against the new bypass")
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("'nonsense'") })
  }
}
