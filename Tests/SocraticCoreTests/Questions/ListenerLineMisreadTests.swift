import Testing

@testable import SocraticCore

/// Lines that only look like good listening: going along with a view while saying "I was…" or
/// "I'm…" owns no fault, a feeling word that describes someone else names no feeling of
/// theirs, and a reading of what they meant that goes on to a charge is no plain reading.
@Suite("Listener lines that only look like good listening")
struct ListenerLineMisreadTests {
  let critic = QuestionCritic()

  @Test(
    "agreeing with their view while saying 'I was…', 'I have…' or 'I'm…' owns no fault",
    arguments: [
      "you're right, i was thinking that too",
      "you're right, i have to agree",
      "You're right, I'm with you there",
    ])
  func agreementOwnsNothing(line: String) throws {
    let critique = try critic.critique(
      line, after: "the bins should go out on a monday, not a tuesday")
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("warmth:") == false, "\(critique.problems)")
  }

  @Test("a fault of one's own, admitted bare in its own sentence, is owned")
  func bareAdmissionOwned() throws {
    let critique = try critic.critique(
      "you're right, i did. that's on me", after: "you forgot my birthday again")
    #expect(critique.problems.first?.hasPrefix("warmth:") == true, "\(critique.problems)")
  }

  @Test("a feeling word that only describes someone else names no feeling for them")
  func feelingWordIsNoNamedFeeling() throws {
    let critique = try critic.critique(
      "the traders are a sad crowd of moaners", after: "they've moved the market to sundays")
    #expect(
      critique.form != .reflection || !critique.problems.isEmpty,
      "\(critique.form) \(critique.problems)")
  }

  @Test("'so it isn't about …' that goes on to a charge of its own is checked as a reflection")
  func setAsideThenCharge() throws {
    let critique = try critic.critique(
      "So it isn't about the dress, you never liked her friends anyway.",
      after: "my sister's barely spoken to me since the wedding")
    #expect(!critique.problems.isEmpty, "\(critique)")
  }

  @Test("a guess typed after a 'how' question that names a thing with 'and' asks a second one")
  func addedThingIsAQuestion() throws {
    let critique = try critic.critique("How was the flight home? And the hotel?")
    #expect(critique.problems.contains { $0.contains("2 questions") }, "\(critique.problems)")
  }

  @Test("a verdict of cost on a public measure asks what would change if 'we' took it")
  func publicMeasureIsOurs() throws {
    let critique = try critic.critique("Wouldn't it be cheaper to build a second bridge?")
    #expect(critique.suggestion == "What would change if we were to build a second bridge?")
  }

  @Test(
    "'ill' after 'and' or 'but' stays the word unless a verb follows",
    arguments: [
      ("tired and ill just about sums up my week", false),
      ("she's frail and ill still, at ninety", false),
      ("i'm stuck at work but ill ring you later", true),
      ("i'm stuck at work but ill just ring you later", true),
    ])
  func illAfterAConjunction(line: String, isIWill: Bool) {
    let words = Shorthand.expanded(Tokenizer.tokenize(line)).map(\.lowercased)
    #expect(words.contains("'ll") == isIWill, "\(words)")
  }

  @Test("'ill' read as I'll is written with its capital I")
  func iWillWrittenOut() {
    let tokens = Shorthand.expanded(Tokenizer.tokenize("ok ill pop round after tea"))
    #expect(tokens.map(\.text).contains("I"), "\(tokens.map(\.text))")
  }
}
