import Testing

@testable import SocraticCore

private typealias PartnerScript = DialogueScript<PartnerDialogue>

private func setting(seed: UInt64 = 7) -> CoachingSetting {
  CoachingSetting(library: DialogueFixtures.library, seed: seed)
}

private func partner(topic: String? = nil, seed: UInt64 = 7) -> PartnerScript {
  PartnerScript(PartnerDialogue.start(setting: setting(seed: seed), topic: topic))
}

/// Everything offered in a step: the reflection first, then the questions.
private func offeredItems(_ step: DialogueStep) -> [PartnerSuggestion] {
  step.outputs.flatMap { output -> [PartnerSuggestion] in
    if case .suggestions(_, let items) = output { return items }
    return []
  }
}

/// The questions offered in a step.
private func suggestions(_ step: DialogueStep) -> [Question] {
  offeredItems(step).compactMap { item in
    if case .question(let question) = item { return question }
    return nil
  }
}

/// The reflection or calm line offered in a step, if any.
private func offeredReflection(_ step: DialogueStep) -> String? {
  offeredItems(step).lazy.compactMap { item in
    if case .reflection(let text) = item { return text }
    return nil
  }.first
}

/// The stage events of a list of events.
private func stages(_ events: [SessionEvent.Payload]) -> [String] {
  events.compactMap { event in
    if case .stage(let value) = event { return value.stage }
    return nil
  }
}

private let critic = QuestionCritic()

