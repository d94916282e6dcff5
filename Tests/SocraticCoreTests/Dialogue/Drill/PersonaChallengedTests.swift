import Testing

@testable import SocraticCore

/// A belief of these tests' own, held from a little of its own experience.
private let landlords = TopicPack(
  id: "landlords", title: "Landlords", version: 1, keywords: ["landlord", "landlords"],
  beliefs: [
    PackBelief(
      text: "Most landlords treat their tenants fairly.",
      reasons: [
        "The ones I have rented from fixed things within the week.",
        "Bad landlords make the papers because they are rare.",
      ],
      replies: ["Tenants who pay on time rarely have trouble."])
  ], questions: [])

/// What the persona says to a line typed after some others.
private func reply(to line: String, after lines: [String] = []) throws -> PersonaAnswer {
  var script = drill(holdingFirstBeliefOf: landlords)
  for earlier in lines { script.type(earlier) }
  return try personaReply(in: script.type(line))
}

@Suite("The drill persona answers when its grounds are tested")
struct PersonaChallengedTests {
  @Test(
    "asked how much it has seen for itself, it admits it is little, and is shaken",
    arguments: [
      ("how many landlords have you actually rented from?", "Not that many"),
      ("so how many have u even had, like 2?", "Not that many"),
      ("how often have you dealt with a letting agent yourself though", "Not that often"),
      ("how much have you seen of the bad end of the market?", "Not that much"),
    ])
  func extent(question: String, admission: String) throws {
    let answer = try reply(to: question)
    #expect(answer.text.hasPrefix(admission + ", honestly"), "\(answer.text)")
    #expect(answer.text.contains("not a lot to go on"), "\(answer.text)")
    #expect(answer.confidenceAfter < answer.confidenceBefore)
  }

  @Test(
    "asked what it thinks of a number, it gives its view, not an admission",
    arguments: [
      "how many landlords do you think are decent?",
      "how much do you reckon rents have gone up?",
    ])
  func numberAsAView(question: String) throws {
    let answer = try reply(to: question)
    #expect(!answer.text.contains("not a lot to go on"), "\(answer.text)")
  }

  @Test(
    "asked why a case did not change its mind, it names the case and says why one case does not undo it",
    arguments: [
      (
        "why didnt the grenfell inquiry change your view?", "The grenfell inquiry did give me pause"
      ),
      (
        "Why hasn't the mould story on the news shaken your opinion?",
        "The mould story on the news did give me pause"
      ),
      ("why did that not make you rethink it?", "That did give me pause"),
    ])
  func counterCase(question: String, opening: String) throws {
    let answer = try reply(to: question, after: ["what makes you say that?"])
    #expect(answer.text.hasPrefix(opening + ", I'll admit."), "\(answer.text)")
    #expect(answer.text.contains("one case doesn't undo it for me"), "\(answer.text)")
    #expect(!answer.text.contains("I'd change my mind if"), "\(answer.text)")
    #expect(answer.confidenceAfter < answer.confidenceBefore)
  }
}
