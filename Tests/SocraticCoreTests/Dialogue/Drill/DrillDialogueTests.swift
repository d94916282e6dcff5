import Testing

@testable import SocraticCore

private typealias DrillScript = DialogueScript<DrillDialogue>

/// Packs whose every text the tests know: one belief with reasons and replies, one without.
private enum DrillFixtures {
  static let reasons = [
    "Most of the coins I hear about turn out to be pump-and-dump schemes.",
    "Exchanges keep collapsing and taking people's money with them.",
  ]
  static let replies = [
    "Look at how many people lost their savings in FTX.",
    "Banks have rules; most crypto projects have none.",
  ]
  static let crypto = TopicPack(
    id: "crypto", title: "Crypto", version: 1, keywords: ["crypto"],
    beliefs: [
      PackBelief(text: "Crypto is mostly used for scams.", reasons: reasons, replies: replies)
    ],
    questions: [QuestionTemplate(kind: .viewpoints, text: "Why do so many people build {topic}?")])
  static let work = TopicPack(
    id: "work", title: "Work", version: 1, keywords: ["work"],
    beliefs: [PackBelief(text: "Remote work hurts junior developers because they learn less.")],
    questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])
  static let empty = TopicPack(
    id: "empty", title: "Empty", version: 1, keywords: ["nothing"],
    questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

  static let library = PackLibrary([
    LoadedPack(pack: crypto, source: .builtIn(file: "crypto.yaml")),
    LoadedPack(pack: work, source: .builtIn(file: "work.yaml")),
    LoadedPack(pack: empty, source: .builtIn(file: "empty.yaml")),
  ])

  static func setting(seed: UInt64 = 7) -> CoachingSetting {
    CoachingSetting(library: library, seed: seed)
  }
}

private func drill(topic: String? = "crypto", seed: UInt64 = 7) -> DrillScript {
  DrillScript(DrillDialogue.start(setting: DrillFixtures.setting(seed: seed), topic: topic))
}

/// The persona's reply in a step.
private func reply(_ step: DialogueStep) -> PersonaAnswer? {
  step.outputs.lazy.compactMap { output -> PersonaAnswer? in
    if case .personaReply(let answer) = output { return answer }
    return nil
  }.first
}

/// The critique logged in a step.
private func loggedCritique(_ step: DialogueStep) -> SessionEvent.Critique? {
  step.events.lazy.compactMap { event -> SessionEvent.Critique? in
    if case .asked(let asked) = event { return asked.critique }
    return nil
  }.first
}

private let claim = "crypto is mostly used for scams"

extension PersonaVoice {
  /// The reply to a question of a form and kind, asked first, by its words (none by default).
  fileprivate func reply(
    form: QuestionForm, kind: QuestionKind?, said: Set<String>, question: String = ""
  ) -> String {
    reply(
      to: PersonaQuestion(
        question, form: form, kind: kind, belief: "", beliefWords: beliefWords, lastReply: nil),
      said: said, lastReply: nil
    ).text
  }
}

