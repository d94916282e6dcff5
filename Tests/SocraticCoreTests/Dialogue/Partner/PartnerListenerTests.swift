import Testing

@testable import SocraticCore

/// What a good listener says next, in sentences of the shapes fresh graders saw partner get
/// wrong: a question about what it was like after no story was told, a cross-examination of a
/// friend, the stage pushed on as they open up, a correction read as a wavering, an action
/// typed between asterisks, and a joke's "if" taken for what would change their mind.
@Suite("Partner says what a good listener would say next")
struct PartnerListenerTests {
  private static let storyQuestions = [
    "What was that like for you?", "What did that mean for you?",
  ]
  /// Wordings that cross-examine a friend: a seminar's, not a listener's.
  private static let crossExamining = [
    "What evidence do you have", "take for granted in believing", "if your belief were wrong",
    "years from now", "strongest evidence", "How would you test whether",
  ]

  private func texts(_ step: DialogueStep) -> [String] {
    offeredItems(in: step).map(\.text)
  }

  private func firstLine(_ step: DialogueStep) -> String? {
    guard case .reflection(let said)? = offeredItems(in: step).first else { return nil }
    return said
  }

  @Test(
    "a complaint, or what happened to someone else, is never asked about as their story",
    arguments: [
      (
        "homework is pointless", "like when will i ever need the periodic table. never. nobody does"
      ),
      ("college is a scam", "my cousin dropped out last year and he runs a bakery now"),
      (
        "standups are a waste of time",
        "we just read out tickets nobody listens to, every single day"
      ),
    ])
  func noStoryQuestionWithoutTheirStory(claim: String, line: String) {
    var script = builtInPartnerScript([claim])
    let offered = texts(script.type(line))
    #expect(
      !offered.contains { Self.storyQuestions.contains($0) },
      "after \u{201C}\(line)\u{201D}: \(offered)")
  }

  @Test("what happened to them is asked about as their story")
  func storyQuestionAfterTheirStory() {
    var script = builtInPartnerScript(["remote work is better"])
    let offered = texts(script.type("last year my manager made me drive in two hours every day"))
    #expect(offered.contains { Self.storyQuestions.contains($0) }, "\(offered)")
  }

  @Test(
    "a friend or a teen is never cross-examined in a seminar's words",
    arguments: [
      [
        "school is pointless, im gonna be a youtuber",
        "like when am i gonna use trig. literally never",
        "my friend jaden got 10k subs in a month and he quit band",
        "idk. its just boring",
      ],
      [
        "our team lead never listens to anyone",
        "she shot down my idea in the meeting on monday",
        "everyone on the team says the same thing",
        "i mean maybe shes just stressed",
      ],
    ])
  func noCrossExamination(lines: [String]) {
    var script = builtInPartnerScript([])
    for line in lines {
      let offered = texts(script.type(line))
      #expect(
        !offered.contains { text in Self.crossExamining.contains { text.contains($0) } },
        "after \u{201C}\(line)\u{201D}: \(offered)")
    }
  }

  @Test(
    "owning a struggle holds the stage and is met with warmth, never pushed on",
    arguments: [
      "honestly its embarrassing, everyone else gets it and i just sit there",
      "i just dont get it anymore and im so bad at it",
    ])
  func openingUpHoldsTheStage(line: String) {
    var script = builtInPartnerScript([
      "maths is useless", "because nobody uses it after school", "my dad never used it once",
    ])
    let before = script.dialogue.state.stage
    let step = script.type(line)
    #expect(script.dialogue.state.stage == before, "after \u{201C}\(line)\u{201D}")
    let said = firstLine(step) ?? ""
    #expect(
      PartnerLines.calmLines(for: .openedUp).contains(said) || said.hasPrefix("It sounds like"),
      "after \u{201C}\(line)\u{201D}: \(said)")
  }

  @Test(
    "what they say the listener thinks, or a reading of theirs turned down, is met as a correction",
    arguments: [
      "you probably think its just a phase",
      "like you just think its a dumb phone thing. its not",
      "i didnt say fun i said okay. dont twist it",
      "ugh. you think your sister is dumb or something",
      "ok stop doing the therapist voice, its weird",
      "you probably reckon i'm gullible, right",
      "stop putting words in my mouth, maybe i said, not yes",
    ])
  func correction(line: String) {
    var script = builtInPartnerScript(["gaming is a real career", "because people make real money"])
    let step = script.type(line)
    let said = firstLine(step) ?? ""
    #expect(
      PartnerLines.calmLines(for: .unheard).contains(said), "after \u{201C}\(line)\u{201D}: \(said)"
    )
    let offered = texts(step)
    #expect(
      !offered.contains { $0.contains("less sure") || $0.contains("both views") },
      "after \u{201C}\(line)\u{201D}: \(offered)")
  }

  @Test(
    "an action typed between asterisks is no word of theirs",
    arguments: [
      "*rolls eyes* like when will i ever need poetry",
      "*sighs* nobody reads novels anymore anyway",
    ])
  func actions(line: String) {
    var script = builtInPartnerScript(["english class is useless"])
    let offered = texts(script.type(line))
    #expect(
      !offered.contains { $0.contains("*") || $0.contains("rolls") || $0.contains("sighs") },
      "\(offered)")
  }

  @Test(
    "a joke's condition is not what would change their mind",
    arguments: [
      "if i get famous i'll buy you a car lol",
      "haha if the robots take over i'll be their manager",
    ])
  func jokeCondition(line: String) {
    var script = builtInPartnerScript(["school is useless", "because i forget it all after tests"])
    let before = script.dialogue.state.stage
    let offered = texts(script.type(line))
    #expect(script.dialogue.state.stage != .falsifiability || before == .falsifiability)
    #expect(!offered.contains { $0.contains("chances of that happening") }, "\(offered)")
  }

  @Test(
    "a feeling said after an adverb is given back as their feeling, whole",
    arguments: [
      (
        "sometimes i feel left out when nobody texts back",
        "sometimes you feel left out when nobody"
      ),
      ("honestly i feel stupid asking for help", "you feel stupid asking for help"),
    ])
  func feelingAfterAnAdverb(line: String, given: String) {
    var script = builtInPartnerScript(["group chats are exhausting"])
    let said = firstLine(script.type(line)) ?? ""
    #expect(said.hasPrefix("It sounds like " + given), "after \u{201C}\(line)\u{201D}: \(said)")
  }
}
