import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief with two reasons and two replies that name cases.
private let uniformPack = TopicPack(
  id: "uniforms", title: "School uniforms", version: 1,
  keywords: ["uniform", "uniforms", "school", "blazer"],
  beliefs: [
    PackBelief(
      text: "School uniforms should be scrapped.", side: .against,
      reasons: [
        "A full uniform from the approved shop costs parents over a hundred pounds a child.",
        "Children learn just as well in their own clothes.",
      ],
      replies: [
        "My sister's school in Leeds dropped blazers and nothing bad happened.",
        "In Sweden most pupils have never worn a uniform.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's answers to each line typed, in turn.
private func answers(to lines: [String]) throws -> [PersonaAnswer] {
  try personaReplies(typing: lines, holdingFirstBeliefOf: uniformPack)
}

/// Each kind of question gets a reply of its kind: a would-you question a considered answer to
/// what it supposes, a picture or example question a case from the pack or an honest "I can't
/// think of one", and an admission put in its mouth a correction, never a welcome.
@Suite struct PersonaAnswersInKindTests {
  @Test(
    "a price none of its reasons rests on is weighed, and it still holds the belief, unshaken",
    arguments: [
      "would you still think so if the school paid for the blazers?",
      "would you still feel that way if it meant a longer school day",
    ])
  func priceThatTouchesNoReason(question: String) throws {
    let said = try answers(to: ["why do you believe that?", question])
    #expect(said[1].text.hasPrefix("If "), "\(said[1].text)")
    #expect(said[1].text.contains("I think I'd still hold it"), "\(said[1].text)")
    #expect(said[1].confidenceAfter == said[1].confidenceBefore, "\(said[1].text)")
  }

  @Test("a price that takes away a reason is granted as such, and what still stands is said")
  func priceThatTakesAReason() throws {
    let said = try answers(to: [
      "would you still think so if the approved shop halved its prices?"
    ])
    let reply = said[0].text
    #expect(reply.contains(PersonaVoice.answersPartOf), "\(reply)")
    #expect(reply.contains("costs parents over a hundred pounds"), "\(reply)")
    #expect(reply.contains("children learn just as well in their own clothes"), "\(reply)")
    #expect(!reply.contains("harder to hold"), "\(reply)")
    #expect(said[0].confidenceAfter == said[0].confidenceBefore, "\(reply)")
  }

  @Test(
    "a picture of what it wants is drawn from a case of its pack, never the belief again",
    arguments: [
      "what would a better dress code look like?",
      "can you picture it working anywhere?",
    ])
  func pictureQuestionGetsACase(question: String) throws {
    let reply = try answers(to: [question])[0]
    #expect(uniformPack.beliefs[0].replies.contains { reply.text.contains($0.dropFirst(3)) })
    #expect(!reply.text.contains("should be scrapped"), "\(reply.text)")
  }

  @Test("asked for another example with every case given, it says it has none, and repeats none")
  func noCaseLeft() throws {
    let said = try answers(to: [
      "can you give me an example?", "could you give me another example?",
      "could you give me one more example?",
    ])
    let last = said[2].text
    #expect(
      [PersonaVoice.noOtherCase, PersonaVoice.noOtherOwnCase].contains(last)
        || last.contains("can't name one"), "\(said.map(\.text))")
    for reply in uniformPack.beliefs[0].replies {
      #expect(said.filter { $0.text.contains(reply.dropFirst(3)) }.count <= 1, "\(said)")
    }
  }

  @Test(
    "an admission put in its mouth is set right and makes it dig in, never welcomed",
    arguments: [
      "so you admit the teachers are lazy?",
      "you're conceding that discipline doesn't matter then?",
      "so you'd admit parents are the real problem?",
    ])
  func admissionSetRight(question: String) throws {
    let reply = try answers(to: ["why do you believe that?", question])[1]
    #expect(
      PersonaVoice.caricatureDenials.contains { reply.text.hasPrefix($0) }, "\(reply.text)")
    #expect(reply.confidenceAfter > reply.confidenceBefore, "\(reply.text)")
  }

  @Test("two admissions put in its mouth are set right in different words")
  func admissionsSetRightFreshly() throws {
    let said = try answers(to: [
      "so you admit the teachers are lazy?", "you're admitting discipline is pointless then?",
    ])
    let denials = said.map { reply in
      PersonaVoice.caricatureDenials.first { reply.text.hasPrefix($0) }
    }
    #expect(denials.allSatisfy { $0 != nil } && denials[0] != denials[1], "\(said)")
  }
}
