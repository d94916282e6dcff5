import Testing

@testable import SocraticCore

/// Coaching of warm and casual lines: a line that gives back what the other person said is a
/// reflection, a jab is leading however casually it is put, warmth is not faulted, and a
/// rewrite is shown only when it fits.
@Suite("Warm and casual lines coached right")
struct WarmAndCasualCoachingTests {
  let critic = QuestionCritic()

  @Test(
    "after their line: their words, the worst of a loss, or two sides weighed give back",
    arguments: [
      (
        "my brother's band practises in the garage till 11 on school nights",
        "the band plays till 11 on school nights"
      ),
      (
        "we had to put the dog down in may and i still listen for her at the door",
        "the evenings are the hardest bit now"
      ),
      (
        "if the nurses themselves said the new rota was fine i'd let it go",
        "so it really comes down to what the nurses think, more than the managers"
      ),
      (
        "people stay in bad jobs out of fear more than out of need",
        "so it's more that they're scared than that they need the money?"
      ),
    ])
  func givenBack(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a jab put casually leads: scorn in 'who even', a plan mocked, the asker's lot",
    arguments: [
      ("who even taught you to load the dishwasher like that?", "'who even' is sarcasm"),
      (
        "so i'm supposed to just sit quietly while your cousin talks shop all night, yeah",
        "is sarcasm"
      ),
      ("oh lovely, so i'm the only one who ever waters the plants, am i?", "is a complaint"),
    ])
  func jab(line: String, fault: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains(fault) })
  }

  @Test("a plan mocked gets no rewrite made of what is left of it")
  func mockedPlanNoRewrite() throws {
    let critique = try critic.critique("so i'm meant to just take your word for it, yeah")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == nil)
  }

  @Test("the asker's lot is answered by what would be fair, not by its own words")
  func lotAnswered() throws {
    let critique = try critic.critique(
      "oh lovely, so i'm the only one who ever waters the plants, am i?")
    #expect(critique.suggestion == "What would feel fair to you here?")
  }

  @Test(
    "a fact demanded or a time asked gets no rewrite; a debt gets no 'how do you feel about'",
    arguments: [
      "did you pay the window cleaner or not",
      "what time does the wake start on saturday?",
      "you do realise you still owe me 30 quid for the concert?",
    ])
  func noRewrite(line: String) throws {
    #expect(try critic.critique(line).suggestion == nil)
  }

  @Test("the time of an arrangement is fine as it is")
  func arrangement() throws {
    let critique = try critic.critique("where is the party on friday?")
    #expect(critique.form == .closed)
    #expect(
      critique.problems == [
        "closed, and fine as it is: it asks a plain fact you can check, which is what you need"
          + " to know"
      ])
  }

  @Test("sarcasm that scolds an act is rewritten as what would make it easier, or not at all")
  func sarcasmLeftOut() throws {
    let critique = try critic.critique("is it really that hard to facetime your nan on sundays?")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "no rewrite puts a clause joined by 'if' or 'so' where the subject of 'whether' goes",
    arguments: [
      "How do you weigh up whether way if it meant moving?",
      "How do you weigh up whether lovely so I'm the one who cooks?",
    ])
  func garbledWhether(rewrite: String) {
    #expect(!RewriteGrammar.isWellFormed(Tokenizer.tokenize(rewrite).dropLast().map { $0 }))
  }

  @Test(
    "an apology, grief shared or saying they want to understand is warmth, with no rewrite",
    arguments: [
      ("sorry, daft of me. it's a year now and i still lay a place for him", "i miss him too"),
      ("you never take my side", "sorry mum, i didn't mean to push"),
      ("you always think you know best", "i'm not trying to score points here, honest"),
    ])
  func warmth(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .statement)
    #expect(
      critique.problems == [
        "warmth: a kind word, an apology, a fair point owned, an offer, an invitation to speak or a"
          + " goodbye, which is fine as it is"
      ])
    #expect(critique.suggestion == nil)
  }

  @Test("a view given when asked without a question mark is an answer, with no rewrite")
  func answerToChatQuestion() throws {
    let critique = try critic.critique(
      "honestly i reckon it'll fade, but i can see why people like it",
      after: "ugh go on then, what do YOU think")
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("your view, which they asked for") == true)
    #expect(critique.suggestion == nil)
  }

  @Test("an opinion whose claim makes no question gets their own view asked for")
  func opinionWithStockQuestion() throws {
    let critique = try critic.critique("surely the gutter is the landlord's job, he owns it")
    #expect(critique.form == .statement)
    #expect(critique.suggestion == "How do you see it yourself?")
  }

  @Test("a question opened by a laugh asks; 'what matters is …' asks nothing")
  func laughAndWhatClause() throws {
    #expect(
      try critic.critique("haha how does the allotment fit in with all that then").form == .open)
    #expect(
      try critic.critique("so what counts most is the kids feeling safe at school").form
        == .reflection)
  }

  @Test("asking after people they know invites a story: fine as it is, with no rewrite")
  func peopleTheyKnow() throws {
    let critique = try critic.critique("do you know anyone who sold their car over it")
    #expect(critique.form == .closed)
    #expect(critique.problems.first?.hasPrefix("closed in form, and fine as it is") == true)
    #expect(critique.suggestion == nil)
  }

  @Test("an answer to their challenge, then 'so it's that …' in their words, gives it back")
  func soItsThat() throws {
    let critique = try critic.critique(
      "no i don't think you overreacted. so it's that the rota changed and nobody told you",
      after: "you can't tell me i overreacted, they changed the rota and nobody told me")
    #expect(critique.form == .reflection)
    #expect(critique.suggestion == nil)
  }

  @Test("asked to stand where someone else stands is a viewpoints question")
  func standInTheirPlace() throws {
    let critique = try critic.critique(
      "picture a shop owner who backed the scheme, what do you think she was hoping for?")
    #expect(critique.kind == .viewpoints)
  }

  @Test("a question that opens on 'that' right after their answer builds on it")
  func opensOnTheirAnswer() {
    #expect(ListeningScorecard.opensOnWhatWasSaid("is that something you've checked?"))
    #expect(!ListeningScorecard.opensOnWhatWasSaid("is crypto a scam?"))
  }
}
