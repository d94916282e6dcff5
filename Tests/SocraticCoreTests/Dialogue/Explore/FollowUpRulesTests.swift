import Testing

@testable import SocraticCore

/// An answer, and the follow-up it must get.
struct FollowUpCase: CustomTestStringConvertible, Sendable {
  var answer: String
  var kind: QuestionKind?
  var question: String?
  var testDescription: String { answer }

  init(_ answer: String, _ kind: QuestionKind? = nil, _ question: String? = nil) {
    self.answer = answer
    self.kind = kind
    self.question = question
  }
}

@Suite("Follow-up rules")
struct FollowUpRulesTests {
  static let setting = ExploreSetting(library: PackLibrary.builtIn(), seed: 1)
  let rules = FollowUpRules(setting: setting)
  static let question = SessionEvent.QuestionAsked(
    number: 3, kind: .inversion, text: "Why might remote work not hurt junior developers?",
    source: .inversion)

  func followUp(
    _ answer: String, mentioned: Set<String> = [], asked: Set<String> = [],
    question: SessionEvent.QuestionAsked = question
  ) -> (question: PlannedQuestion, trigger: FollowUpTrigger)? {
    rules.followUp(
      to: answer, of: question, mentionedTerms: mentioned, asked: asked,
      values: [.claim: "remote work hurts junior developers"], packs: ["general"])
  }

  @Test(
    "a reason gets a question about the evidence for it, in the second person",
    arguments: [
      FollowUpCase(
        "Because juniors learn by watching seniors.", .evidence,
        "What makes you confident that juniors learn by watching seniors?"),
      FollowUpCase(
        "Nobody mentors them online because I have seen it at work.", .evidence,
        "How does the fact that you have seen it at work support your view?"),
      FollowUpCase(
        "They struggle, because of my own first job.", .evidence,
        "What is it about your own first job that convinces you?"),
      FollowUpCase(
        "It probably does, since video calls leave out the small talk where people learn.",
        .evidence,
        "What makes you confident that video calls leave out the small talk where people learn?"),
      FollowUpCase(
        "Because I was one.", .evidence,
        "How does the fact that you were one support your view?"),
    ])
  func reason(example: FollowUpCase) throws {
    let result = try #require(followUp(example.answer))
    #expect(result.trigger == .reason)
    #expect(result.question.question == Question(kind: example.kind!, text: example.question!))
    #expect(result.question.source == .followUp)
  }

  @Test(
    "an absolute gets a request for a concrete case and an exception",
    arguments: [
      FollowUpCase("Everyone I know who started remote struggled.", nil, "everyone"),
      FollowUpCase("Seniors never have time for calls with them.", nil, "never"),
      FollowUpCase("It is always harder to ask a question on Slack.", nil, "always"),
    ])
  func absolute(example: FollowUpCase) throws {
    let result = try #require(followUp(example.answer))
    let term = example.question!
    #expect(result.trigger == .absolute(term))
    #expect(
      result.question.question
        == Question(
          kind: .clarification,
          text: "You said \u{201C}\(term)\u{201D}. What is one concrete case you have in mind, "
            + "and what would count as an exception?"))
  }

  @Test("an absolute used before in the session is not followed up again")
  func absoluteOnce() {
    #expect(followUp("Seniors never have time for calls with them.", mentioned: ["never"]) == nil)
  }

  @Test("a loaded word gets the pack's question about it, then the built-in one")
  func loadedTerm() throws {
    let first = try #require(followUp("It is just not natural to learn a trade alone."))
    #expect(first.trigger == .loadedTerm("natural"))
    #expect(
      first.question.question.text == "What do you mean by natural, and what would its opposite be?"
    )
    let second = try #require(
      followUp(
        "It is just not natural to learn a trade alone.",
        asked: [
          "What do you mean by natural, and what would its opposite be?",
          "How has what counts as natural changed over time?",
        ]))
    #expect(
      second.question.question.text
        == "You used the word \u{201C}natural\u{201D}. What exactly do you mean by it here?")
  }

  @Test("a pack's questions about a word are asked only when the belief draws on that pack")
  func termQuestionsOfOtherPacks() throws {
    let result = try #require(followUp("Managers run it like a scam."))
    #expect(
      result.question.question.text
        == "You used the word \u{201C}scam\u{201D}. What exactly do you mean by it here?")
  }

  @Test(
    "\"I don't know\" or a one-word answer gets a gentler question of another kind",
    arguments: [
      "I don't know.", "idk", "Not sure", "No idea!", "Yes.", "maybe", "I can't say.",
      "Honestly, I'm not sure.", "...", "🤷",
    ])
  func nonAnswer(answer: String) throws {
    let result = try #require(followUp(answer))
    #expect(result.trigger == .nonAnswer)
    #expect(result.question.question.kind != Self.question.kind)
    #expect(
      result.question.question
        == Question(
          kind: .clarification,
          text: "What is one example that comes to mind when you think about this?"))
  }

  @Test("the gentler questions go on to the next kind once one is asked")
  func gentleRotation() throws {
    let asked: Set<String> = [
      "What is one example that comes to mind when you think about this?",
      "How would you say what you believe in a few plain words?",
    ]
    let result = try #require(followUp("I don't know", asked: asked))
    #expect(
      result.question.question
        == Question(
          kind: .assumptions,
          text: "What feels so obviously true here that you rarely say it out loud?"))
  }

  @Test("a long answer gets its key phrase put back, reflected and quoted")
  func keyPhrase() throws {
    let answer =
      "Well, I suppose it depends on the team. When I started my first job I sat next to the "
      + "people who knew the code, and I learned more from overhearing their arguments than "
      + "from any document. Online that just does not happen."
    let result = try #require(followUp(answer))
    #expect(result.trigger == .keyPhrase)
    #expect(
      result.question.question
        == Question(
          kind: .evidence,
          text: "You said \u{201C}you learned more from overhearing their arguments than from any "
            + "document\u{201D}. What makes that so, as far as you can tell?"))
  }

  @Test("a key phrase of an evidence question's answer asks where it leads instead")
  func keyPhraseOfAnotherKind() throws {
    let answer =
      "Honestly my experience is that the keen juniors find their own mentors wherever they "
      + "work, online or in an office, and the ones who wait to be taught stay stuck for years."
    let evidence = SessionEvent.QuestionAsked(
      number: 4, kind: .evidence, text: "How do you know?", source: .engine)
    let result = try #require(followUp(answer, question: evidence))
    #expect(result.question.question.kind == .implications)
    #expect(result.question.question.text.hasSuffix("What makes that matter for what you believe?"))
  }

  @Test("a short plain answer with nothing to pick up gets no follow-up")
  func plainAnswer() {
    #expect(followUp("Juniors can ask questions on chat.") == nil)
  }

  @Test("a follow-up already asked in the session is not asked again")
  func notRepeated() {
    #expect(
      followUp(
        "Because juniors learn by watching seniors.",
        asked: ["What makes you confident that juniors learn by watching seniors?"]) == nil)
  }

  @Test("a sentence holding escape sequences or control characters is never quoted back")
  func hostileAnswer() throws {
    let answer =
      "\u{1B}[2J\u{1B}]0;pwned\u{07} I learned more from their arguments than from any document. "
      + "I sat next to the people who knew the code, and I asked them about their work."
    let result = try #require(followUp(answer))
    #expect(
      result.question.question.text
        == "You said \u{201C}you sat next to the people who knew the code\u{201D}. What makes that "
        + "so, as far as you can tell?")
  }
}
