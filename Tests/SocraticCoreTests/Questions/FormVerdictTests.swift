import Testing

@testable import SocraticCore

/// What a line is called: a question by its word order with or without "?", a reflection
/// only when it gives the other person's words or feeling back.
@Suite("Form verdicts: questions, tags and brush-offs")
struct FormVerdictTests {
  let critic = QuestionCritic()

  @Test(
    "a question typed without apostrophe or '?' is still a question",
    arguments: ["hows the new rota working out for you", "wheres the spare key gone then"])
  func typedQuestionWord(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form != .reflection)
    #expect(critique.form != .statement)
  }

  @Test(
    "a fact they are told they know, tagged 'right', leads",
    arguments: [
      "you do realise the last train's cancelled right",
      "you do know the shop shuts at five, right",
    ])
  func knowingTagLeads(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.hasPrefix("tag question") })
  }

  @Test(
    "a brush-off is no reflection",
    arguments: ["whatever", "ok whatever", "if you say so"])
  func brushOff(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("a brush-off") == true)
    #expect(critique.suggestion == "What about it matters most to you?")
  }

  @Test("'why r u so …' is read as the loaded why-question it is")
  func textedLoadedWhy() throws {
    let critique = try critic.critique("why r u so cross about the washing up")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "How do you see the washing up?")
  }

  @Test("a gentle 'how come' about their own choice asks; left undone for the asker, it blames")
  func gentleHowCome() throws {
    let own = try critic.critique("how come you didn't finish the course?")
    #expect(own.form == .open)
    #expect(own.problems.isEmpty)
    let owed = try critic.critique("how come you didn't call me back?")
    #expect(owed.form == .leading)
  }

  @Test("'what would a normal weekend look like' asks; it is no rhetorical question")
  func normalThingAsks() throws {
    let critique = try critic.critique(
      "what would a normal weekend look like if you sold the boat?")
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test("an option put as a betrayal of the asker makes a false choice, never a fine closed one")
  func guiltTripChoice() throws {
    let critique = try critic.critique(
      "are you coming to my leaving do or are you choosing the gym over me?")
    #expect(critique.form == .leading)
    #expect(critique.problems.contains("offers two options as the only ones and demands a pick"))
  }

  @Test(
    "a word of theirs given back with 'how' asks what they meant",
    arguments: ["cheaper how?", "busier how, like more shifts or longer ones"])
  func echoedWordAsks(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .open)
    #expect(critique.kind == .clarification)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "words of a brush-off inside a longer line say something else",
    arguments: [
      "Starting a new school is a big deal for a kid.",
      "It took her a long while to get over it.",
      "Bring crisps, dips, whatever you like.",
    ])
  func brushOffWordsInALine(line: String) throws {
    let critique = try critic.critique(line)
    #expect(!critique.problems.contains { $0.hasPrefix("a brush-off") }, "\(critique.problems)")
  }

  @Test("'how' that opens a clause after a word is no question asked back")
  func howOpeningAClause() throws {
    let critique = try critic.critique("Funny how it all turns out.")
    #expect(critique.form != .open)
  }

  @Test("a letter 'R' in a rewrite stays a letter, never 'Are'")
  func letterRStays() throws {
    let critique = try critic.critique("Don't you think the R rate is what counts?")
    let suggestion = try #require(critique.suggestion)
    #expect(suggestion.contains("R rate"), "\(suggestion)")
    #expect(!suggestion.contains("Are"), "\(suggestion)")
  }
}