@Suite("The partner dialogue: what they said, and the questions to ask next")
struct PartnerSuggestionTests {
  @Test("it opens with how it works and questions that invite their view, logging nothing")
  func opening() {
    let script = partner()
    #expect(
      script.last
        == DialogueStep(outputs: [
          .notice(
            "Type what they say, and I will suggest what to say next: a reflection and up to two "
              + "open questions that fit; fewer when they share something hard, push back or "
              + "wind up.",
            tone: .request),
          .notice(
            "/me logs a question you asked, /they logs what they said without questions, /stage "
              + "shows where the conversation is, and /help lists the commands.", tone: .quiet),
          .invitations([
            Question(kind: .clarification, text: "What's on your mind about it?"),
            Question(kind: .evidence, text: "What got you thinking about it?"),
            Question(kind: .meta, text: "What matters most to you about this?"),
          ]),
        ]))
    #expect(script.dialogue.prompt.text == "They said: ")
  }

  @Test("with a topic, the invitation names it")
  func openingWithTopic() {
    let script = partner(topic: "crypto")
    #expect(
      script.last.outputs.last
        == .invitations([
          Question(kind: .clarification, text: "What's on your mind about it?"),
          Question(kind: .evidence, text: "What got you thinking about it?"),
          Question(kind: .meta, text: "What do you make of crypto these days?"),
        ]))
  }

  @Test("a claim is logged with its reading, after the first stage, and three questions follow")
  func claim() {
    var script = partner()
    let step = script.type("I think crypto is a scam.")
    let offered = suggestions(step)
    #expect(
      step.events == [
        .stage(.init(stage: "claim")),
        .theySaid(
          .init(
            text: "I think crypto is a scam.", claim: "crypto is a scam",
            inverted: "crypto is not a scam")),
        .suggestions(.init(items: offeredItems(step))),
      ])
    // Their claim given back, then questions that understand it before any challenge: the
    // crypto pack's question about the loaded word before "what do you mean by", and where the
    // view comes from.
    #expect(offeredReflection(step) == "So you think crypto is a scam.")
    #expect(
      offered == [
        Question(
          kind: .clarification, text: "What would make a crypto project a scam, not a failure?"),
        Question(
          kind: .evidence,
          text: "What have you seen or read that convinced you that crypto is a scam?"),
      ])
  }

  @Test(
    "whatever they say, something to say follows, never a stock wording; questions open and of one kind each",
    arguments: [
      "I think crypto is a scam.", "Why do you even care?", "Bitcoin to the moon", "Whatever.",
      "I don't know, maybe.", "You're wrong about this.", "🙄🙄🙄", "...", "No!",
      "My dad says immigrants are taking all the jobs because wages are falling.",
      "We should never trust the government, they lie about everything, always have.",
      String(repeating: "Crypto is a scam and everyone knows it. ", count: 30),
      "\u{1B}[31mred\u{1B}[0m is a colour",
    ])
  func alwaysAnOpenQuestion(text: String) {
    var script = partner()
    let step = script.type(text)
    let offered = suggestions(step)
    #expect((1...3).contains(offeredItems(step).count))
    // A wording that fits anything said comes only when nothing else would be said.
    if offeredItems(step).count > 1 {
      #expect(!offered.contains { SuggestionPlanner.stockWordings.contains($0.text) })
    }
    #expect(Set(offered.map(\.kind)).count == offered.count)
    for question in offered {
      #expect(critic.isOpen(question.text), "\(question.text)")
    }
    #expect(!step.outputs.contains { if case .notice(_, .problem) = $0 { true } else { false } })
    let said = step.events.compactMap { event -> String? in
      if case .theySaid(let value) = event { return value.text }
      return nil
    }
    #expect(said == [text])
  }

  @Test("their first person is asked about as \"you\"")
  func reflection() {
    var script = partner()
    let offered = offeredItems(script.type("I think my boss hates me."))
    #expect(offered.first == .reflection("So you think your boss hates you."))
    for question in offered {
      #expect(!question.text.contains(" my "), "\(question.text)")
      #expect(!question.text.contains(" me "), "\(question.text)")
    }
  }

  @Test("a reason they give is asked about first, and the conversation moves to their reasons")
  func reason() {
    var script = partner()
    script.type("I think crypto is a scam.")
    let step = script.type("Because of FTX, mostly.")
    #expect(
      step.events.prefix(2) == [
        .theySaid(
          .init(text: "Because of FTX, mostly.", reason: "because of FTX", moves: ["reason"])),
        .stage(.init(stage: "reasons")),
      ])
    #expect(
      PartnerScript.notices(step) == [
        "They gave a reason. Stage 3 of 5: their reasons. Ask what leads them to it, and listen "
          + "for what the reasons take for granted."
      ])
    let offered = suggestions(step)
    #expect(offered.first?.kind == .evidence)
    #expect(offered.first?.text.contains("FTX") == true)
  }

  @Test("a statement opening with 'because' is a reason for the claim, never a claim of its own")
  func becauseClause() {
    var script = partner()
    script.type("Immigrants are taking all the jobs in our town.")
    let step = script.type("Because the factory hired mostly foreign workers last year.")
    #expect(
      step.events.first
        == .theySaid(
          .init(
            text: "Because the factory hired mostly foreign workers last year.",
            reason: "because the factory hired mostly foreign workers last year",
            moves: ["reason", "example"])))
    for question in suggestions(step) {
      #expect(!question.text.contains("that because"), "\(question.text)")
    }
    script.type("I'm pretty sure, like 90 percent.")
    // The claim being discussed is still theirs: the reason took nothing from it.
    #expect(script.dialogue.state.claim?.claim.contains("all the jobs in our town") == true)
  }

  @Test("an experience they tell of is asked about for how typical it is, never doubted")
  func experience() {
    var script = partner()
    script.type("Crypto is a scam.")
    let step = script.type("My brother lost his savings on it.")
    #expect(
      step.events.first
        == .theySaid(
          .init(
            text: "My brother lost his savings on it.",
            reason: "because your brother lost his savings on it",
            moves: ["example"])))
    #expect(
      suggestions(step).first
        == Question(
          kind: .evidence, text: "How common do you think that is?"))
  }

  @Test("a question of theirs is taken seriously, and turned back with what is behind it")
  func theirQuestion() {
    var script = partner()
    let step = script.type("Why do you even care?")
    #expect(
      step.events[1] == .theySaid(.init(text: "Why do you even care?", moves: ["asks_back"])))
    #expect(
      offeredItems(step) == [
        .reflection(PartnerLines.answeringTheirQuestion[0]),
        .question(Question(kind: .meta, text: "What makes you ask?")),
        .question(
          Question(kind: .clarification, text: "What would a good answer look like to you?")),
      ])
  }

  @Test("a fragment is quoted back in a clarifying question, in their words")
  func fragment() {
    var script = partner()
    let offered = suggestions(script.type("My bitcoin to the moon!"))
    #expect(
      offered.first
        == Question(
          kind: .clarification,
          text: "What do you mean by \u{201C}your bitcoin to the moon\u{201D}?"))
  }

  @Test("no question is offered twice while others are left")
  func noRepeats() {
    var script = partner()
    var seen: Set<String> = []
    for _ in 0..<4 {
      for question in suggestions(script.type("Crypto is a scam.")) {
        #expect(seen.insert(question.text).inserted, "offered again: \(question.text)")
      }
    }
  }

  @Test("the same seed and the same lines give the same session")
  func deterministic() {
    let lines = [
      "Crypto is a scam.", "Because of FTX.", "I'm sure.", "Nothing would change my mind.",
    ]
    var first = partner(seed: 11)
    var second = partner(seed: 11)
    first.type(lines)
    second.type(lines)
    #expect(first.steps == second.steps)
  }
}

