import Testing

@testable import SocraticCore

/// A tag that asks the listener to confirm the speaker's own act is a closed question (MI codes
/// a question by whether yes or no answers it); one that scores a point leads.
@Suite("A speaker's own act tagged is a closed confirmation")
struct SpeakerActTagTests {
  let critic = QuestionCritic()

  @Test("'lent you my charger yesterday didnt i' is closed")
  func confirmation() throws {
    let critique = try critic.critique("lent you my charger yesterday didnt i")
    #expect(critique.form == .closed)
    #expect(critique.problems == ["yes/no question that can be answered in one word"])
    #expect(critique.suggestion == "How did that come across to you?")
  }

  @Test("'warned you about the ice didnt i' scores a point and leads")
  func gloat() throws {
    let critique = try critic.critique("warned you about the ice didnt i")
    #expect(critique.form == .leading)
    #expect(
      critique.problems == ["tag question that asks the person to agree rather than to think"])
  }
}
