import Testing

@testable import SocraticCore

/// Rewrites come in a few plain shapes chosen by the fault: a request put as a question is said
/// as the asker's own request; a friendly choice of plans is fine; no stock frame is wrapped
/// around the asker's clause. Jabs that compare or mock a plan lead; a reflection that gives
/// back the person's own sweep or a feeling near theirs is not flagged.
@Suite("Plain rewrite shapes, jabs and fair reflections")
struct PlainShapeTests {
  let critic = QuestionCritic()

  @Test(
    "a reminder or a request with a dig is said as a plain I-request with an open question",
    arguments: [
      (
        "Are you ever going to give back the drill you borrowed from me?",
        "I'd like you to give back the drill you borrowed from me. How could we make that work?"
      ),
      (
        "Can you not play music in the kitchen after midnight?",
        "I'd rather you didn't play music in the kitchen after midnight. How could we make that work?"
      ),
      (
        "Could you just wash up your mugs like a grown-up for once?",
        "I'd like you to wash up your mugs. How could we make that work?"
      ),
    ])
  func ownRequest(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "a belittling comparison or a mocked plan leads",
    arguments: [
      "Could you maybe fill in the forms like an adult?",
      "Can you book the dentist like a normal person?",
      "Why can't you queue like everybody else?",
      "So what, we're just supposed to walk everywhere now?",
    ])
  func jabLeads(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("sarcasm") })
  }

  @Test(
    "a friendly choice of plans is closed and fine, with no rewrite",
    arguments: [
      "Shall we go to the coast or the lakes for the weekend?",
      "Do you want a curry or something lighter for dinner tonight?",
      "Would you like a quiet meal or a proper do for your fortieth?",
    ])
  func planChoice(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.allSatisfy { $0.contains("fine as it is") })
    #expect(critique.suggestion == nil)
  }

  @Test(
    "no suggestion wraps the claim in a stock frame",
    arguments: [
      "Does the new timetable help commuters?",
      "Isn't a second fridge a lot when we hardly fill the first?",
      "How is it fair to charge students for the library?",
      "Wouldn't you say the garden needs more work?",
    ])
  func noStockFrame(question: String) throws {
    let suggestion = try #require(try critic.critique(question).suggestion)
    for frame in ["To what extent", "What would tell you whether", "What draws you to"] {
      #expect(!suggestion.hasPrefix(frame))
    }
    #expect(!suggestion.contains(" is a lot"))
  }

  @Test(
    "their own sweep in a near form is no overreach",
    arguments: [
      (
        "Each summer we drive to my aunt's and I'm fed up with it.",
        "You always end up at your aunt's."
      ),
      ("Not once has the landlord fixed the boiler.", "Your landlord never fixes the boiler."),
    ])
  func fairReflection(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }
}
