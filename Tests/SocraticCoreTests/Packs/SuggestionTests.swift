import SocraticCore
import Testing

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
  @Test(
    "a close known word is suggested, a distant one is not",
    arguments: [
      ("questoins", "questions"),
      ("Title", "title"),
      ("keyword", "keywords"),
      ("descripton", "description"),
      ("tittle", "title"),
      ("id", "id"),
    ])
  func suggestion(typed: String, expected: String) {
    #expect(Suggestion.closest(to: typed, among: PackFields.all) == expected)
  }

  @Test(
    "nothing is suggested for a word that is not close to any", arguments: ["colour", "xyz", "q"])
  func noSuggestion(typed: String) {
    #expect(Suggestion.closest(to: typed, among: PackFields.all) == nil)
  }
}

private enum PackFields {
  static let all = [
    "id", "title", "version", "description", "keywords", "beliefs", "questions", "terms",
  ]
}