@Suite("The drill dialogue: the persona")
struct DrillPersonaTests {
  @Test("without a topic it offers the topics that have beliefs, and any topic")
  func menu() {
    var script = drill(topic: nil)
    #expect(
      script.last
        == DialogueStep(outputs: [
          .notice(
            "Choose a topic, and I will hold a belief about it for you to question.",
            tone: .request),
          .topicMenu([
            TopicChoice(number: 1, id: "crypto", title: "Crypto"),
            TopicChoice(number: 2, id: "work", title: "Work"),
            TopicChoice(number: 3, id: nil, title: "Any topic"),
          ]),
        ]))
    #expect(script.dialogue.prompt.text == "Topic (1-3): ")
    #expect(script.dialogue.prompt.choices == ["crypto", "work"])
    #expect(
      script.type("wrok")
        == DialogueStep(outputs: [
          .notice(
            "There is no topic 'wrok'. Did you mean work? Type a number from 1 to 3 to choose a "
              + "topic, or a topic's id such as crypto.", tone: .problem)
        ]))
    let step = script.type("work")
    #expect(step.events.isEmpty)
    #expect(
      script.dialogue.state.persona?.belief
        == "Remote work hurts junior developers because they learn less.")
    #expect(script.dialogue.prompt.text == "You ask: ")
  }

  @Test("a topic gives a persona with the pack's reasons, a seeded confidence, nothing logged")
  func persona() throws {
    let script = drill()
    let persona = try #require(script.dialogue.state.persona)
    #expect(persona.belief == "Crypto is mostly used for scams.")
    #expect(persona.claim == claim)
    #expect(persona.inverted == "crypto is not mostly used for scams")
    #expect(persona.reasons == DrillFixtures.reasons)
    #expect(persona.pack == "crypto")
    #expect((70...85).contains(persona.confidence))
    #expect(script.last.events.isEmpty)
    #expect(
      script.last.outputs.first
        == .persona(
          PersonaIntroduction(
            belief: "Crypto is mostly used for scams.", topic: "Crypto",
            confidence: persona.confidence, questionsLeft: 10)))
  }

  @Test("the seed chooses the confidence: the same seed the same, others vary")
  func seededConfidence() {
    let confidences = (0..<40).map { drill(seed: UInt64($0)).dialogue.state.confidence }
    #expect(confidences.allSatisfy { (70...85).contains($0) })
    #expect(Set(confidences).count > 5)
    #expect(drill(seed: 3).dialogue.state == drill(seed: 3).dialogue.state)
  }

  @Test("without reasons in the pack, the belief's own reason and the engine's supply them")
  func engineReasons() {
    let script = drill(topic: "work")
    #expect(
      script.dialogue.state.persona?.reasons == [
        "They learn less.", "Everything I have seen tells me so.",
        "The people I trust on this see it the same way.",
      ])
  }

  @Test("the persona is logged with the first event, then the question, reply and confidence")
  func firstQuestion() throws {
    var script = drill()
    let persona = try #require(script.dialogue.state.persona)
    let step = script.type("What evidence do you have for that?")
    let critique = try #require(loggedCritique(step))
    #expect(critique.form == "open")
    #expect(
      step.events == [
        .persona(persona),
        .asked(.init(number: 1, text: "What evidence do you have for that?", critique: critique)),
        .personaReply(.init(question: 1, text: DrillFixtures.reasons[0])),
      ])
    #expect(
      step.outputs == [
        .review(QuestionReview(number: 1, limit: 10, critique: critique, isBrief: false)),
        .personaReply(
          PersonaAnswer(
            text: DrillFixtures.reasons[0], confidenceBefore: persona.confidence,
            confidenceAfter: persona.confidence)),
      ])
  }

  @Test("a topic chosen from the menu is logged with the persona, so the session has its topic")
  func menuTopicIsLogged() throws {
    var script = drill(topic: nil)
    script.type("1")
    let persona = try #require(script.dialogue.state.persona)
    let step = script.type("What evidence do you have for that?")
    #expect(Array(step.events.prefix(2)) == [.topic(.init(topic: "crypto")), .persona(persona)])
    let summary = SessionSummary(
      DialogueScript<DrillDialogue>.transcript(script.events, mode: .drill))
    #expect(summary.topic == "crypto")
    // Given with --topic, it is in the header already, and not logged again.
    var given = drill(topic: "crypto")
    #expect(!given.type("Why?").events.contains(.topic(.init(topic: "crypto"))))
  }
}

@Suite("The drill dialogue: replies and confidence")
struct DrillReplyTests {
  /// The first reply to a question of each form and kind, from a fresh persona.
  static func firstReply(form: String, kind: QuestionKind?) -> String {
    switch (form, kind) {
    case ("leading", _): "I've heard that before, and I'm not convinced."
    case ("reflection", _):
      "Yes, exactly \u{2014} and most of the coins I hear about turn out to be pump-and-dump "
        + "schemes."
    case ("statement", _): "That's your view, not mine. " + DrillFixtures.reasons[0]
    case ("closed", _): "Short answer: I still think \(claim). " + DrillFixtures.reasons[0]
    case (_, .evidence): DrillFixtures.reasons[0]
    case (_, .assumptions): "I wouldn't call it an assumption. " + DrillFixtures.reasons[0]
    case (_, .viewpoints): "I know not everyone sees it my way. " + DrillFixtures.replies[0]
    case (_, .inversion):
      "I'd think again if people with no stake in it showed me figures or real cases against "
        + "what I go on most: that most of the coins I hear about turn out to be pump-and-dump schemes."
    case (_, .clarification), (_, nil): "I mean it plainly: \(claim)."
    case (_, .implications): "If I'm right, it matters. " + DrillFixtures.replies[0]
    case (_, .meta): "It matters to me. " + DrillFixtures.reasons[0]
    }
  }

