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

/// A belief of these tests' own whose lines speak of its own life only by supposing it, and
/// whose reply opens with a word no lexicon lists.
private let buses = TopicPack(
  id: "buses", title: "Buses", version: 1, keywords: ["bus", "buses"],
  beliefs: [
    PackBelief(
      text: "Free buses would empty the town's roads.",
      reasons: [
        "Whoever pays less for a trip makes more of them.",
        "The car park by the market is full every Saturday.",
      ],
      replies: [
        "The queues would be the same whether I drove or not.",
        "Whatever the council says, the same kind of drivers clog the ring road.",
      ])
  ], questions: [])

@Suite("The drill persona keeps to what it said of itself and of its words")
struct PersonaKeepsToItsWordsTests {
  @Test("a line that only supposes its own act is no fact of its life to point back to")
  func supposedActIsNoFact() throws {
    var script = drill(holdingFirstBeliefOf: buses)
    script.type("what else makes you think that?")
    script.type("and what else?")
    let answer = try personaReply(in: script.type("did you drive into town last week?"))
    #expect(!answer.text.hasPrefix("Yes"), "\(answer.text)")
  }

  @Test("a phrase of its own line asked about is not answered by a line sharing one word of it")
  func phraseMeaning() throws {
    var script = drill(holdingFirstBeliefOf: buses)
    script.type("what else makes you think that?")
    script.type("and what else?")
    let answer = try personaReply(
      in: script.type("what do you mean by 'the same kind of drivers'?"))
    #expect(!answer.text.contains("whether I drove"), "\(answer.text)")
  }

  @Test("a line run on after 'But' or 'that' opens in lowercase, even on a word no lexicon lists")
  func runOnLowercase() {
    #expect(
      PersonaVoice.runOn("Whoever pays less for a trip makes more of them.")
        == "whoever pays less for a trip makes more of them.")
  }
}

@Suite("A name in a question ends at a mark")
struct PersonaNameEndsAtMarkTests {
  @Test("capitalised words across a question mark are two things, not one name")
  func nameEndsAtMark() {
    let question = PersonaQuestion(
      "so Russia? Like Putin's army, you mean?", form: .open, kind: .clarification,
      belief: "Big fines stop people dropping litter.", beliefWords: [], lastReply: nil)
    #expect(question.phrase(naming: ["russia"]) == "Russia")
  }
}
