import Testing

@testable import SocraticCore

@Suite("Questions that lead by a mocking tail or a call to agree")
struct LeadingTailTests {
  let critic = QuestionCritic()

  @Test(
    "an open question with a mocking 'or …just' tail leads, and the rewrite drops the tail",
    arguments: [
      ("what makes u think the coach hates you, or is it just a vibe?", "is it just"),
      ("why won't you try the new place, or are you just being awkward?", "are you just"),
      ("how do you know the landlord lied or are you just guessing lol", "are you just"),
    ])
  func mockingTail(question: String, words: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.problems)")
    #expect(critique.problems.contains { $0.hasPrefix("'\(words)' mocks the second option") })
    if let suggestion = critique.suggestion {
      #expect(!suggestion.lowercased().contains("just"), "\(suggestion)")
      #expect(!suggestion.lowercased().contains(" or "), "\(suggestion)")
    }
  }

  @Test(
    "an open question whose 'or' offers a real second answer stays open",
    arguments: [
      "what drew you to teaching, or was it more that it found you?",
      "how did the move go for the kids or is it too early to say",
    ])
  func realAlternative(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form != .leading, "\(question): \(critique.problems)")
  }

  @Test(
    "a call to agree leads, and is not merely closed",
    arguments: [
      "can we just agree the holiday was a disaster?",
      "cant we all accept that the old system was better",
      "Could we both agree that the party went on too long?",
    ])
  func callToAgree(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.problems)")
  }
}
