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

  @Test(
    "asked why what it backs has not worked yet, it grants it, owns it can't say why, and is shaken",
    arguments: [
      "why hasnt the deposit scheme sorted the bad ones out already?",
      "so why haven't the complaints dried up by now?",
      "Why didn't the new rules stop the rogue ones yet?",
    ])
  func shortfall(question: String) throws {
    let answer = try reply(to: question, after: ["what makes you say that?"])
    #expect(answer.text.hasPrefix("Not yet, I'll grant you that"), "\(answer.text)")
    #expect(answer.text.contains("What keeps me on it:"), "\(answer.text)")
    #expect(answer.confidenceAfter < answer.confidenceBefore)
  }

  @Test("a why with no 'already' or 'yet' is no shortfall")
  func whyWithoutYet() throws {
    let answer = try reply(to: "why haven't you moved out of renting then?")
    #expect(!answer.text.contains("Not yet, I'll grant you"), "\(answer.text)")
  }

  @Test(
    "offered two senses of its word, it picks the one its own lines speak of, with no 'everyday sense'",
    arguments: [
      "what do you mean by fairly - fixing stuff quick, or never putting prices up?",
      "what do u mean by fairly, as in fixing things fast or keeping prices low?",
    ])
  func sensesOffered(question: String) throws {
    let answer = try reply(to: question)
    #expect(answer.text.hasPrefix("More the first: fixing"), "\(answer.text)")
    #expect(!answer.text.contains("everyday sense"), "\(answer.text)")
  }
}