  @Test(
    "the reply fits the question's form and kind, as the critic read them",
    arguments: [
      "What evidence do you have for that?", "What are you assuming when you say that?",
      "How might someone who disagrees see this?", "What would change your mind?",
      "What do you mean by that?", "What are the consequences if that is true?",
      "Why does this question matter to you?", "Don't you think that's unfair to crypto?",
      "Is crypto a scam?", "Surely you see the good side, right?",
    ])
  func replyFitsKind(question: String) throws {
    var script = drill()
    let step = script.type(question)
    let critique = try #require(loggedCritique(step))
    // A leading question that calls something a quality ("unfair") has it handed back first.
    let pushed =
      question.contains("unfair") ? "\u{201C}Unfair\u{201D} is your word, not mine. " : ""
    #expect(
      reply(step)?.text == pushed + Self.firstReply(form: critique.form, kind: critique.kind))
  }

  @Test("each reply kind by rule, for every form and kind", arguments: QuestionKind.allCases)
  func voiceByKind(kind: QuestionKind) {
    let persona = drill().dialogue.state.persona!
    let voice = PersonaVoice(
      persona: persona, replies: DrillFixtures.replies, terms: ["scams"])
    for form in QuestionForm.allCases {
      #expect(
        voice.reply(form: form, kind: kind, said: [])
          == Self.firstReply(form: form.rawValue, kind: kind))
    }
  }

  @Test("no reply is said twice while others that answer the question are unsaid")
  func noRepeats() {
    var script = drill()
    let questions = [
      "What evidence do you have?", "What would you point to as proof?",
      "How did you come to believe it?", "What have you seen that convinced you?",
      "What data supports it?", "Where does your confidence come from?",
    ]
    var replies: [String] = []
    for question in questions { replies.append(reply(script.type(question))?.text ?? "") }
    #expect(Set(replies).count == replies.count)
    // Reasons first, as the kind asks, then the replies (asked how it came to believe, the
    // first unsaid one as its story), then that it has no more; asked where its confidence
    // comes from, with nothing left to name, that it has no source.
    let usedUp = "Those are my reasons; I don't have better ones to give you."
    let story =
      "There wasn't one moment. It built up from years of reading, listening and arguing about "
      + "crypto, and what stuck with me was this: " + PersonaVoice.runOn(DrillFixtures.replies[0])
    #expect(
      Array(replies.prefix(5))
        == DrillFixtures.reasons + [story, DrillFixtures.replies[1], usedUp])
    #expect(
      replies.last?.hasPrefix("Honestly, I couldn't point you to a source.") == true, "\(replies)")
  }

  @Test("once a kind's lines are said, it says so, and never answers with what a word means")
  func usedUpKind() {
    let persona = drill().dialogue.state.persona!
    let voice = PersonaVoice(persona: persona, replies: DrillFixtures.replies, terms: ["scams"])
    let inversionLines = voice.lines.filter {
      [.changeOfMind, .reply, .reason].contains($0.source)
    }
    var said = Set(inversionLines.map(\.text))
    let usedUp = "I've told you what would change my mind, and I haven't seen it yet."
    #expect(voice.reply(form: .open, kind: .inversion, said: said) == usedUp)
    said.insert(usedUp)
    said.formUnion(
      voice.lines.filter { ![.meaning, .shortAnswer].contains($0.source) }.map(\.text))
    #expect(voice.reply(form: .open, kind: .inversion, said: said) == usedUp)
    // A resumed drill knows it was said.
    #expect(voice.lines(in: usedUp) == [usedUp])
  }

  @Test(
    "asked how sure it is, it says its number, and its confidence does not move",
    arguments: ["How sure are you?", "How confident are you, honestly?"])
  func howSure(question: String) {
    var script = drill()
    let start = script.dialogue.state.confidence
    let answer = reply(script.type(question))
    #expect(answer?.text.hasPrefix("About \(start) out of 100. ") == true)
    #expect(answer?.confidenceAfter == start)
  }

  @Test(
    "questions it has answers to leave its confidence, however they probe; leading ones raise it",
    arguments: [
      // Asked for its reasons, it gives them: nothing was exposed that would shake it.
      ("What evidence do you have for that?", 0),
      ("What are you assuming when you say that?", 0),
      ("What makes you so sure of that?", 0),
      ("How did you come to believe that?", 0),
      // Asked what would change its mind, it names it; no argument was put to it.
      ("What would change your mind?", 0),
      ("How might someone who disagrees see this?", 0),
      ("Is crypto a scam?", 0),
      ("Don't you think that's unfair to crypto?", 5),
    ])
  func confidence(question: String, change: Int) throws {
    var script = drill()
    let before = script.dialogue.state.confidence
    let step = script.type(question)
    let logged = step.events.compactMap { event -> Int? in
      if case .personaConfidence(let value) = event { return value.value }
      return nil
    }
    #expect(reply(step)?.confidenceAfter == before + change)
    #expect(logged == (change == 0 ? [] : [before + change]))
    #expect(script.dialogue.state.confidence == before + change)
    let critique = try #require(loggedCritique(step))
    #expect(
      DrillDialogue.confidenceChange(form: QuestionForm(rawValue: critique.form)!) == change)
  }

  @Test("a question asked again moves nothing, and the persona says so")
  func repeated() {
    var script = drill()
    script.type("What evidence do you have for that?")
    let before = script.dialogue.state.confidence
    let step = script.type("what EVIDENCE do you have for that")
    #expect(reply(step)?.text.hasPrefix("You asked me that already. ") == true)
    #expect(script.dialogue.state.confidence == before)
  }

  @Test(
    "confidence stays within 0 and 100, and a push takes it no further than 95",
    arguments: [(93, "Don't you think that's unfair?", 95), (3, "Where did you hear that?", 0)])
  func bounds(start: Int, question: String, end: Int) {
    var persona = drill().dialogue.state.persona!
    persona.confidence = start
    var script = DrillScript(
      DrillDialogue.resume(
        DrillScript.transcript([.persona(persona)], mode: .drill),
        setting: DrillFixtures.setting()))
    script.type(question)
    #expect(script.dialogue.state.confidence == end)
  }

  @Test(
    "text with no words gets coaching, not a reply, and nothing is logged",
    arguments: [("???", DrillDialogue.askSomething)])
  func noWords(text: String, message: String) {
    var script = drill()
    #expect(script.type(text) == DialogueStep(outputs: [.notice(message, tone: .problem)]))
  }

  @Test("a reflection is welcomed and leaves confidence; a statement makes the persona dig in")
  func reflectionAndStatement() throws {
    var script = drill()
    let reflection = script.type("So you've seen a lot of people lose money.")
    let reflected = try #require(loggedCritique(reflection))
    #expect(reflected.form == "reflection")
    #expect(reply(reflection)?.text.hasPrefix("Yes, exactly \u{2014} and ") == true)
    #expect(reply(reflection)?.confidenceAfter == reply(reflection)?.confidenceBefore)
    let statement = script.type("You should look at what the big banks do with your money.")
    #expect(try #require(loggedCritique(statement)).form == "statement")
    let answer = try #require(reply(statement))
    #expect(answer.text.hasPrefix("That's your view, not mine."))
    #expect(answer.confidenceAfter > answer.confidenceBefore)
  }

  @Test("a belief of the persona's own is never said back as \"you\"")
  func personal() {
    let persona = SessionEvent.Persona(
      belief: "I will never buy crypto.", claim: "you will never buy crypto",
      inverted: "you will buy crypto", confidence: 80, reasons: ["I lost money once."])
    let voice = PersonaVoice(persona: persona, replies: [], terms: [])
    // A firm reply to a leading question speaks to the questioner, not of the belief.
    for line in voice.lines where line.source != .defence {
      #expect(!line.text.contains("you"), "\(line.text)")
    }
  }
}

