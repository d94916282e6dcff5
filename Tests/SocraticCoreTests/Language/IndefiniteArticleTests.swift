import SocraticCore
import Testing

@Suite("IndefiniteArticle")
struct IndefiniteArticleTests {
  @Test(
    "chooses a or an by sound",
    arguments: [
      ("intrinsic", "an"), ("central", "a"), ("hour", "an"), ("honest", "an"),
      ("university", "a"), ("one-off", "a"), ("European", "a"), ("FBI", "an"), ("NATO", "a"),
      ("AI", "an"), ("UN", "a"), ("8", "an"), ("5", "a"), ("umbrella", "an"),
    ])
  func article(word: String, expected: String) {
    #expect(IndefiniteArticle.article(before: Tokenizer.tokenize(word)[0]) == expected)
  }
}