@Suite("The partner dialogue: how people really talk")
struct PartnerEverydaySpeechTests {
  /// What they said, as logged: the claim and reason read from it (its moves left out; the
  /// conversations in PartnerConversationTests assert them).
  private func said(_ step: DialogueStep) -> SessionEvent.TheySaid? {
    step.events.lazy.compactMap { event -> SessionEvent.TheySaid? in
      if case .theySaid(var value) = event {
        value.moves = nil
        return value
      }
      return nil
    }.first
  }

  @Test(
    "a rating, alone or with words of certainty, says how sure they are and claims nothing",
    arguments: [
      "100", "I'd say 80%.", "Ha, ok, I'm like 95 percent sure, maybe 90.", "80?",
      "im like 90% sure",
    ])
  func rating(text: String) {
    var script = partner()
    script.type("Crypto is a scam.")
    let step = script.type(text)
    #expect(said(step) == SessionEvent.TheySaid(text: text))
    #expect(stages(step.events) == ["confidence"])
    #expect(
      suggestions(step).first
        == Question(
          kind: .evidence, text: "What makes you as sure as you are that crypto is a scam?"))
  }

  @Test(
    "what someone else says or thinks is their view: asked about as theirs, never a claim",
    // "They" only for someone who could be they: one man or woman is asked about as such.
    arguments: [
      ("Grandpa always says immigrants built this country.", "What do you make of that?"),
      ("She thinks the numbers prove it.", "What do you make of that?"),
      ("According to my dad, the election was stolen.", "What do you make of that?"),
      ("I mean my manager says productivity is up.", "What do you make of what they say?"),
    ])
  func reportedView(text: String, evidence: String) {
    var script = partner()
    script.type("Remote work is killing our team culture.")
    let step = script.type(text)
    #expect(said(step) == SessionEvent.TheySaid(text: text))
    #expect(
      suggestions(step) == [
        Question(kind: .viewpoints, text: "How do you see it yourself?"),
        Question(kind: .evidence, text: evidence),
      ])
    #expect(script.dialogue.state.claim?.claim == "remote work is killing our team culture")
  }

  @Test("someone else's view they doubt is given back, and never met by asking their own view")
  func reportedViewTheyDoubt() {
    var script = partner()
    script.type("Remote work is killing our team culture.")
    let step = script.type("My manager says productivity is up, but I don't buy it.")
    #expect(
      offeredItems(step) == [
        .reflection("So your manager says productivity is up, but you don't buy it."),
        .question(
          Question(kind: .viewpoints, text: "What do you think leads them to see it that way?")),
        .question(Question(kind: .evidence, text: "What makes you doubt what they say?")),
      ])
    #expect(script.dialogue.state.claim?.claim == "remote work is killing our team culture")
  }

  @Test(
    "a clause, a pronoun or the speaker before a verb of saying is no one else's view",
    arguments: [
      ("If people told me they felt connected, I'd reconsider.", nil),
      ("I think remote work is fine.", "remote work is fine"),
      ("We said it would work.", "we said it would work"),
      ("The news said crime is up.", "the news said crime is up"),
    ] as [(String, String?)])
  func notAReportedView(text: String, claim: String?) {
    var script = partner()
    let step = script.type(text)
    #expect(said(step)?.claim == claim)
    #expect(!suggestions(step).contains { $0.text == "How do you see it yourself?" })
  }

  @Test("what they would do if things went otherwise is what would change their mind")
  func conditional() {
    var script = partner()
    script.type(["Bitcoin will replace the dollar.", "/stage falsifiability"])
    let step = script.type("I guess if it crashed below 20k I'd rethink it.")
    #expect(
      said(step) == SessionEvent.TheySaid(text: "I guess if it crashed below 20k I'd rethink it."))
    // "/stage" asked what would change their mind: they said it, so the condition is followed
    // up, never asked again in other words, nor what they would do, which they said.
    let texts = suggestions(step).map(\.text)
    #expect(texts.contains("What are the chances of that happening, as you see it?"))
    #expect(!texts.contains("What would you do differently if that happened?"))
    #expect(!texts.contains { $0.contains("change your mind") })
  }

  @Test("the conversation stays at a stage while what they say speaks to it")
  func staysWhileAnswered() {
    var script = partner()
    script.type(["Bitcoin will replace the dollar.", "/stage falsifiability"])
    script.type("My cousin made ten times his money on it.")
    let answered = script.type("If it crashed I would sell it all.")
    #expect(stages(answered.events).isEmpty)
    #expect(script.dialogue.state.stage == .falsifiability)
    // The close comes from their words, never from turns counted.
    let next = script.type("The banks are scared of it.")
    #expect(stages(next.events).isEmpty)
  }

  @Test(
    "parting words are answered by the close, and claim nothing",
    arguments: [
      "It's late, thanks for dinner everyone.", "Cheers mate", "I have to go pick up the kids",
      "good talk though", "Gotta run, talk soon", "hold on, your mother wants the phone",
      "ok here's your dad",
    ])
  func partingWords(text: String) {
    var script = partner()
    script.type("We should close the borders.")
    let step = script.type(text)
    #expect(said(step) == SessionEvent.TheySaid(text: text))
    #expect(stages(step.events) == ["close"])
    // Lines to say as they go, and no question to hold them back.
    #expect(suggestions(step).isEmpty)
    #expect(
      offeredItems(step) == [
        .reflection(PartnerLines.calmLines(for: .leaving)[0]),
        .reflection(
          "I'll keep thinking about what you said, that we should close the borders. We can "
            + "pick it up again any time."),
      ])
  }

  @Test(
    "thanks for being understood is no goodbye",
    arguments: ["exactly. thank you", "Finally, thank you!", "yes thank you, that's it"])
  func thanksForBeingUnderstood(text: String) {
    var script = partner()
    script.type("We should close the borders.")
    script.type("because wages are falling where I live")
    let step = script.type(text)
    #expect(stages(step.events) != ["close"])
    #expect(script.dialogue.state.stage != .close)
  }

  @Test("'thanks to' gives a cause: the claim is read, and the conversation goes on")
  func thanksTo() {
    var script = partner()
    let step = script.type("Thanks to crypto, my family can send money home.")
    #expect(said(step)?.claim == "thanks to crypto, your family can send money home")
    #expect(stages(step.events) == ["claim"])
  }

  @Test(
    "what an answer states follows its opening words without a verb, or the question it answers",
    arguments: [
      ("Maybe three hours. But my grades are fine.", "your grades are fine"),
      ("Bitcoin? It is digital gold.", "it is digital gold"),
      ("What would I do? I would buy more bitcoin.", "you would buy more bitcoin"),
    ])
  func leadIn(text: String, claim: String) {
    var script = partner()
    let step = script.type(text)
    #expect(said(step)?.claim == claim)
  }

  @Test("a long opening without a verb is what they said, never a lead-in")
  func longOpening() {
    var script = partner()
    let step = script.type(String(repeating: "word ", count: 300) + ". Crypto is a scam.")
    #expect(said(step)?.claim == nil)
  }

  @Test("only a sentence giving a reason is read after the statement, capitalised or not")
  func nextSentence() {
    var script = partner()
    let step = script.type("Crypto is a scam?? they are all crooks")
    #expect(said(step)?.claim == "crypto is a scam")
  }

  @Test("a statement said with a question mark is a statement; a question to them is not")
  func statementWithAQuestionMark() {
    var script = partner()
    let stated = script.type("Crypto is a total scam??")
    #expect(said(stated)?.claim == "crypto is a total scam")
    var other = partner()
    let asked = other.type("You own bitcoin?")
    #expect(said(asked) == SessionEvent.TheySaid(text: "You own bitcoin?"))
    #expect(suggestions(asked).first == Question(kind: .meta, text: "What makes you ask?"))
  }

  @Test("a request claims nothing", arguments: ["Pass the potatoes please", "Please sit down."])
  func request(text: String) {
    var script = partner()
    script.type("We should close the borders.")
    let step = script.type(text)
    #expect(said(step) == SessionEvent.TheySaid(text: text))
    #expect(script.dialogue.state.claim?.claim == "we should close the borders")
  }

  @Test("pointing at something cites it as evidence, asked about for how typical it is")
  func pointing() {
    var script = partner()
    script.type("AI is going to take our jobs.")
    let step = script.type("Look at what happened to translators.")
    #expect(
      said(step)
        == SessionEvent.TheySaid(
          text: "Look at what happened to translators.",
          reason: "because of what happened to translators"))
    #expect(
      suggestions(step).first
        == Question(
          kind: .evidence, text: "How common do you think that is?"))
  }

  @Test(
    "telling the listener they do not understand is met by asking what is missed",
    arguments: [
      "u just dont get it mom", "You never listen to me.", "You don't know what it's like.",
    ])
  func notHeard(text: String) {
    var script = partner()
    script.type("Social media is how everyone talks now.")
    let step = script.type(text)
    #expect(said(step) == SessionEvent.TheySaid(text: text))
    #expect(
      offeredItems(step) == [
        .reflection(
          "It sounds like you feel I haven't really been listening. I want to get this right."),
        .question(Question(kind: .viewpoints, text: "What am I missing about how you see it?")),
        .question(Question(kind: .evidence, text: "What have you seen or heard that I haven't?")),
      ])
  }

  @Test("a 'you' that stands for anyone states a claim")
  func genericYou() {
    var script = partner()
    let step = script.type("You can't trust anything you read online.")
    #expect(said(step)?.claim == "you can't trust anything you read online")
  }

  @Test(
    "a word or two that carry no meaning are not quoted back: a calm line and easier questions",
    arguments: ["yeah", "idk", "um, well"])
  func nothingToQuote(text: String) {
    var script = partner()
    script.type("Eating meat is fine.")
    let step = script.type(text)
    #expect(!suggestions(step).contains { $0.text.hasPrefix("What do you mean by \u{201C}") })
    #expect(offeredReflection(step) == "Take your time; I'd really like to hear what you think.")
    #expect(suggestions(step).first?.text == "What's your own take on it?")
  }

  @Test("a fragment is quoted back without the laughter around it")
  func fragmentWithoutLaughter() {
    var script = partner()
    let offered = suggestions(script.type("lol bitcoin to the moon haha"))
    #expect(
      offered.first
        == Question(
          kind: .clarification, text: "What do you mean by \u{201C}bitcoin to the moon\u{201D}?"))
  }
}

