import Testing

@testable import SocraticCore

/// A belief of these tests' own whose reasons come cost first, and whose replies tell of
/// someone the persona knows.
private let reunionPack = TopicPack(
  id: "reunion", title: "Reunion", version: 1, keywords: ["reunion", "cousins", "hall"],
  beliefs: [
    PackBelief(
      text: "Our family reunion has got far too big.",
      reasons: [
        "My uncle is paying for the hall and he is short of money this year.",
        "Most of the cousins on the list have not spoken in a decade.",
      ],
      replies: [
        "My cousin already said he might skip the whole weekend.",
        "A smaller lunch would let people actually catch up.",
        "My aunt reckons a picnic in the park would do just as well.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// What the persona says to each line, in turn.
private func replies(_ lines: [String]) throws -> [PersonaAnswer] {
  try personaReplies(typing: lines, holdingFirstBeliefOf: reunionPack)
}

@Suite("The drill persona answers from its own pack before it says it has nothing")
struct PersonaAnswersFromItsPackTests {
  @Test("someone its own lines brought up it speaks of, rather than refusing to speak for them")
  func closeOneItBroughtUp() throws {
    let answer = try replies(["what does your cousin think of it all?"])[0]
    #expect(answer.text == "My cousin? My cousin already said he might skip the whole weekend.")
    let again = try replies([
      "can you give me an example?", "and what does your cousin make of it?",
    ])[1]
    #expect(
      again.text
        == "My cousin? As I told you, my cousin already said he might skip the whole weekend.")
  }

  @Test("what someone its lines have say or think it tells; a fact of theirs is its own reason")
  func closeOneSaysOrIsOnlyNamed() throws {
    let aunt = try replies(["what does your aunt make of it?"])[0]
    #expect(aunt.text == "My aunt? My aunt reckons a picnic in the park would do just as well.")
    let uncle = try replies(["and what does your uncle think?"])[0]
    #expect(
      uncle.text
        == "My uncle? I won't speak for him. For me it comes down to this: my uncle is paying "
        + "for the hall and he is short of money this year.")
  }

  @Test("asked for an example, it gives the case its pack tells, unshaken")
  func exampleFromItsReplies() throws {
    let answer = try replies(["can you give me an example?"])[0]
    #expect(answer.text == "For one: my cousin already said he might skip the whole weekend.")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("asked what else besides a reason it gave, it gives the next reason, unshaken")
  func anotherReasonAfterOneSetAside() throws {
    let answers = try replies(["why do you see it that way?", "apart from the money, what else?"])
    #expect(answers[0].text.hasPrefix("My uncle is paying for the hall"))
    #expect(answers[1].text == "Most of the cousins on the list have not spoken in a decade.")
    #expect(answers[1].confidenceAfter == answers[1].confidenceBefore)
  }

  @Test(
    "another reason is asked for in any word order: the set-aside before or after the ask",
    arguments: [
      "aside from the cash side of it, is there anything else?",
      "ok so what else, besides the money?",
      "any other reasons other than the cash?",
    ])
  func anotherReasonInAnyOrder(line: String) throws {
    let answers = try replies(["why do you see it that way?", line])
    #expect(answers[1].text == "Most of the cousins on the list have not spoken in a decade.")
    #expect(answers[1].confidenceAfter == answers[1].confidenceBefore)
  }

  @Test(
    "an aside that ends by finding its place gets the persona's last words back, no answer",
    arguments: [
      "sorry the dog's barking, where was i", "sorry the kettle is screaming. where were we",
    ])
  func asideThenPlaceFound(line: String) throws {
    let answers = try replies(["why do you see it that way?", line])
    #expect(
      answers[1].text
        == "No problem. Where we'd got to, I'd said: My uncle is paying for the hall and he is "
        + "short of money this year.")
    #expect(answers[1].confidenceAfter == answers[1].confidenceBefore)
  }

  @Test("finding a place before a question is no aside: the question is answered")
  func placeFoundThenAsked() throws {
    let answer = try replies(["right where was i, what does your aunt make of it?"])[0]
    #expect(answer.text == "My aunt? My aunt reckons a picnic in the park would do just as well.")
  }

  @Test(
    "an apology in other words is taken in good part, not answered as a view",
    arguments: [
      "sorry, i didn't mean it like that",
      "my apologies, that was a loaded question",
    ])
  func apologyInOtherWords(line: String) throws {
    let answer = try replies(["surely you can see it's their party too?", line])[1]
    #expect(LearnerApology.accepted.contains { answer.text.hasPrefix($0) })
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }
}
