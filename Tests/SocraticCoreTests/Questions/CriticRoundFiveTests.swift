import Testing

@testable import SocraticCore

/// The critic's words of a sentence, as a rewrite is checked: tokens without the "?".
private func words(_ text: String) -> [Token] {
  Tokenizer.tokenize(text).filter { $0.text != "?" }
}

@Suite("A feeling told in an idiom is what a complex reflection adds, well heard")
struct FeelingIdiomReflectionTests {
  let critic = QuestionCritic()

  @Test(
    "an idiom of feeling after what they did is no claim of the reflection's own",
    arguments: [
      (
        "i go quiet every time my dad brings up the divorce",
        "you're keeping it together for him but it's eating you up inside"
      ),
      ("i forgot every line on the night", "nerves got the better of you on stage"),
    ])
  func idiomWellHeard(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }
}

@Suite("A rewrite that does not read as English is never shown")
struct RewriteVerbShapeTests {
  let critic = QuestionCritic()

  @Test("a clause cut at its verb is asked about whole, not seen as a thing")
  func clauseKeptWhole() throws {
    let critique = try critic.critique("do the geese by the river chase you off?")
    // A plain fact about particular geese has no open shape that keeps it (`ClaimShapes`).
    #expect(critique.suggestion == nil)
    let cut = try critic.critique("do the dogs across the road wake you up?")
    #expect(cut.suggestion?.hasSuffix("wake?") != true, "\(cut.suggestion ?? "")")
  }

  @Test(
    "a bare verb or a complement after 'How do you see', a verbless gerund and a split copula fail the check",
    arguments: [
      ("How do you see the dogs across the road wake", "do the dogs across the road wake you up"),
      ("How do you see this ok", "is this ok with everyone"),
      (
        "How would being up for swapping the late shifts",
        "would you be up for swapping the late shifts"
      ),
      ("How do you weigh up whether this fine is with you", "is this fine with you"),
    ])
  func refused(rewrite: String, source: String) {
    #expect(!WellFormedRewrite.isWellFormed(words(rewrite), source: words(source)))
  }

  @Test("another gerund as subject, and an adjective on an indefinite pronoun, still read")
  func stillRead() {
    #expect(!WellFormedRewrite.hasVerblessGerund(words("How would moving house change things")))
    #expect(WellFormedRewrite.hasVerblessGerund(words("How would being keen on the late shifts")))
    #expect(!WellFormedRewrite.splitsCopula(["whether", "something", "new", "is", "coming"]))
  }
}

@Suite("A tag set off after a statement asks for a nod, with or without a question mark")
struct UnmarkedTagTests {
  let critic = QuestionCritic()

  @Test(
    "a trailing 'right' after a mark, or after 'you'd agree', is a leading tag",
    arguments: [
      "the rent went up twice this year… right",
      "the rent went up twice this year, right",
      "you'd agree the hedge needs cutting right",
    ])
  func leadingTag(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains(QuestionProblem.tagQuestion.explanation))
  }

  @Test(
    "', right' after an arrangement checks a plan: a plain closed question",
    arguments: [
      "we're meeting at six, right", "the bins go out tuesday, right",
      "the match is tomorrow, right?",
    ])
  func arrangementChecked(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed)
    #expect(!critique.problems.contains(QuestionProblem.tagQuestion.explanation))
  }

  @Test("'that's right' said back is no tag")
  func agreementSaid() throws {
    #expect(try critic.critique("yeah that's right").form != .leading)
  }
}
