import Testing

@testable import SocraticCore

/// Why-questions that blame for a thing left undone, where- and when-questions over a stretch
/// of time, and questions that ask how someone placed elsewhere would see it.
@Suite("Blame for what was not done, searches over time, views from elsewhere")
struct OmissionAndSearchTests {
  let critic = QuestionCritic()

  @Test(
    "a why-question about what the listener failed to do is leading, asked as what made it hard",
    arguments: [
      (
        "why didnt u ring me when the car broke down",
        "What made it hard to ring me when the car broke down?"
      ),
      (
        "Why didn't you say you were behind on the rent?",
        "What made it hard to say you were behind on the rent?"
      ),
      ("why havent you booked the dentist yet", "What has made it hard to book the dentist yet?"),
      (
        "why did you not mention the fine to anyone",
        "What made it hard to mention the fine to anyone?"
      ),
      ("how come you hadnt told your sister", "What made it hard to tell your sister?"),
      ("why weren't you answering my texts lol", "What made it hard to answer my texts?"),
    ])
  func omission(question: String, suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("blames them for what they did not do") })
    #expect(critique.suggestion == suggestion)
  }

  @Test(
    "a why-question about a state, a habit or a thing asks a reason and stays open",
    arguments: [
      "why don't you like the new flat?",
      "Why didn't the heating come on this morning?",
      "why doesn't she trust the doctors",
      "so why didnt you choose a lower number, like a three?",
    ])
  func reasonAsked(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "a where- or when-question over a stretch of time asks for places or times, not one fact",
    arguments: [
      ("where have you been reading about the vaccine stuff?", QuestionKind.evidence),
      ("Where've you been looking for answers on this?", .evidence),
      ("when have you seen that happen with your own eyes", .evidence),
      ("when have u felt this way before", nil),
    ])
  func searchOverTime(question: String, kind: QuestionKind?) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    if let kind { #expect(critique.kind == kind) }
  }

  @Test(
    "a where- or when-question for one place or date stays closed",
    arguments: ["where have you been all day?", "When did you move to Leeds?"])
  func oneFact(question: String) throws {
    #expect(try critic.critique(question).form == .closed)
  }

  @Test(
    "a question of how someone placed elsewhere would see it asks for viewpoints",
    arguments: [
      "how do you reckon somebody working nights would see the new rules?",
      "How might a person who grew up on a farm feel about this?",
      "what do you think someone from your old school would say about it",
    ])
  func viewpoint(question: String) throws {
    #expect(try critic.critique(question).kind == .viewpoints)
  }
}
