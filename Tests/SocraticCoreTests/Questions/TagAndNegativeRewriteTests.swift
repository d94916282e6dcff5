import Testing

@testable import SocraticCore

/// A tag or negative question is rewritten in whole English that asks what it asked: a verdict
/// on how the person is being asks about the way they have been, a claim it denies is never
/// asked about the right way up, and a clause is never pasted where a noun phrase goes.
@Suite("Rewrites of tag and negative questions")
struct TagAndNegativeRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a verdict on how the person is being asks about the way they've been",
    arguments: [
      (
        "dont you think youre being too hard on yourself",
        "How do you see the way you've been with yourself?"
      ),
      (
        "aren't u being kinda rude to ur sister",
        "How do you see the way you've been with your sister?"
      ),
      (
        "you're being so stubborn about the car, aren't you",
        "How do you see the way you've been about the car?"
      ),
    ])
  func conduct(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a rewrite that keeps a denied word without its denial is refused",
    arguments: [
      ("How do you feel about being happy there", "You're not happy there, are you?", true),
      ("How are things there for you", "You're not happy there, are you?", false),
      ("What makes it hard for you to tidy up", "why don't you tidy up?", false),
    ])
  func denial(rewrite: String, question: String, refused: Bool) {
    let dropped = KeptPolarity.dropsDenial(
      Tokenizer.tokenize(rewrite), source: Tokenizer.tokenize(question))
    #expect(dropped == refused)
  }

  @Test(
    "no rewrite puts a clause after 'about' or strands an adjective before its verb",
    arguments: [
      "that film could have been half an hour shorter, couldn't it?",
      "is that fair to the kids though?",
      "Is that true of every shop on the high street?",
    ])
  func wholeEnglish(question: String) throws {
    let suggestion = try critic.critique(question).suggestion
    let words = suggestion.map { Tokenizer.tokenize($0).filter(\.isWord).map(\.lowercased) } ?? []
    #expect(!words.contains("about") || !words.contains("could"))
    #expect(!(suggestion ?? "").contains("that fair is"))
    #expect(!(suggestion ?? "").contains("that true of"))
  }

  @Test(
    "the grammar check refuses a pasted clause and a stranded adjective",
    arguments: [
      ("What do you think about that film could have been shorter", false),
      ("How do you weigh up whether that fair is to the kids", false),
      ("How do you weigh up whether that true of every shop is on the high street", false),
      ("What do you think about the fact that it could be shorter", true),
      ("What makes that good for you", true),
    ])
  func grammar(rewrite: String, isWellFormed: Bool) {
    let body = Tokenizer.tokenize(rewrite)
    #expect(
      (RewriteGrammar.isWellFormed(body)
        && WellFormedRewrite.isWellFormed(body, source: body)) == isWellFormed)
  }
}
