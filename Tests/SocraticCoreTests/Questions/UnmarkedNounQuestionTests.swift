import Testing

@testable import SocraticCore

/// A question typed without a question mark after a sentence of its own asks about a thing as
/// well as about a person: "fair enough. is the allotment more like a hobby or a job" is a
/// question about the allotment, not advice and not a reflection.
@Suite("Unmarked questions about a thing after another sentence")
struct UnmarkedNounQuestionTests {
  let critic = QuestionCritic()

  @Test(
    "a helper and a noun phrase after a granted point ask, closed",
    arguments: [
      "hm thats actually a fair point. is the allotment more like a hobby or a job",
      "ok fair enough. was the ferry late again that week",
      "right, the tickets. can the club afford a second coach",
    ])
  func askedAboutAThing(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed, "\(critique.form) \(critique.problems)")
  }

  @Test(
    "a remark with its subject dropped stays a remark",
    arguments: ["Great. Does the job.", "Fair. Could be worse.", "Thanks. Will do."])
  func droppedSubjectRemark(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form != .closed, "\(critique.form)")
    #expect(critique.form != .open, "\(critique.form)")
  }
}