@Suite("The drill dialogue: the end and the scorecard")
struct DrillScorecardTests {
  static let questions = [
    "What evidence do you have for that?", "Isn't that just hype?", "Is crypto a scam?",
    "What would change your mind?", "How might someone who disagrees see this?",
    "Don't you think that's unfair to crypto?", "What do you mean by scams?",
    "What are the consequences if that is true?", "Why does this question matter to you?",
    "What are you assuming when you say that?",
  ]

  @Test("after ten questions the drill ends with the scorecard, its numbers from the log")
  func scorecard() throws {
    var script = drill()
    let start = script.dialogue.state.confidence
    script.type(Self.questions)
    #expect(script.dialogue.isFinished)
    #expect(
      script.last.outputs.suffix(2) == [
        .notice("That was question 10 of 10: here is your scorecard.", tone: .plain),
        .closingSummary,
      ])
    #expect(script.events.last == .end(.init(reason: .finished)))
    let summary = SessionSummary(DrillScript.transcript(script.events, mode: .drill))
    let critiques = try Self.questions.map { try QuestionCritic().critique($0) }
    let open = critiques.count { $0.form == .open }
    let leading = critiques.filter { $0.form == .leading }
    #expect(summary.asked.count == 10)
    #expect(summary.asked.count { $0.asked.critique.form == "open" } == open)
    #expect(
      ListeningScorecard(summary).kinds
        == QuestionKind.allCases.filter(Set(critiques.map(\.kind)).contains))
    #expect(
      summary.asked.filter { $0.asked.critique.form == "leading" }.map(\.asked.critique.suggestion)
        == leading.map(\.suggestion))
    let changes = critiques.map { DrillDialogue.confidenceChange(form: $0.form) }
    #expect(summary.confidenceBefore == start)
    #expect(summary.confidenceAfter == start + changes.reduce(0, +))
  }

  @Test("/quit and Ctrl-D end with the scorecard once something was asked")
  func quit() {
    var script = drill()
    script.type("What evidence do you have for that?")
    #expect(
      script.type("/quit")
        == DialogueStep(outputs: [.closingSummary], events: [.end(.init(reason: .quit))]))
    var other = drill()
    other.type("What evidence do you have for that?")
    #expect(other.endInput().events == [.end(.init(reason: .endOfInput))])
  }

  @Test("a drill left before a question logs nothing")
  func quitAtOnce() {
    var script = drill()
    #expect(script.type("/quit") == DialogueStep())
    #expect(script.dialogue.isFinished)
  }

  @Test("a clarification naming a key term is answered by its definition, else by what it covers")
  func namedTerm() throws {
    let persona = drill().dialogue.state.persona!
    let voice = PersonaVoice(persona: persona, replies: [], terms: ["crypto", "scams"])
    #expect(
      voice.reply(
        form: .open, kind: .clarification, said: [], question: "What do you mean by scams?")
        == "By \u{201C}scams\u{201D} I mean a scheme built to take people's money by deceiving "
        + "them.")
    #expect(
      voice.reply(form: .open, kind: .clarification, said: [], question: "What is crypto to you?")
        == "I don't mean anything technical by \u{201C}crypto\u{201D}. What I have in mind is "
        + "that " + PersonaVoice.runOn(DrillFixtures.reasons[0]))
    #expect(
      voice.reply(form: .open, kind: .clarification, said: [], question: "What do you mean?")
        == "I mean it plainly: crypto is mostly used for scams.")
  }

  @Test("a belief about the persona itself is meant in its own words, not said back as 'your'")
  func ownWords() {
    let persona = SessionEvent.Persona(
      belief: "Elections in my country are free and fair.",
      claim: "elections in your country are free and fair",
      inverted: "elections in your country are not free and fair", confidence: 75,
      reasons: ["Votes are counted in public."], pack: nil)
    let voice = PersonaVoice(persona: persona, replies: [], terms: [])
    #expect(
      voice.reply(form: .open, kind: .clarification, said: [])
        == "I mean it plainly: elections in my country are free and fair.")
  }

  @Test("/hint tells the questioner what the kind does for the one asked, not 'your belief'")
  func hintSpeaksToTheQuestioner() throws {
    var script = drill()
    let notice = try #require(DrillScript.notices(script.type("/hint")).first)
    #expect(
      notice.hasPrefix(
        "You have not asked a question about what would change their mind yet. It asks them to "
          + "suppose the opposite of "
          + "what they believe and say why it might hold."))
    #expect(!notice.contains("your belief"))
  }

  @Test("/hint gives an inversion example with the opposite of a belief in one part")
  func hintPastesASimpleInversion() throws {
    var script = drill()
    let notice = try #require(DrillScript.notices(script.type("/hint")).first)
    let example = try #require(notice.components(separatedBy: "For example, ask: ").last)
    #expect(example.contains("crypto is not mostly used for scams"), "\(notice)")
  }

  @Test("/hint names a kind not asked yet, with an example made from the belief")
  func hint() throws {
    var script = drill()
    script.type("Why might crypto not be mostly used for scams?")
    let notice = try #require(DrillScript.notices(script.type("/hint")).first)
    #expect(notice.hasPrefix("You have not asked a clarification question yet. "))
    // The example is not wrapped in quotes of its own: it may quote a word of the belief.
    let example = try #require(notice.components(separatedBy: "For example, ask: ").last)
    #expect(example.first?.isUppercase == true && example.hasSuffix("?"), "\(example)")
    #expect(notice.contains("crypto") || notice.contains("scams"))
  }

  @Test("/persona shows the belief and how sure it is now; commands need a persona")
  func personaCommand() {
    var script = drill()
    script.type("What evidence do you have for that?")
    let state = script.dialogue.state
    #expect(
      script.type("/persona")
        == DialogueStep(outputs: [
          .persona(
            PersonaIntroduction(
              belief: "Crypto is mostly used for scams.", topic: "Crypto",
              confidence: state.confidence, questionsLeft: 9))
        ]))
    var menu = drill(topic: nil)
    #expect(
      menu.type("/hint")
        == DialogueStep(outputs: [
          .notice(
            "There is no persona yet: choose a topic first, and it will hold a belief about it.",
            tone: .problem)
        ]))
  }

  @Test("Tab completes the commands and, at the menu, the topics")
  func completion() {
    let prompt = drill(topic: nil).dialogue.prompt
    #expect(prompt.completions(line: "/hi", word: "/hi") == ["/hint"])
    #expect(prompt.completions(line: "cr", word: "cr") == ["crypto"])
  }
}

