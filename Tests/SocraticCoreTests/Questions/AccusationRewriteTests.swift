import Testing

@testable import SocraticCore

/// Questions that accuse instead of asking lead, and their rewrites ask about the person's
/// side of the same topic without the charge; questions that only sound alike stay as they are.
@Suite("Accusations and the rewrites that drop them")
struct AccusationRewriteTests {
  let critic = QuestionCritic()

  @Test(
    "a habit, a failing, a feeling or a change held against the person leads, and is asked about",
    arguments: [
      ("Why are you always late for band practice?", "How do you feel about band practice?"),
      (
        "Why can't you ever hang your towel up?",
        "What gets in the way of hanging your towel up?"
      ),
      ("Why do you keep eating takeaways every night?", "What do you get from eating takeaways?"),
      ("Why do you hate cyclists so much?", "What has your experience been with cyclists?"),
      ("When did you stop trusting your doctor?", "How do you see your doctor?"),
      ("Why are you still believing the tabloids?", "How do you see the tabloids?"),
      ("Why does your sister keep borrowing the car?", "How are things with your sister?"),
      (
        "Who do you think takes out all the recycling?",
        "How do you feel about who takes out the recycling?"
      ),
      (
        "Why is it always me who feeds the rabbits?",
        "How do you think we should share who feeds the rabbits?"
      ),
      ("When did you stop caring about your allotment?", "How do you see your allotment?"),
      (
        "Why do you keep missing your dentist appointments?",
        "How do you feel about your dentist appointments?"
      ),
      (
        "Why are you still wearing those hideous trainers?",
        "What do you get from wearing those trainers?"
      ),
    ])
  func accusation(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "questions that only sound like accusations are not called leading",
    arguments: [
      "Why are you interested in politics?", "When did you start running?",
      "Who do you think will win the election?", "Why do you like gardening so much?",
      "Why is my laptop still slow?", "Why did you move to Leeds?",
    ])
  func notAccusations(question: String) throws {
    #expect(try critic.critique(question).form != .leading)
  }

  @Test("a sneering label leads, and the rewrite names the group plainly")
  func derisiveLabel() throws {
    let critique = try critic.critique("Why do tree huggers oppose the new road?")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "Why do environmentalists oppose the new road?")
  }

  @Test("a dismissive noun after a modifier becomes a plain one, never a stray 'that'")
  func loadedNounAfterModifier() throws {
    let critique = try critic.critique("Why do you keep reading flat-earth rubbish?")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "How do you see flat-earth claims?")
  }

  @Test(
    "a charge put as a claim is rewritten by its shape, without the asker's verdict",
    arguments: [
      (
        "So you'd rather trust a chatbot than your accountant?",
        "How do you weigh a chatbot against your accountant?"
      ),
      (
        "You'd rather rent forever than buy a flat, is that it?",
        "How do you weigh renting forever against buying a flat?"
      ),
      (
        "So you'd rather wait than book a taxi?", "How do you weigh waiting against booking a taxi?"
      ),
      (
        "Is it too much to ask for you to water the plants now and then?",
        "How do you feel about watering the plants now and then?"
      ),
      ("Isn't it time you got a proper haircut?", "How do you feel about getting a haircut?"),
      (
        "So we should all move to the countryside to fix the housing crisis?",
        "What do you think we should do to fix the housing crisis?"
      ),
      (
        "Don't you think you should call the landlord about the leak?",
        "What would change if you called the landlord about the leak?"
      ),
      (
        "Do you even care that Dad works every weekend?",
        "How do you feel about Dad working every weekend?"
      ),
      (
        "Can you honestly say the diet hasn't helped you?",
        "How has the diet worked out for you?"
      ),
    ])
  func chargeAsClaim(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion == suggestion)
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a closed or leading question always gets an open suggestion",
    arguments: [
      "Isn't it obvious the mayor lied about the budget?", "Why are you always on that console?",
      "Who do you think pays all the bills around here?",
      "Can you really say the new manager never listens?", "Why won't you just admit it?",
    ])
  func alwaysAnOpenSuggestion(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading || critique.form == .closed)
    let suggestion = try #require(critique.suggestion)
    #expect(critic.isOpen(suggestion))
  }
}
