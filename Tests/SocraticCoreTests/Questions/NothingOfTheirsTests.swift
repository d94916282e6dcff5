import Testing

@testable import SocraticCore

/// A line with nothing of theirs in it gives nothing back: a shrug of the speaker's own or a
/// name alone is a statement, said so in words a learner reads, whatever they said before.
@Suite("A shrug or a name alone is a statement, not a reflection")
struct NothingOfTheirsTests {
  let critic = QuestionCritic()

  @Test(
    "a shrug is said to be one, with or without their last turn",
    arguments: [
      ("idk", nil), ("dunno tbh", nil), ("no idea lol", "Should I sell the caravan?"),
      ("idk", "My brother still owes me two hundred quid."),
    ] as [(String, String?)])
  func shrug(text: String, after: String?) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .statement)
    #expect(critique.suggestion == "What do you make of it yourself?")
    #expect(
      critique.problems == [
        "a shrug: it says you don't know, and gives back nothing they said; say back what you"
          + " heard, or ask what they make of it"
      ])
  }

  @Test(
    "a name alone calls them and gives nothing back",
    arguments: [
      ("Priya.", nil), ("Tomasz", "Tomasz keeps parking across my drive."),
      ("Gran.", "My gran won't use the stairlift we put in."),
    ] as [(String, String?)])
  func name(text: String, after: String?) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .statement)
    #expect(
      critique.problems == [
        "a name alone: it calls them, but gives back nothing they said; say back what you heard"
          + " in a sentence"
      ])
  }

  @Test("one word that names what they spoke of is still a one-word reflection")
  func topicWord() throws {
    let critique = try critic.critique("Gardening.")
    #expect(critique.form == .reflection)
    #expect(critique.problems == [OneWordReflection.explanation])
  }
}

/// Advice said as a command stays advice with a day, a place or a verdict tacked on after it
/// ("…, sorted"), and whichever verb it opens with: "give your mum a ring" tells them what to
/// do as "take your nan" does; "give me an example" asks them to talk.
@Suite("Advice said as a command, with a time, a place or a closing verdict, is advice")
struct CommandedAdviceTests {
  let critic = QuestionCritic()
  private let advice = StatementKind.advice.explanation

  @Test(
    "a command with a closing verdict is advice",
    arguments: [
      "Just drive your uncle to the tip on sunday, sorted.",
      "just book the dentist for tuesday morning, done",
    ])
  func closingVerdict(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [advice])
  }

  @Test(
    "a command on a verb that can ask for talk is advice when it acts on someone or something",
    arguments: [
      ("give your aunt a ring on friday", "What have you thought of trying so far?"),
      ("put twenty quid away every month", "What have you thought of trying so far?"),
      ("go round to your cousin's flat after work", nil),
      ("help your sister with the removal van", nil),
    ] as [(String, String?)])
  func actingVerb(text: String, suggestion: String?) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .statement)
    #expect(critique.problems == [advice])
    if let suggestion { #expect(critique.suggestion == suggestion) }
  }

  @Test(
    "the same verbs asking them to talk are open requests",
    arguments: [
      "give me an example of a bad week", "go on, what happened next", "put it another way",
    ])
  func talkRequest(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .open, "\(critique.problems)")
  }
}

/// "do you reckon", "d'you think", "would you say" ask the listener's view and push no answer:
/// after an open question it stays open, and after a statement it is a yes/no question, whose
/// rewrite leaves the tag out.
@Suite("A tag asking their view keeps an open question open and closes a statement")
struct ViewTagTests {
  let critic = QuestionCritic()

  @Test(
    "after an open question",
    arguments: [
      "what's stopping your dad from getting a hearing aid, do you reckon?",
      "how would your flatmate take it, d'you think?",
      "why has the bakery shut, would you say?",
    ])
  func afterOpen(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .open, "\(critique.problems)")
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "after a statement",
    arguments: [
      "the bus fares are too dear now, do you reckon?",
      "your neighbour's been lonely since the move, d'you think?",
      "the gym's not worth the money, would you say?",
    ])
  func afterStatement(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed, "\(critique.problems)")
    #expect(critique.problems == [QuestionProblem.yesNo.explanation])
  }

  @Test("after a yes/no question, whose rewrite leaves the tag out")
  func afterYesNo() throws {
    let critique = try critic.critique("is the new boiler any better, d'you think?")
    #expect(critique.form == .closed)
    let rewrite = try #require(critique.suggestion)
    #expect(rewrite == "How do you see the new boiler?")
    #expect(critic.isOpen(rewrite))
  }
}

/// Information too long to read inside "What do you make of the idea that …?" is asked about
/// by its topic, not pasted into the frame whole.
@Suite("A long statement's suggestion keeps its topic, not the whole sentence")
struct LongClaimSuggestionTests {
  let critic = QuestionCritic()

  @Test("a long claim is asked about by what it names")
  func longClaim() throws {
    let critique = try critic.critique("the gas bill went up 12 percent over the winter")
    #expect(critique.form == .statement)
    #expect(critique.suggestion == "What do you make of the gas bill?")
  }
}
