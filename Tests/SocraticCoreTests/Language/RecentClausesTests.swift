import Testing

@testable import SocraticCore

@Suite("RecentClauses")
struct RecentClausesTests {
  /// Sentences whose readings differ in lead, subject, verb kind, negation and commands, and
  /// pairs that differ only in case or in a word, which must not share a reading.
  static let sentences = [
    "Cheap flights ruin small towns", "cheap flights ruin small towns",
    "Cheap flights ruined small towns", "In the long run, cheap flights won't last",
    "Nobody I met at the market sells honey", "Never lend tools to neighbours",
    "Let's close the old bridge", "The pond behind the school has frozen",
    "Whoever painted that fence was careless", "Teachers who coach football rarely rest",
    "Tall fences make good neighbours", "Do not feed the ducks", "the ducks", "",
  ]

  @Test("a clause read again is read as a fresh parse reads it", arguments: sentences)
  func readAgain(sentence: String) {
    let tokens = Tokenizer.tokenize(sentence)
    let fresh = ClauseScanner(tokens: tokens).reading(buildingClause: true)
    for _ in 0..<2 {
      #expect(ClauseParser.parse(tokens) == fresh.clause)
      #expect(ClauseParser.finiteVerbIndex(in: tokens) == fresh.finiteVerbIndex)
    }
  }

  @Test("sentences that differ only in case or spacing keep their own readings")
  func caseAndSpacing() {
    let spaced = Tokenizer.tokenize("Ducks , geese and swans fly south")
    let unspaced = Tokenizer.tokenize("Ducks, geese and swans fly south")
    let lower = Tokenizer.tokenize("ducks, geese and swans fly south")
    for tokens in [spaced, unspaced, lower] {
      #expect(ClauseParser.parse(tokens)?.subject == Array(tokens.prefix(5)))
    }
  }

  @Test("holds no more than its bound however many clauses are read")
  func bounded() {
    for number in 0..<(RecentClauses.kept + 40) {
      _ = ClauseParser.parse(Tokenizer.tokenize("Shop \(number) sells bread"))
    }
    #expect(RecentClauses.count <= RecentClauses.kept)
  }
}
