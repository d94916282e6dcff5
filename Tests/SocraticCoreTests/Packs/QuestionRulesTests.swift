import SocraticCore
import Testing

@Suite("What makes a pack's question fit to ask")
struct QuestionRulesTests {
  /// The problems of a pack whose one question has this text.
  func problems(ofQuestion text: String) -> [String] {
    let yaml = packHead + "questions:\n  - kind: meta\n    text: \"\(text)\"\n"
    return SocraticCoreTests.problems(in: yaml).map {
      String($0.drop { $0 != " " }.dropFirst())
    }
  }

  @Test(
    "open questions pass",
    arguments: [
      "What makes you sure that {claim}?",
      "Why might it be that {inverted}?",
      "How would you explain it to a friend?",
      "Which part matters most, and why?",
      "If {inverted}, what would you see?",
      "Suppose you were wrong: what would change?",
      "Who gains if {claim}?",
      "Isolated cases aside, what is the pattern?",
      "Doesn't-matter thinking aside, what do you value here?",
    ])
  func openQuestions(text: String) {
    #expect(problems(ofQuestion: text) == [])
  }

  @Test(
    "questions asking for a yes or a no are refused, whatever their auxiliary",
    arguments: [
      "Is it true that {claim}?", "Are you sure?", "Do you agree?", "Does it matter?",
      "Did it happen?", "Can you prove it?", "Could it be otherwise?", "Should we act?",
      "Would you change your mind?", "Will it last?", "Have you checked?", "Has it worked?",
      "Was it fair?", "Were they right?", "Must it be so?", "Might you be wrong?",
      "shall we begin?", "AM I right?",
    ])
  func closedQuestions(text: String) throws {
    let opener = try #require(text.split(separator: " ").first)
    #expect(
      problems(ofQuestion: text) == [
        "'\(opener) …' asks for a yes or a no; ask an open question instead, starting with "
          + "What, Why, How, Which, Who, Where or When"
      ])
  }

  @Test(
    "negative questions that presume their answer are refused",
    arguments: [
      "Don't you think so?", "Isn't it obvious?", "Wouldn't you agree?", "Can't you see it?",
      "Don’t you see?",
    ])
  func negativeQuestions(text: String) throws {
    let opener = try #require(text.split(separator: " ").first)
    #expect(
      problems(ofQuestion: text) == [
        "'\(opener) …' presumes its answer; ask an open question instead, like "
          + "'What makes you think …?'"
      ])
  }

  @Test(
    "tags asking for agreement are refused",
    arguments: [
      ("It is clear, isn't it?", ", isn't it?"), ("That is the point, right?", ", right?"),
      ("They lied, don't you think?", ", don't you think?"),
    ])
  func agreementTags(text: String, tag: String) {
    #expect(
      problems(ofQuestion: text) == [
        "the question ends with '\(tag)', which asks for agreement; ask an open question instead"
      ])
  }
}
