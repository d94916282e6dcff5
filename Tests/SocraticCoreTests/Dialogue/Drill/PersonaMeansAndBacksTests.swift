import Testing

@testable import SocraticCore

/// A belief of these tests' own, whose second reason's evidence shares only a root with it
/// ("careless", "carelessness"), and comes first among its replies.
private let litter = TopicPack(
  id: "litter", title: "Litter", version: 1, keywords: ["litter", "fines"],
  beliefs: [
    PackBelief(
      text: "Big fines stop people dropping litter.",
      reasons: [
        "Most folk respond to a cost.",
        "Litter comes from careless habits.",
      ],
      replies: [
        "It's carelessness, plain and simple.",
        "Nobody wants to pay out for a crisp packet.",
        "I'd change my mind if the streets stayed just as dirty after the fines came in.",
      ])
  ], questions: [])

/// What the persona says to a line typed after some others.
private func reply(to line: String, after lines: [String] = []) throws -> PersonaAnswer {
  var script = drill(holdingFirstBeliefOf: litter)
  for earlier in lines { script.type(earlier) }
  return try personaReply(in: script.type(line))
}

@Suite("The drill persona says what it means by its word, and backs a reason with its own evidence")
struct PersonaMeansAndBacksTests {
  @Test(
    "offered a list of senses for its word, it picks the one its lines speak of, else all of them",
    arguments: [
      (
        "what do you mean by stop - fewer crisp packets, less dog mess, quieter nights?",
        "Mostly fewer crisp packets."
      ),
      ("What do u mean by big — fifty quid, a hundred, enough to hurt?", "All of those, really."),
      ("what do you mean by big: a tenner, fifty, or a court summons?", "All of those, really."),
    ])
  func listOfSenses(question: String, opening: String) throws {
    let answer = try reply(to: question)
    #expect(answer.text.hasPrefix(opening), "\(answer.text)")
    #expect(!answer.text.contains("everyday sense"), "\(answer.text)")
  }

  @Test("asked plainly what it means by its word, it never answers 'in its everyday sense'")
  func plainMeaning() throws {
    let answer = try reply(to: "what do you actually mean by big?")
    #expect(!answer.text.contains("everyday sense"), "\(answer.text)")
    #expect(!answer.text.contains("What I have in mind is this:"), "\(answer.text)")
  }

  @Test(
    "asked how it knows a reason, it gives the reply that speaks of it, though only a root is shared"
  )
  func evidenceByRoot() throws {
    let answer = try reply(
      to: "how do you know litter comes from careless habits though?", after: reasonsFirst)
    #expect(answer.text.contains("carelessness"), "\(answer.text)")
    #expect(!answer.text.contains("crisp packet"), "\(answer.text)")
  }

  @Test(
    "a guess at what would change its mind is called a question only when it is one",
    arguments: [
      ("so you'd come round if a judge said the fines were unfair.", false),
      ("so you'd come round if a judge said the fines were unfair?", true),
    ])
  func guessedCondition(line: String, isQuestion: Bool) throws {
    let answer = try reply(to: line)
    #expect(answer.text.hasPrefix("I didn't say that"), "\(answer.text)")
    #expect(answer.text.contains("fair question") == isQuestion, "\(answer.text)")
  }
}

@Suite("The drill persona says back a name whole")
struct PersonaSaysNamesWholeTests {
  @Test(
    "a name of several capitalised words it knows nothing of is said back whole",
    arguments: [
      ("did the Clean Air Act work because of fines?", "Clean Air Act"),
      ("so did Keep Britain Tidy make any difference?", "Keep Britain Tidy"),
    ])
  func wholeName(question: String, name: String) throws {
    let answer = try reply(to: question, after: reasonsFirst)
    #expect(answer.text.contains(name), "\(answer.text)")
  }
}