@Suite("The partner dialogue: the stages of the conversation")
struct PartnerStageTests {
  @Test(
    "words that belong to a later stage move the conversation there at once",
    arguments: [
      ("Because of FTX.", "reasons", "They gave a reason."),
      ("I'm absolutely sure of it.", "confidence", "They said how sure they are."),
      ("Honestly? 90 percent.", "confidence", "They said how sure they are."),
      (
        "Nothing would change my mind.", "falsifiability",
        "They spoke of what would change their mind."
      ),
      (
        "I could be wrong, but I doubt it.", "falsifiability",
        "They spoke of what would change their mind."
      ),
      ("Thanks, this was good.", "close", "They are winding up."),
    ])
  func signals(text: String, stage: String, cause: String) {
    var script = partner()
    script.type("Crypto is a scam.")
    let step = script.type(text)
    #expect(stages(step.events) == [stage])
    #expect(PartnerScript.notices(step).first?.hasPrefix(cause + " Stage ") == true)
    #expect(script.dialogue.state.stage.rawValue == stage)
  }

  @Test(
    "statements while a claim is discussed are its reasons, heard out; the close, by their words")
  func arc() {
    var script = partner()
    var reached: [ConversationStage] = []
    for line in [
      "Crypto is a scam.", "Most coins are worthless.", "Pretty high.",
      "Everyone I know lost money.", "Banks are worse.", "The fees are a joke too.",
      "Nobody uses it to buy groceries.", "Prices swing wildly every week.", "Good chat.",
      "See you.",
    ] {
      script.type(line)
      reached.append(script.dialogue.state.stage)
    }
    #expect(reached == [.claim] + Array(repeating: .reasons, count: 7) + [.close, .close])
    #expect(stages(script.events) == ["claim", "reasons", "close"])
    #expect(script.dialogue.state.claim?.claim == "crypto is a scam")
  }

