import Testing

@testable import SocraticCore

/// A belief of these tests' own, with two reasons and a reply that speaks of neither.
private let ferryPack = TopicPack(
  id: "ferries", title: "island ferries", version: 1,
  keywords: ["ferry", "ferries", "island", "islanders"],
  beliefs: [
    PackBelief(
      text: "Ferries to the islands should be free for islanders.",
      reasons: [
        "Islanders pay the fare just to reach a hospital or a school.",
        "Young families leave when the crossing costs more than the rent.",
      ],
      replies: ["Roads on the mainland are free to drive on, and nobody calls that a subsidy."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// A drill holding the ferry belief.
private func ferryDrill() -> DialogueScript<DrillDialogue> {
  let setting = CoachingSetting(
    library: PackLibrary([LoadedPack(pack: ferryPack, source: .builtIn(file: "ferries.yaml"))]),
    seed: 3)
  return DialogueScript(DrillDialogue.start(setting: setting, topic: ferryPack.id))
}

/// The persona's words in a step.
private func reply(_ step: DialogueStep) -> String {
  step.outputs.lazy.compactMap { output -> String? in
    if case .personaReply(let answer) = output { return answer.text }
    return nil
  }.first ?? ""
}

@Suite("The drill persona never stitches what it said into a new answer")
struct PersonaNoRestitchingTests {
  @Test("asked how it would work after giving its reasons, it gives no reason again as a step")
  func stepsAreNotReasonsSaidAgain() {
    var drill = ferryDrill()
    let first = reply(drill.type("why do you think that?"))
    let second = reply(drill.type("what else makes you think so?"))
    let steps = reply(drill.type("how would that work, step by step?"))
    #expect(!first.isEmpty && !second.isEmpty)
    for said in [first, second] {
      let reason = said.hasSuffix(".") ? String(said.dropLast()) : said
      #expect(!steps.lowercased().contains(reason.lowercased()), "\(steps)")
    }
  }

  @Test(
    "the other side asked as someone named sees it: a guess for a kind of person, said of one it knows",
    arguments: [
      (
        "how do you think a pensioner on the mainland who pays for the ferries would see this?",
        "I can't speak for a pensioner on the mainland who pays for the ferries; I can only guess. Some would say"
      ),
      (
        "what would your sister on the council say?",
        "My sister on the council? I honestly couldn't tell you how she sees it"
      ),
    ])
  func viewerNamed(question: String, opening: String) {
    var drill = ferryDrill()
    let answer = reply(drill.type(question))
    #expect(answer.hasPrefix(opening), "\(answer)")
  }

  @Test("the other side asked in general stays with those who disagree")
  func viewerInGeneral() {
    var drill = ferryDrill()
    let answer = reply(drill.type("what would people who disagree with you say?"))
    #expect(!answer.contains("would probably say"), "\(answer)")
  }

  @Test("a yes or no about a common thing never opens with the thing said back bare")
  func noBareEcho() throws {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 10)
    var drill = DialogueScript(DrillDialogue.start(setting: setting, topic: "ai-regulation"))
    let first = reply(drill.type("why do you think that?"))
    try #require(first.contains("Open models"), "the seed holds the open-source belief: \(first)")
    let answer = reply(drill.type("is it legal in every country"))
    #expect(!answer.hasPrefix("Country?"), "\(answer)")
  }

  @Test(
    "a leading question's firm reply first hands back what it was pushed to call something as the asker's word",
    arguments: [
      (
        "don't you think it's a bit unfair on people who pay taxes on the mainland?",
        "\u{201C}Unfair\u{201D} is your word, not mine. "
      ),
      (
        "isnt it kind of wasteful to run boats for free tho",
        "\u{201C}Wasteful\u{201D} is your word, not mine. "
      ),
    ])
  func pushedQualitySaidBack(question: String, opening: String) {
    var drill = ferryDrill()
    let answer = reply(drill.type(question))
    #expect(answer.hasPrefix(opening), "\(answer)")
  }

  @Test("a leading question that calls nothing anything gets its firm reply alone")
  func noQualityNoEcho() {
    var drill = ferryDrill()
    let answer = reply(drill.type("don't you think the boats cost the council a fortune?"))
    #expect(!answer.contains("? "), "\(answer)")
  }

  @Test("'you mentioned X' about a line it said is no thing it never spoke of")
  func mentionedIsNoThing() {
    var drill = ferryDrill()
    _ = drill.type("why do you think that?")
    let answer = reply(drill.type("you mentioned the hospital, which hospital do you mean?"))
    #expect(!answer.contains("about mentioned"), "\(answer)")
  }
}
