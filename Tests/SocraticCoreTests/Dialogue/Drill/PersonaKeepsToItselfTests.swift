import Testing

@testable import SocraticCore

/// Beliefs of these tests' own, on three topics, each with a line of the persona's own life.
private let keepingPacks: [TopicPack] = [
  TopicPack(
    id: "garden", title: "vegetable gardens", version: 1,
    keywords: ["garden", "vegetables", "allotment"],
    beliefs: [
      PackBelief(
        text: "Growing your own vegetables saves money.",
        reasons: [
          "Seeds cost far less than a season of shop-bought vegetables.",
          "Nothing is thrown away when you pick only what you need.",
        ],
        replies: [
          "I grow my own beans and have not bought any since June.",
          "Supermarkets charge extra for packaging nobody wants.",
        ])
    ],
    questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")]),
  TopicPack(
    id: "sleeper", title: "night trains", version: 1, keywords: ["train", "sleeper", "rail"],
    beliefs: [
      PackBelief(
        text: "Night trains are better than short flights.",
        reasons: [
          "A sleeper saves the cost of a hotel room.",
          "Trains pollute far less than planes on the same route.",
        ],
        replies: [
          "My flights for work always left before dawn.",
          "Airports add hours of queues that nobody counts.",
        ])
    ],
    questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")]),
  TopicPack(
    id: "parents", title: "remote work", version: 1, keywords: ["office", "remote", "commute"],
    beliefs: [
      PackBelief(
        text: "Working from home suits parents of young children.",
        reasons: [
          "Parents can do the school run without losing half a morning.",
          "A quiet house after bedtime is the best hour of the working day.",
        ],
        replies: ["I work from home three days a week and see my kids at breakfast."])
    ],
    questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")]),
]

/// A drill holding the belief of one of these packs.
private func drill(_ id: String) -> DialogueScript<DrillDialogue> {
  let packs = keepingPacks.map { LoadedPack(pack: $0, source: .builtIn(file: $0.id + ".yaml")) }
  let setting = CoachingSetting(library: PackLibrary(packs), seed: 5)
  return DialogueScript(DrillDialogue.start(setting: setting, topic: id))
}

/// The persona's replies to some lines, in order.
private func replies(_ id: String, to lines: [String]) throws -> [PersonaAnswer] {
  var script = drill(id)
  return try lines.map { try personaReply(in: script.type($0)) }
}

@Suite("The drill persona keeps to what it said, and says each thing whole and once")
struct PersonaKeepsToItselfTests {
  @Test("a yes or no about its life follows its own lines, and a yes stays a yes")
  func ownLifeKept() throws {
    let answers = try replies(
      "parents", to: ["do you work remotely yourself?", "have you ever worked from home?"])
    #expect(
      answers[0].text.hasPrefix("Yes, I do: I work from home three days"), "\(answers[0].text)")
    #expect(answers[1].text.hasPrefix("Yes, I have"), "\(answers[1].text)")
  }

  @Test("once it has said no about its life, it never says a line of its life that says yes")
  func noStaysNo() throws {
    let answers = try replies(
      "sleeper",
      to: [
        "do you fly for work?", "what else?", "why else?", "anything more?",
        "what backs that up?", "what do others say?", "what would change your mind?",
      ])
    #expect(answers[0].text.hasPrefix("No, I don't."), "\(answers[0].text)")
    for answer in answers.dropFirst() {
      #expect(!answer.text.contains("My flights for work"), "\(answer.text)")
    }
  }

  @Test(
    "a view it holds given back in other words is welcomed; its view turned round is refused",
    arguments: [
      ("you believe a garden pays for itself?", true),
      ("you're basically saying shop food costs more than it should?", true),
      ("what you're saying is that seeds are cheap?", true),
      ("so you think growing vegetables doesn't save anything?", false),
      ("you reckon growing your own vegetables never saves money?", false),
    ])
  func reflectionInOtherWords(line: String, isWelcomed: Bool) throws {
    let answer = try #require(try replies("garden", to: [line]).first)
    #expect(answer.text.contains("putting words in my mouth") == !isWelcomed, "\(answer.text)")
    if isWelcomed {
      #expect(answer.confidenceAfter == answer.confidenceBefore)
      #expect(
        PersonaVoice.agreements.contains { answer.text.hasPrefix($0) }, "\(answer.text)")
    }
  }

  @Test("its belief restated comes once; after that it says plainly it has no more, never again")
  func mainLineOnce() throws {
    let answers = try replies(
      "garden",
      to: [
        "is that true everywhere?", "what do you mean by that?", "what do you mean, exactly?",
        "so what is your point?", "and what is it you believe?",
      ])
    let claim = "growing your own vegetables saves money"
    let comingBack = "I keep coming back to"
    let texts = answers.map(\.text)
    #expect(texts.count { $0.contains(claim) } == 1, "\(texts)")
    #expect(!texts.contains { $0.contains(comingBack) }, "\(texts)")
    let sentences = texts.flatMap { PersonaVoice.sentenceKeys(of: $0) }
    #expect(Set(sentences).count == sentences.count, "\(texts)")
  }

  @Test(
    "an example offered with a clarification is taken up in a whole sentence, or not at all",
    arguments: [
      ("what do you mean by saves, like seeds or something else?", "Yes, I have seeds in mind."),
      ("what do you mean by saves, like money people spend on or something else?", nil),
    ] as [(String, String?)])
  func wholeSentences(line: String, opening: String?) throws {
    let answer = try #require(try replies("garden", to: [line]).first)
    #expect(!answer.text.contains(", yes, that kind of thing"), "\(answer.text)")
    #expect(!answer.text.contains(" on, "), "\(answer.text)")
    if let opening { #expect(answer.text.hasPrefix(opening), "\(answer.text)") }
  }

  @Test("a term typed short is read as the term")
  func shorthandRead() throws {
    #expect(Shorthand.withTermsWrittenOut("is wfh worth it?") == "is working from home worth it?")
    #expect(Shorthand.withTermsWrittenOut("WFH for parents") == "Working from home for parents")
    #expect(Shorthand.withTermsWrittenOut("is btc money?") == "is bitcoin money?")
    let answer = try #require(try replies("parents", to: ["do you wfh yourself?"]).first)
    #expect(answer.text.hasPrefix("Yes, I do"), "\(answer.text)")
  }

  @Test("asked how it would work, it steps through its reasons, never back to its belief")
  func stepsFromReasons() throws {
    let answer = try #require(
      try replies("garden", to: ["how would that work, step by step?"]).first)
    #expect(answer.text.hasPrefix("The way I see it working: "), "\(answer.text)")
    #expect(answer.text.contains("seeds cost far less"), "\(answer.text)")
    #expect(answer.text.contains("nothing is thrown away"), "\(answer.text)")
    #expect(!answer.text.contains("growing your own vegetables saves money"), "\(answer.text)")
  }

  @Test(
    "a question that opens with a reflection is labelled one, and counted once on the scorecard")
  func reflectionCountedAsLabelled() throws {
    var script = drill("garden")
    script.type("what got you into growing food?")
    let step = script.type("So you grow beans. What else do you grow?")
    let notices = DialogueScript<DrillDialogue>.notices(step)
    #expect(notices.contains(DrillDialogue.reflectionCredit), "\(notices)")
    script.type("It sounds like waste bothers you.")
    script.endInput()
    let card = ListeningScorecard(
      SessionSummary(DialogueScript<DrillDialogue>.transcript(script.events, mode: .drill)))
    let labelled =
      script.steps.flatMap(DialogueScript<DrillDialogue>.notices).count {
        $0 == DrillDialogue.reflectionCredit
      }
      + script.events.count {
        if case .asked(let asked) = $0 { return asked.critique.form == "reflection" }
        return false
      }
    #expect(card.reflectionCount == labelled)
    #expect(card.reflectionCount == 2)
  }
}