  @Test("the conversation never moves back by itself")
  func neverBack() {
    var script = partner()
    script.type(["Crypto is a scam.", "Because of FTX."])
    let step = script.type("I'm sure.")
    #expect(stages(step.events).isEmpty)
    #expect(script.dialogue.state.stage == .reasons)
  }

  @Test(
    "the questions fit the stage",
    arguments: [
      (
        ["Crypto is a scam.", "/stage confidence"],
        Question(kind: .evidence, text: "How sure are you that crypto is a scam, from 0 to 100?")
      ),
      (
        ["Crypto is a scam.", "I'm certain."],
        Question(kind: .evidence, text: "What makes you as sure as you are that crypto is a scam?")
      ),
      // What would change their mind, answered: followed up, never asked.
      (
        ["Crypto is a scam.", "Nothing would change my mind."],
        Question(kind: .inversion, text: "What would you expect to see first if you were wrong?")
      ),
    ])
  func questionsFitTheStage(lines: [String], first: Question) {
    var script = partner()
    script.type(lines)
    #expect(suggestions(script.last).first == first)
  }

  @Test("/stage shows the stages, with the one the conversation is at")
  func showStages() {
    var script = partner()
    #expect(script.type("/stage") == DialogueStep(outputs: [.stages(current: .claim)]))
  }

