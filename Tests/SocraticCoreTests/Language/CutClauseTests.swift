import Testing

@testable import SocraticCore

/// A clause is cut when its last opener has no verb after it; "cause" the noun opens nothing,
/// and a short elliptic ending stands for a whole clause.
@Suite("Cut clauses: the opener's verb is missing")
struct CutClauseTests {
  @Test(
    "'cause' after a determiner, possessive or adjective is the noun; bare, it opens a clause",
    arguments: [
      ("we run the raffle because it's a worthy cause", false),
      ("they never gave up on their cause", false),
      ("the fire had no obvious cause", false),
      ("she stopped going to the club cause nobody", true),
      ("she stopped going cause nobody her age went", false),
    ])
  func causeTheNoun(_ line: String, _ isCut: Bool) {
    #expect(CutClause.endsCut(Tokenizer.tokenize(line)) == isCut)
  }

  @Test(
    "a two-word elliptic ending after an opener is whole; a subject alone is cut",
    arguments: [
      ("the new roof cost three times the quote, if not more", false),
      ("the late bus turns up, although not always", false),
      ("he phones his brother seldom, if at all", false),
      ("keep the shutters down unless strictly necessary", false),
      ("we could paint the fence if we", true),
      ("she quit the band because none of them", true),
    ])
  func ellipticPairs(_ line: String, _ isCut: Bool) {
    #expect(CutClause.endsCut(Tokenizer.tokenize(line)) == isCut)
  }
}
