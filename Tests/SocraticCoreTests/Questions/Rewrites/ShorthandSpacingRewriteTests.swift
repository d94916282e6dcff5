import Testing

@testable import SocraticCore

/// A chat spelling written out in a rewrite stays a word of its own, wherever the rewrite
/// moves it: "u" after "for" or "think" is "for you", "think you", never glued to the word
/// before.
@Suite("Shorthand keeps its space in rewrites")
struct ShorthandSpacingRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a 'u' that opened the clause is spaced where the rewrite puts it",
    arguments: [
      (
        "how come u never visit the allotment",
        "What makes it hard for you to visit the allotment?"
      ),
      (
        "so u rang her but u didnt leave a message?",
        "What makes you think you rang her but you didn't leave a message?"
      ),
    ])
  func movedShorthand(question: String, rewrite: String) throws {
    #expect(try critic.critique(question).suggestion == rewrite)
  }

  @Test("'gonna' read as two words is still written as the one word typed")
  func gonnaStaysOneWord() {
    let tokens = Shorthand.expanded(Tokenizer.tokenize("we gonna win"))
    #expect(Clause.respaced(tokens).joinedText == "we gonna win")
  }
}