  @Test("/stage NAME or NUMBER moves there, logs it and offers questions for it")
  func setStage() {
    var script = partner()
    script.type("Crypto is a scam.")
    let step = script.type("/stage 4")
    #expect(stages(step.events) == ["falsifiability"])
    #expect(
      PartnerScript.notices(step) == [
        "Now at stage 4 of 5: how they would know if they were wrong. Ask what would show them "
          + "they were wrong: a belief nothing could change is worth noticing."
      ])
    #expect(
      suggestions(step).first
        == Question(
          kind: .inversion, text: "What would change your mind about whether crypto is a scam?"))
    let back = script.type("/stage CLAIM")
    #expect(stages(back.events) == ["claim"])
    #expect(script.dialogue.state.stage == .claim)
  }

  @Test("/stage before they said anything moves there without questions")
  func setStageAtStart() {
    var script = partner()
    let step = script.type("/stage close")
    #expect(step.events == [.stage(.init(stage: "close"))])
    #expect(suggestions(step).isEmpty)
  }

  @Test(
    "/stage with a name that is not a stage says which there are",
    arguments: [
      (
        "reason",
        "There is no stage 'reason'. Did you mean reasons? The stages are claim, confidence, "
          + "reasons, falsifiability and close, or their numbers 1 to 5."
      ),
      (
        "9",
        "There is no stage '9'. The stages are claim, confidence, reasons, falsifiability and "
          + "close, or their numbers 1 to 5."
      ),
    ])
  func unknownStage(typed: String, message: String) {
    var script = partner()
    #expect(
      script.type("/stage " + typed) == DialogueStep(outputs: [.notice(message, tone: .problem)]))
  }

  @Test("/stage at the stage it is at says so and logs nothing")
  func sameStage() {
    var script = partner()
    #expect(
      script.type("/stage claim")
        == DialogueStep(outputs: [
          .notice("The conversation is at stage 1 of 5 already: their claim.", tone: .plain)
        ]))
  }
}

