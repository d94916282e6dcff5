import Testing

@testable import SocraticCore

@Suite("TokenPattern")
struct TokenPatternTests {
  /// The ends of the matches of a pattern from the first word, longest first.
  private func ends(_ pattern: String, _ text: String) -> [Int] {
    TokenPattern(pattern).matchEnds(in: Tokenizer.tokenize(text), from: 0)
  }

  @Test(
    "matches words, groups of alternatives and repetitions, every way a match can end",
    arguments: [
      ("gravity bends light", "gravity bends light", [3]),
      ("gravity (bends|curves) light", "gravity curves light", [3]),
      ("the (old lighthouse|pier) is", "the old lighthouse is", [4]),
      ("i (really|truly)* agree", "i really truly agree", [4]),
      ("i (really|truly)+ agree", "i agree", []),
      ("tea (with milk)?", "tea with milk please", [3, 1]),
      ("wait _{0,2} what", "wait, then what", [4]),
      ("wait _{0,2} what", "wait a b c what", []),
      ("the _ sank", "the ferry sank", [3]),
      ("(i 'm|i am) sure", "I'm sure", [3]),
    ] as [(String, String, [Int])])
  func shapes(pattern: String, text: String, expected: [Int]) {
    #expect(ends(pattern, text) == expected)
  }

  @Test(
    "reads word classes from the vocabulary",
    arguments: [
      ("the mayor @obligation resign", "the mayor ought resign", true),
      ("the mayor @obligation resign", "the mayor might resign", false),
      ("he @negation cooks", "he never cooks", true),
      ("he @negation cooks", "he doesn't cooks", true),
      ("@filler , what now", "anyway, what now", true),
      ("@wh happened", "where happened", true),
      ("@hedge the food", "tbh the food", true),
      ("@quantifier cats", "all cats", true),
    ])
  func classes(pattern: String, text: String, matches: Bool) {
    #expect(!ends(pattern, text).isEmpty == matches)
  }

  @Test("reads parts of speech from the tagger, and tags only patterns that test them")
  func tags() {
    #expect(ends("the #noun", "the orchard") == [2])
    #expect(ends("the #verb", "the orchard").isEmpty)
    #expect(TokenPattern("the #noun").usesTags)
    #expect(!TokenPattern("the orchard").usesTags)
  }

  @Test("a refusal takes up no word and fails only on the word it names")
  func refusals() {
    #expect(ends("not true !that", "not true") == [2])
    #expect(ends("not true !that", "not true at all") == [2])
    #expect(ends("not true !that", "not true that rain falls").isEmpty)
  }

  @Test("knows the words a match can start with, so a table can file it under them")
  func firstWords() {
    #expect(TokenPattern("(the|a)? ferry sank").firstWords == ["the", "a", "ferry"])
    #expect(TokenPattern("(the|a)? ferry sank").mayStart(with: "ferry"))
    #expect(!TokenPattern("(the|a)? ferry sank").mayStart(with: "boat"))
    #expect(!TokenPattern("@modal go").hasFirstWords)
    #expect(TokenPattern("@modal go").mayStart(with: "anything"))
  }
}
