import Testing

@testable import SocraticCore

/// Lines a facilitator reads otherwise than their surface: a negated "don't you think" puts the
/// asker's view, so its rewrite never hands that view back as the person's; an open question
/// typed as it sounds is still open; "uh huh" is a sound of listening; how long someone has
/// lived with a thing is theirs to tell, not a fact to look up; and an easy step offered with
/// "that's what I do" is advice, not a reflection.
@Suite("Asker's view, chat spelling, listening sounds, own durations and offered steps")
struct AskersViewAndOwnLifeTests {
  let critic = QuestionCritic()

  @Test(
    "a rewrite of a negated opinion frame does not ask what makes them think the asker's view",
    arguments: [
      "dont you think your mum would be better off in a bungalow than stuck up those stairs",
      "don't you think your nan would be happier in the flat near us",
    ])
  func askersViewNotPutOnThem(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading, "\(critique.form)")
    let rewrite = try #require(critique.suggestion)
    #expect(!rewrite.lowercased().hasPrefix("what makes you"), "\(rewrite)")
  }

  @Test(
    "an open question typed as it sounds is open, not a reflection",
    arguments: [
      "wat maks u thnk ur mum wont lik the new sofa",
      "wat do u thnk of the new bus timetable",
    ])
  func chatSpelledOpenQuestion(line: String) throws {
    #expect(try critic.critique(line).form == .open)
  }

  @Test("'uh huh' typed as two words is a sound of listening, not a reflection")
  func uhHuh() throws {
    let critique = try critic.critique("uh huh")
    #expect(critique.form != .reflection, "\(critique.form)")
    #expect(critique.problems.first?.hasPrefix("a sound of listening") == true)
  }

  @Test(
    "how long they have lived with something is theirs to tell, not a fact to look up",
    arguments: [
      "how long have you been thinking about selling the caravan",
      "how long have you felt like this about the choir",
    ])
  func ownDuration(line: String) throws {
    let critique = try critic.critique(line)
    #expect(!critique.problems.contains { $0.contains("looked up") }, "\(critique.problems)")
  }

  @Test("a timetable's length is still a fact to look up")
  func lookedUpDuration() throws {
    let critique = try critic.critique("how long is the ferry to the island")
    #expect(critique.problems.contains { $0.contains("looked up") }, "\(critique.problems)")
  }

  @Test(
    "an easy step offered as what the speaker does is advice, not a reflection",
    arguments: [
      "you could just borrow your sister's dress, thats what i do",
      "you can just pay it monthly, thats what me and dan did",
    ])
  func offeredStep(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement, "\(critique.form)")
    #expect(critique.problems.first?.hasPrefix("advice") == true, "\(critique.problems)")
  }

  @Test(
    "a lone 'huh' or 'pardon' without a question mark asks them to say it again",
    arguments: ["huh", "pardon"])
  func hearItAgain(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .closed, "\(critique.form)")
    #expect(
      critique.problems.first
        == "'\(line)' alone asks the person to repeat themselves, not to think")
    #expect(critique.suggestion == "What do you mean by that?")
  }

  @Test(
    "'you could just' before a verb of seeing or sensing says what anyone could tell: no advice",
    arguments: [
      "You could just tell the dog was scared.",
      "you could just feel the tension in the room",
    ])
  func perceivedNotAdvice(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .reflection, "\(critique.form)")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }
}
