import Testing

@testable import SocraticCore

/// Coaching a reader can trust: plain questions and warm lines are not faulted, jabs are caught
/// whatever their shape, and a rewrite that would name nothing or cut its topic short is not
/// shown at all.
@Suite("Coaching a reader can trust")
struct TrustworthyCoachingTests {
  let critic = QuestionCritic()

  @Test(
    "a plain fact of a thing or of the person's own plans is fine as it is, with no rewrite",
    arguments: [
      (
        "Has the gas bill been paid yet?",
        "closed, and fine as it is: it asks a plain fact you can check, which is what you need to"
          + " know"
      ),
      (
        "Did you lock the back gate?",
        "closed, and fine as it is: it asks a plain fact or plan of their own, which only they can"
          + " tell you"
      ),
      (
        "When will you bring the tent back?",
        "closed, and fine as it is: it asks a plain fact or plan of their own, which only they can"
          + " tell you"
      ),
    ])
  func plainQuestion(question: String, problem: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == [problem])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "where a view came from is open; an example after an open question is no second question",
    arguments: [
      "Where did you first hear about the fasting plan?",
      "How would the levy work, step by step? like what would happen to a bakery on my street",
      "what colour were they? tell me more",
    ])
  func openQuestion(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "a guess at a feeling is a check of the guess, fine as it is",
    arguments: ["is it mostly the deadline that's worrying you?", "Are you nervous about Monday?"])
  func feelingGuess(question: String) throws {
    let critique = try critic.critique(question)
    #expect(
      critique.problems == [
        "closed, and fine as it is: it checks your guess at what they feel, which they can"
          + " confirm or put right"
      ])
    #expect(critique.suggestion == nil)
  }

  @Test("warmth and a goodbye are fine as they are; encouragement is an affirmation")
  func warmLines() throws {
    let goodbye = try critic.critique("I'll pop the kettle on. love you x")
    #expect(goodbye.form == .statement)
    #expect(
      goodbye.problems == [
        "warmth: a kind word, an apology, a fair point owned, an offer, an invitation to speak or a"
          + " goodbye, which is fine as it is"
      ])
    #expect(goodbye.suggestion == nil)
    let praise = try critic.critique("you've done really well to stick with the night classes")
    #expect(praise.form == .statement)
    #expect(praise.problems.first?.hasPrefix("an affirmation") == true)
  }

  @Test(
    "a jab is leading, and its rewrite drops the accusation",
    arguments: [
      (
        "so when exactly were you planning on returning my ladder",
        "I'd like you to return my ladder. How could we make that work?"
      ),
      (
        "you only volunteered to cook so you could pick the menu didn't you",
        "What made you volunteer to cook?"
      ),
      ("you know the dog barked all night yeah", "What have you noticed about the dog?"),
    ])
  func jab(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
  }

  @Test("scorn for the listener's speaking up is loaded, and the rewrite says it plainly")
  func scornedSpeakingUp() throws {
    let critique = try critic.critique(
      "did you even open the letter before you started whining about it")
    #expect(critique.form == .leading)
    #expect(
      critique.problems.contains("loaded wording ('whining') tells the person what to think of it"))
    let suggestion = try #require(critique.suggestion)
    #expect(!suggestion.contains("whining"))
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a rewrite that names nothing or cuts its topic short is not shown",
    arguments: [
      "don't you think it's a bit much to charge £12 for a kids' haircut?",
      "is that actually legal though, like on a bus?",
    ])
  func noEmptyRewrite(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form != .open)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a strong word they said in another form is faithful, and one they never said overstates",
    arguments: [
      (
        "honestly it's a few big firms that control the market", "so only the big firms control it",
        []
      ),
      ("she never said a word to me all evening", "so nobody spoke to you", []),
      (
        "she said hello and then left",
        "so nobody spoke to you all night",
        [
          "'nobody' makes their view stronger than they put it: give it back as strong as they"
            + " said it"
        ]
      ),
    ] as [(String, String, [String])])
  func overstatement(after: String, reflection: String, problems: [String]) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems == problems)
  }

  @Test("a reflection that sets aside what they named is coached; one that keeps it is not")
  func dismissal() throws {
    let after = "the rent is what gets me, and the hours"
    let dismissing = try critic.critique(
      "so it's not really the rent, it's the hours", after: after)
    #expect(
      dismissing.problems == [
        "'not really the rent' sets aside what they named: give it back as theirs, then ask how"
          + " it weighs for them"
      ])
    let keeping = try critic.critique(
      "so it's the rent, and the hours on top of it, that wear you down", after: after)
    #expect(keeping.problems.isEmpty)
  }

  @Test("an echo in surprise before a question is a reaction: the question after it is coached")
  func echoBeforeQuestion() throws {
    let critique = try critic.critique("three buses a day?? what was that like")
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test("whether anyone will come or answer is a plain fact of the plan, with no rewrite")
  func unnamedPeople() throws {
    let critique = try critic.critique("Is anyone coming to the street party?")
    #expect(critique.form == .closed)
    #expect(critique.problems.first?.hasPrefix("closed, and fine as it is") == true)
    #expect(critique.suggestion == nil)
  }
}
