import Testing

@testable import SocraticCore

/// A statement closed by the auxiliary it used turned the other way round ("isnt … is it"),
/// without a comma and whatever its subject: a tag asking agreement, left out of the rewrite.
@Suite("Reversed tags without a comma")
struct ReversedTagTests {
  let critic = QuestionCritic()

  @Test(
    "a statement with its auxiliary turned round at the end is a tag question, and the Better line drops the tag",
    arguments: [
      ("but a packed car park on saturday isnt the same as the shop doing well is it?", "is it"),
      ("walking the dog isnt proper exercise is it", "is it"),
      ("uni fees arent worth it anymore are they?", "are they"),
      ("the new manager wasnt there when it happened was he", "was he"),
      // "not" after the statement's auxiliary turns it round as "isn't" does.
      ("thats not fair on the kids is it", "is it"),
    ])
  func reversedTag(question: String, tag: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.form)")
    #expect(
      critique.problems.contains("tag question that asks the person to agree rather than to think"),
      "\(critique.problems)")
    let suggestion = try #require(critique.suggestion)
    #expect(!suggestion.lowercased().hasSuffix(" \(tag)?"), "\(suggestion)")
    #expect(try critic.critique(suggestion).form == .open, "\(suggestion)")
  }

  @Test(
    "an auxiliary said again with the same polarity is no tag",
    arguments: [
      "my sister is the one who is it at tag"
    ])
  func samePolarity(line: String) throws {
    let critique = try critic.critique(line)
    #expect(
      !critique.problems.contains("tag question that asks the person to agree rather than to think")
    )
  }
}
