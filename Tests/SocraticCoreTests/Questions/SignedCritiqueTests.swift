import Testing

@testable import SocraticCore

/// What a coach would sign: a rewrite only when it keeps what the question asked, and the form
/// a plain check, a blame, an opinion or a choice left with the person really has.
@Suite("Critiques a coach would sign")
struct SignedCritiqueTests {
  let critic = QuestionCritic()

  @Test(
    "a plan put with a check that it suits them is closed and fine, with no rewrite",
    arguments: [
      "i'll bring the drinks, you sort the crisps. deal?",
      "we can go halves on the taxi home, that ok?",
      "ok how about we leave at 7 and eat on the way. sound good?",
      "ill be outside yours at half 8, i'll text when im there. is that alright?",
    ])
  func planCheck(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(
      critique.problems == [
        "closed, and fine as it is: it checks that a plan you put to them suits them, which they"
          + " can take or change"
      ])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "an errand seen to, or a choice of two numbers, is a plain check with no rewrite",
    arguments: [
      "did you remember to book the vet for tuesday?",
      "did u manage to pay the window cleaner",
      "was it the 7:40 or the 8:10 train you got?",
      "is that a 20 or a 50 in your wallet?",
    ])
  func plainCheck(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed)
    #expect(critique.suggestion == nil)
    #expect(critique.problems.allSatisfy(QuestionProblem.notes.contains))
  }

  @Test(
    "a rewrite that drops what was asked keeps no aim",
    arguments: [
      ("How do you see the vet", "have you rung the vet yet", false),
      ("How do you see your brother", "did you lend your brother the deposit", false),
      ("How do you see the landlord", "have you considered that the landlord might be right", true),
      ("How do you see the council", "isn't the council useless", true),
      (
        "How would you describe the way you talk to your nan",
        "you're not talking to your nan like that are you", false
      ),
      (
        "How do you feel about talking to your nan like that",
        "you're not talking to your nan like that are you", true
      ),
      (
        "How do you weigh up whether the estate agent would say that",
        "don't you think the estate agent would say that", false
      ),
      ("What makes you think he meant that", "surely he meant that", false),
    ])
  func keptAim(rewrite: String, question: String, keeps: Bool) {
    let source = Tokenizer.tokenize(question).map(\.lowercased)
    #expect(KeptAim.keeps(Tokenizer.tokenize(rewrite), source: source[...]) == keeps)
  }

  @Test(
    "a question about an act of theirs is rewritten about the act, never a thing or a person in it",
    arguments: [
      (
        "did you lend your brother the deposit?",
        "How do you feel about lending your brother the deposit?"
      ),
      ("did you sell the bike to gary?", "How do you feel about selling the bike to gary?"),
    ])
  func actKept(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test("'what you mean is' puts words in their mouth, and no rewrite keeps the frame")
  func cleftFrame() throws {
    let critique = try critic.critique("so what you mean is the landlord won't budge?")
    #expect(critique.form == .leading)
    #expect(critique.problems.first?.hasPrefix("puts words in their mouth") == true)
    #expect(critique.suggestion.map { !$0.contains("what you mean") } ?? true)
  }

  @Test(
    "a thing never done for the asker is blame; a choice never made is asked about",
    arguments: [
      ("how come u never rang me back last night?", QuestionForm.leading),
      ("how come you never said to us you'd moved out", .leading),
      ("how come you never learned to drive?", .open),
    ])
  func neverDone(text: String, form: QuestionForm) throws {
    #expect(try critic.critique(text).form == form)
  }

  @Test(
    "a verdict said to be what all know is an opinion; an offer with no claim leaves the choice",
    arguments: [
      ("everybody knows that new bypass is pointless", StatementKind.opinion),
      ("we all know the self checkouts never work lol", .opinion),
      ("the spare room's yours only if you want it, no pressure", .autonomy),
      ("come along if you fancy, no worries if not", .autonomy),
    ])
  func statementKind(text: String, kind: StatementKind) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [kind.explanation])
  }

  @Test("how their own lot feels to them, put as theirs, adds no claim of the reflection's own")
  func selfView() throws {
    let critique = try critic.critique(
      "you feel like whatever you do, you end up back where you started.",
      after: "why even bother with diets, nothing ever sticks for me")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "denying what they called themselves lifts them: an affirmation, not a reflection",
    arguments: [
      (
        "you're not hopeless. you passed the theory first go",
        "im honestly hopeless at driving, i'll never pass" as String?
      ),
      ("you're not a bad mum, you never were.", nil),
      ("it's not silly, it's the first winter without her.", nil),
      ("that isn't soft, that's what a good friend does", nil),
    ])
  func selfLabelDenied(text: String, after: String?) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .statement)
    #expect(critique.problems == [StatementKind.affirmation.explanation])
  }

  @Test(
    "a cause or an outcome they did not spell out makes a reflection complex",
    arguments: [
      "and that's why you end up skipping the gym on fridays",
      "so the late shifts are what leads to the rows with your partner",
    ])
  func causeLinked(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
  }
}
