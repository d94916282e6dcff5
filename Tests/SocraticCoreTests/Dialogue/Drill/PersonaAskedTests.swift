import Testing

@testable import SocraticCore

/// A belief of these tests' own: a persona with a neighbour's story, a reply that says who
/// would do what, and a reason that reports an event.
private let parkingPack = TopicPack(
  id: "parking", title: "parking", version: 1, keywords: ["parking", "car"],
  beliefs: [
    PackBelief(
      text: "Free parking in town centres should be scrapped.",
      reasons: [
        "Free spaces fill up with commuters who never shop in town.",
        "Three towns near me removed free parking last year.",
      ],
      replies: [
        "My sister gave up driving in after circling for half an hour.",
        "Councils would have to put the money into buses first.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's reply to the last of some lines typed in a parking drill.
private func reply(after lines: [String]) throws -> PersonaAnswer {
  let setting = CoachingSetting(
    library: PackLibrary([LoadedPack(pack: parkingPack, source: .builtIn(file: "parking.yaml"))]),
    seed: 1)
  var script = DialogueScript(DrillDialogue.start(setting: setting, topic: "parking"))
  var step = DialogueStep()
  for line in lines { step = script.type(line) }
  return try personaReply(in: step)
}

@Suite("The drill persona answers what it was asked, as a learner asks it")
struct PersonaAskedTests {
  @Test(
    "each reply takes up what was asked",
    arguments: [
      // A tentative reflection is welcomed, never pushed back on.
      (["so it sounds like the commuters really get to you?"], "Yes, exactly"),
      // A leading question gets its own line on what it pushed, never the asker's words back.
      (["dont you think shops would lose customers tho?"], "Here's how I see it: free spaces"),
      (["surely councils would just pocket the money?"], "Here's how I see it: councils would"),
      // A yes or no about itself, answered honestly, with the reason it goes on.
      (["do you drive into town yourself?"], "No, I don't. What I go on is this:"),
      // And the open half after it is answered too.
      (["do you work for the council? like what got you into this"], "No, I don't. "),
      // Step by step, from its own line on who would do what.
      (
        ["how would it work step by step, who pays for what"],
        "councils would have to put the money into buses first"
      ),
      // A story from someone it knows.
      (["can you think of a time it went wrong? what happened"], "my sister gave up driving"),
      // The example offered is taken up.
      (
        ["what do you mean by town centres, like high streets or something else?"],
        "Yes, I have high streets in mind."
      ),
    ])
  func answers(lines: [String], says: String) throws {
    let answer = try reply(after: lines)
    #expect(answer.text.contains(says), "\(answer.text)")
    for dodge in ["That's not how I see it", "putting words in my mouth", "Tho?", "Yes, I do,"] {
      #expect(!answer.text.contains(dodge), "\(answer.text)")
    }
  }

  @Test("a reflection offered with a question mark does not make it dig in")
  func reflectionKeepsConfidence() throws {
    let answer = try reply(after: ["so you're saying commuters take all the spaces?"])
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test("what would change its mind never denies an event it reported")
  func changeOfMindKeepsFacts() throws {
    let answer = try reply(after: ["what would change your mind?"])
    #expect(!answer.text.contains("removed free parking"), "\(answer.text)")
  }

  @Test(
    "a leading question's claim is read without its frame and its chat",
    arguments: [
      (
        "isnt it obvious that the whole thing is a cash grab anyway?",
        "the whole thing is a cash grab"
      ),
      ("wouldnt you agree that some streets need spaces?", "some streets need spaces"),
      ("don't you think you're being harsh?", nil),
      ("what do you think?", nil),
    ] as [(String, String?)])
  func pushedClaim(question: String, claim: String?) {
    #expect(PersonaQuestion.pushedClaim(in: Tokenizer.tokenize(question)) == claim)
  }
}