@Suite("The partner dialogue: commands")
struct PartnerCommandTests {
  @Test("/they logs what they said, moving the stage, without questions")
  func they() {
    var script = partner()
    script.type("Crypto is a scam.")
    let step = script.type("/they Because of FTX.")
    #expect(
      step.events == [
        .theySaid(.init(text: "Because of FTX.", reason: "because of FTX", moves: ["reason"])),
        .stage(.init(stage: "reasons")),
      ])
    #expect(suggestions(step).isEmpty)
    #expect(PartnerScript.notices(step).last == "Noted what they said.")
  }

  @Test("/me logs the question with the critic's verdict, told in a line")
  func meOpen() {
    var script = partner()
    let step = script.type("/me What makes you say that?")
    let critique = SessionEvent.Critique(
      form: "open", kind: .evidence, problems: [], suggestion: nil)
    #expect(
      step.events == [
        .stage(.init(stage: "claim")),
        .asked(.init(number: 1, text: "What makes you say that?", critique: critique)),
      ])
    #expect(
      step.outputs == [.review(QuestionReview(number: 1, critique: critique, isBrief: true))])
  }

  @Test("/me with a closed or leading question keeps the critic's better wording")
  func meLeading() throws {
    var script = partner()
    script.type("/me What makes you say that?")
    let step = script.type("/me Don't you think crypto is a scam?")
    let expected = try critic.critique("Don't you think crypto is a scam?")
    #expect(
      step.events == [
        .asked(
          .init(
            number: 2, text: "Don't you think crypto is a scam?",
            critique: SessionEvent.Critique(expected)))
      ])
    #expect(expected.form == .leading)
    #expect(expected.suggestion != nil)
  }

  @Test(
    "/me with nothing to log says what it needs, and logs nothing",
    arguments: [
      (
        "/me",
        "Write the question you asked after the command, such as /me What makes you say that?"
      ),
      ("/they", "Write what they said after the command, such as /they Crypto is a scam."),
    ])
  func emptyCommands(line: String, message: String) {
    var script = partner()
    #expect(script.type(line) == DialogueStep(outputs: [.notice(message, tone: .problem)]))
  }

  @Test("the shared commands work as in every mode; the first event brings the first stage")
  func sharedCommands() {
    var script = partner()
    let note = script.type("/note blockage: he stops listening when I mention money")
    #expect(
      note.events == [
        .stage(.init(stage: "claim")),
        .note(.init(text: "he stops listening when I mention money", category: .blockage)),
      ])
    #expect(
      script.type("/help") == DialogueStep(outputs: [.help(PartnerDialogue.commands.commands)]))
    #expect(script.type("/summary") == DialogueStep(outputs: [.summary]))
    #expect(script.type("/export a.md") == DialogueStep(outputs: [.export(path: "a.md")]))
    #expect(
      script.type("/stag")
        == DialogueStep(outputs: [
          .notice(
            "There is no /stag command. Did you mean /stage? /help lists the commands.",
            tone: .problem)
        ]))
  }

  @Test("/quit and Ctrl-D end the session with the summary")
  func quit() {
    var script = partner()
    script.type("Crypto is a scam.")
    #expect(
      script.type("/quit")
        == DialogueStep(outputs: [.closingSummary], events: [.end(.init(reason: .quit))]))
    #expect(script.dialogue.isFinished)
    var other = partner()
    other.type("Crypto is a scam.")
    #expect(other.endInput().events == [.end(.init(reason: .endOfInput))])
  }

  @Test("a session left before anything was said logs nothing and shows no summary")
  func quitAtOnce() {
    var script = partner()
    #expect(script.type("/quit") == DialogueStep())
    #expect(script.dialogue.isFinished)
  }

  @Test("Tab completes the commands")
  func completion() {
    let prompt = partner().dialogue.prompt
    #expect(prompt.completions(line: "/st", word: "/st") == ["/stage"])
    #expect(
      prompt.completions(line: "/", word: "/").count == PartnerDialogue.commands.commands.count)
  }
}

