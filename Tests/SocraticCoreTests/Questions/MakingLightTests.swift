import Testing

@testable import SocraticCore

/// Leading questions that settle the answer by making light of the matter, mocking what the
/// person would do instead, or passing a verdict of scorn beside the question.
@Suite("Making light and scorn put as a question")
struct MakingLightTests {
  let critic = QuestionCritic()

  @Test(
    "a rhetorical question with a verdict of scorn beside it leads; the rewrite leaves it out",
    arguments: [
      ("Why was that a red card, the referee must be blind?", "the referee must be blind"),
      ("How did that count as a handball, is the linesman asleep?", "is the linesman asleep"),
      ("How is that a fair price, the seller must be joking?", "the seller must be joking"),
      ("How was that offside, does the ref need glasses?", "need glasses"),
    ])
  func scornfulVerdict(question: String, verdict: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.problems)")
    #expect(critique.problems.contains { $0.contains("verdict of scorn") }, "\(critique.problems)")
    let suggestion = try #require(critique.suggestion)
    #expect(!suggestion.lowercased().contains(verdict.split(separator: " ").last!))
    #expect(critic.isOpen(suggestion), "\(suggestion)")
  }

  @Test(
    "making light of it, or reproaching their reaction, leads: the rewrite keeps no reproach",
    arguments: [
      ("It's only a scratch on the door, why are you making such a fuss?", "fuss"),
      ("It was just one late night, why is Mum getting so worked up?", "worked"),
      ("Why are you making such a drama about the phone bill?", "drama"),
      ("It's only twenty quid, why are you kicking off about it?", "kicking"),
    ])
  func makingLight(question: String, reproach: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.problems)")
    #expect(critique.problems.first?.contains("makes light of it") == true, "\(critique.problems)")
    let suggestion = try #require(critique.suggestion)
    #expect(!suggestion.lowercased().contains(reproach))
    #expect(critic.isOpen(suggestion), "\(suggestion)")
  }

  @Test(
    "an either-or whose second option is a put-down leads",
    arguments: [
      ("Are you going to ring your brother or keep sulking?", "keep sulking"),
      ("Will you sort the garden out or carry on moaning about it?", "carry on moaning"),
      ("Do you want to help me tidy up or sit there whingeing?", "sit there whingeing"),
    ])
  func putDownOption(question: String, words: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.problems)")
    #expect(
      critique.problems.first == "'\(words)' mocks the second option, so the first is"
        + " the only answer on offer")
  }

  @Test(
    "a belittling 'just because' inside a question leads, closed or open",
    arguments: [
      "Is it fair that your sister gets the bigger room just because she's older?",
      "Should the striker be dropped just because he missed one penalty?",
      "Why does he get the last word only because he pays the mortgage?",
    ])
  func belittledReason(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.problems)")
    #expect(critique.problems.first?.contains("because' makes light of it") == true)
  }
}