@Suite("The drill dialogue: resuming")
struct DrillResumeTests {
  @Test("every prefix of the log folds to the state the live drill had there")
  func everyPrefix() {
    var live = drill()
    var states: [(events: [SessionEvent.Payload], state: DrillState)] = []
    for line in [
      "/note assumption: scams are typical", "What evidence do you have for that?",
      "Isn't that just hype?", "Crypto is useful.", "What would change your mind?",
      "What evidence do you have for that?", "/hint",
    ] {
      live.type(line)
      states.append((live.events, live.dialogue.state))
    }
    for (events, state) in states where !events.isEmpty {
      let resumed = DrillScript(
        DrillDialogue.resume(
          DrillScript.transcript(events, mode: .drill, topic: "crypto"),
          setting: DrillFixtures.setting()))
      #expect(resumed.dialogue.state == state)
    }
  }

  @Test("resuming says how far the drill got, and the next reply is a new one")
  func pickUp() {
    var live = drill()
    live.type(["What evidence do you have for that?", "What makes you so sure?"])
    var resumed = DrillScript(
      DrillDialogue.resume(
        DrillScript.transcript(
          live.events + [.resumed(.init(socraticVersion: "0.1.0"))], mode: .drill),
        setting: DrillFixtures.setting(seed: 99)))
    #expect(
      DrillScript.notices(resumed.last).first
        == "Picking up where you left off: 2 of 10 questions asked.")
    #expect(resumed.dialogue.state.persona == live.dialogue.state.persona)
    let step = resumed.type("How do you know?")
    #expect(reply(step)?.text == DrillFixtures.replies[0])
    #expect(step.events.first.map { if case .asked(let a) = $0 { a.number } else { 0 } } == 3)
  }

  @Test("a drill whose questions were all asked shows its scorecard on resuming")
  func pickUpWhenDone() {
    var live = drill()
    live.type(DrillScorecardTests.questions)
    let resumed = DrillScript(
      DrillDialogue.resume(
        DrillScript.transcript(
          live.events + [.resumed(.init(socraticVersion: "0.1.0"))], mode: .drill),
        setting: DrillFixtures.setting()))
    #expect(resumed.dialogue.isFinished)
    #expect(resumed.last.outputs.last == .closingSummary)
  }
}