@Suite("The partner dialogue: resuming")
struct PartnerResumeTests {
  static let lines = [
    "/note assumption: she trusts banks", "I think crypto is a scam.", "Because of FTX.",
    "/me What makes you say that?", "/they I'm pretty sure.", "Why do you care?",
    "I think my brother lost money on it.", "/stage confidence", "Nothing would change my mind.",
    "Thanks, I have to go.",
  ]

  @Test("every prefix of the log folds to the state the live session had there")
  func everyPrefix() {
    var live = partner(topic: "crypto")
    var states: [(events: [SessionEvent.Payload], state: PartnerState)] = []
    for line in Self.lines {
      live.type(line)
      states.append((live.events, live.dialogue.state))
    }
    for (events, state) in states where !events.isEmpty {
      let resumed = PartnerScript(
        PartnerDialogue.resume(
          PartnerScript.transcript(events, mode: .partner, topic: "crypto"), setting: setting()))
      #expect(resumed.dialogue.state == state)
    }
  }

  @Test("resuming says where the conversation is, shows the last questions, and goes on")
  func pickUp() {
    var live = partner()
    live.type(["Crypto is a scam.", "Because of FTX."])
    let offered = live.dialogue.state.lastSuggestions
    var resumed = PartnerScript(
      PartnerDialogue.resume(
        PartnerScript.transcript(
          live.events + [.resumed(.init(socraticVersion: "0.1.0"))], mode: .partner),
        setting: setting()))
    #expect(
      resumed.last
        == DialogueStep(outputs: [
          .notice(
            "Picking up where you left off (2 things they said), at stage 3 of 5: their reasons. "
              + "Type what they say next.", tone: .quiet),
          .suggestions(stage: .reasons, items: offered),
        ]))
    let next = suggestions(resumed.type("Everyone knows it."))
    #expect(Set(next.map(\.text)).isDisjoint(with: live.dialogue.state.offered))
  }

  @Test("an ended session can be resumed and goes on")
  func afterEnd() {
    var live = partner()
    live.type(["Crypto is a scam.", "/quit"])
    var resumed = PartnerScript(
      PartnerDialogue.resume(
        PartnerScript.transcript(live.events, mode: .partner), setting: setting()))
    #expect(!resumed.dialogue.isFinished)
    #expect(offeredItems(resumed.type("Because of FTX.")).count == 3)
  }
}
