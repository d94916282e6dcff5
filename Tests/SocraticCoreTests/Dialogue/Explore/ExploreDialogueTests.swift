import Testing

@testable import SocraticCore

/// The belief most tests explore, and the engine's reading of it.
private let belief = "Crypto is mostly used for scams."
private let claim = "crypto is mostly used for scams"
private let inverted = "crypto is not mostly used for scams"
private let beliefEvent = SessionEvent.Payload.belief(
  .init(text: belief, claim: claim, inverted: inverted))

/// Lines that carry the session to its first question: own belief, confirmed, rated 80.
private let toFirstQuestion = [belief, "y", "80"]

@Suite("The explore dialogue: topic and belief")
struct ExploreTopicAndBeliefTests {
  @Test("it opens with the topics, numbered, and your own belief last")
  func menu() {
    let script = ExploreScript()
    #expect(
      script.last.outputs == [
        .notice(
          "What would you like to explore? Choose a topic, or type a belief of your own.",
          tone: .request),
        .topicMenu([
          TopicChoice(number: 1, id: "crypto", title: "Crypto"),
          TopicChoice(number: 2, id: "general", title: "General"),
          TopicChoice(number: 3, id: nil, title: "Your own belief"),
        ]),
      ])
    #expect(script.last.events.isEmpty)
    #expect(script.dialogue.prompt.text == "Topic (1-3): ")
    #expect(script.dialogue.prompt.choices == ["crypto", "general"])
  }

  @Test(
    "a topic is chosen by its number, id or title, and its sample beliefs are offered",
    arguments: ["1", " 1 ", "crypto", "Crypto", "CRYPTO "])
  func chooseTopic(typed: String) {
    var script = ExploreScript()
    let step = script.type(typed)
    #expect(step.events == [.topic(.init(topic: "crypto"))])
    #expect(
      step.outputs == [
        .sampleBeliefs(
          topic: "Crypto",
          beliefs: ["Crypto is mostly used for scams.", "Bitcoin will replace gold."]),
        .notice(
          "Type a number to start from one of these, or state a belief of your own.",
          tone: .plain),
      ])
    #expect(script.dialogue.prompt.text == "What do you believe? ")
  }

  @Test("the last number is your own belief, logged as a topic without an id")
  func ownBelief() {
    var script = ExploreScript()
    let step = script.type("3")
    #expect(step.events == [.topic(.init(topic: nil))])
    #expect(step.outputs == [.notice("State a belief you hold, in a sentence.", tone: .request)])
  }

  @Test(
    "what is not a topic is explained, with the closest id for a typo",
    arguments: [
      (
        "9",
        "Type a number from 1 to 3 to choose a topic, or a topic's id such as crypto; or state a "
          + "belief of your own, as a sentence."
      ),
      (
        "cryto",
        "There is no topic 'cryto'. Did you mean crypto? Type a number from 1 to 3 to choose a "
          + "topic, or a topic's id such as crypto; or state a belief of your own, as a sentence."
      ),
    ])
  func notATopic(typed: String, message: String) {
    var script = ExploreScript()
    let step = script.type(typed)
    #expect(step == DialogueStep(outputs: [.notice(message, tone: .problem)]))
    #expect(script.dialogue.prompt.text == "Topic (1-3): ")
  }

  @Test("a belief typed at the menu is the person's own, read at once")
  func beliefAtTheMenu() {
    var script = ExploreScript()
    let step = script.type(belief)
    #expect(step.events == [.topic(.init(topic: nil)), beliefEvent])
    #expect(
      step.outputs == [
        .beliefReading(
          BeliefReading(
            text: belief, claim: claim, inverted: inverted, reason: nil, isRestatement: false)),
        .notice("Type y to go on, or put the belief in other words.", tone: .quiet),
      ])
    #expect(script.dialogue.prompt.text == "Is that what you mean? (y/n) ")
  }

  @Test("--topic skips the menu and offers the topic's beliefs; a number takes one")
  func topicOption() {
    var script = ExploreScript(topic: "crypto")
    #expect(script.steps[0].events.isEmpty)
    #expect(
      script.steps[0].outputs.first
        == .sampleBeliefs(
          topic: "Crypto",
          beliefs: ["Crypto is mostly used for scams.", "Bitcoin will replace gold."]))
    let step = script.type("2")
    #expect(
      step.events == [
        .belief(
          .init(
            text: "Bitcoin will replace gold.", claim: "Bitcoin will replace gold",
            inverted: "Bitcoin will not replace gold"))
      ])
  }

  @Test("--belief skips the menu and reads the belief as if typed")
  func beliefOption() {
    let script = ExploreScript(belief: belief)
    #expect(script.steps[0].events == [beliefEvent])
    #expect(script.dialogue.prompt.text == "Is that what you mean? (y/n) ")
  }

  @Test("a --belief that is not a belief says why, then asks for one")
  func badBeliefOption() {
    let script = ExploreScript(belief: "Is crypto a scam?")
    #expect(
      script.steps[0]
        == DialogueStep(outputs: [
          .notice(
            "That is a question, not a belief. State it as a belief you hold, such as "
              + "\"Crypto is a scam.\"", tone: .problem),
          .notice("State a belief you hold, in a sentence.", tone: .request),
        ]))
    #expect(script.dialogue.prompt.text == "What do you believe? ")
  }

  @Test(
    "what is not a belief gets the engine's message and the question again, nothing logged",
    arguments: [
      (
        "Is crypto a scam?",
        "That is a question, not a belief. State it as a belief you hold, such as \"Crypto is a "
          + "scam.\""
      ),
      (
        "Bitcoin to the moon",
        "That has no verb, so it states nothing to question. Write a belief as a whole "
          + "sentence, such as \"Crypto is a scam.\""
      ),
    ])
  func notABelief(text: String, message: String) {
    var script = ExploreScript(topic: "general")
    let step = script.type(text)
    #expect(step == DialogueStep(outputs: [.notice(message, tone: .problem)]))
    #expect(script.dialogue.state.phase == .statingBelief)
  }

  @Test("\"/r/crypto is a scam\" is a belief, not a command")
  func slashBelief() {
    var script = ExploreScript(topic: "general")
    let step = script.type("/r/crypto is a scam.")
    #expect(
      step.events == [
        .belief(
          .init(
            text: "/r/crypto is a scam.", claim: "r/crypto is a scam",
            inverted: "r/crypto is not a scam"))
      ])
  }

  @Test("a stated reason is shown with the reading", arguments: [true])
  func reason(_: Bool) {
    var script = ExploreScript(topic: "general")
    let step = script.type("I think crypto is a scam because of FTX.")
    #expect(
      step.outputs.first
        == .beliefReading(
          BeliefReading(
            text: "I think crypto is a scam because of FTX.", claim: "crypto is a scam",
            inverted: "crypto is not a scam", reason: "because of FTX", isRestatement: false)))
  }

  @Test(
    "yes goes on to the confidence question",
    arguments: [
      "y", "Yes", "yes.", "OK", "that's right", "ye", "yea", "thats right", "pretty much",
      "yes thats it", "yeah, exactly", "yep pretty much", "ok sure", "Yes. That's right.",
    ])
  func confirm(answer: String) {
    var script = ExploreScript(belief: belief)
    let step = script.type(answer)
    #expect(step.events.isEmpty)
    #expect(
      step.outputs == [
        .notice(
          "How confident are you that \(claim)? Give a number from 0 (not at all) to 100 "
            + "(certain).", tone: .request)
      ])
    #expect(script.dialogue.prompt.text == "Confidence (0-100): ")
  }

  @Test(
    "a no in more words asks for other words, never reads them as the belief",
    arguments: ["no not really", "nope, not quite", "nah not exactly"])
  func noInMoreWords(answer: String) {
    var script = ExploreScript(belief: belief)
    #expect(
      script.type(answer)
        == DialogueStep(outputs: [.notice("Then put it in other words.", tone: .plain)]))
  }

  @Test("no asks for other words, and the restatement is logged and read again")
  func restateAfterNo() {
    var script = ExploreScript(belief: belief)
    #expect(
      script.type("no")
        == DialogueStep(outputs: [.notice("Then put it in other words.", tone: .plain)]))
    #expect(script.dialogue.prompt.text == "What do you believe? ")
    let step = script.type("Most crypto projects are scams.")
    #expect(
      step.events == [
        .belief(
          .init(
            text: "Most crypto projects are scams.", claim: "most crypto projects are scams",
            inverted: "most crypto projects are not scams"))
      ])
    #expect(
      step.outputs.first
        == .beliefReading(
          BeliefReading(
            text: "Most crypto projects are scams.", claim: "most crypto projects are scams",
            inverted: "most crypto projects are not scams", reason: nil, isRestatement: true)))
  }

  @Test("a restatement can be typed straight at the confirmation")
  func restateDirectly() {
    var script = ExploreScript(belief: belief)
    let step = script.type("Bitcoin will replace gold.")
    #expect(step.events.count == 1)
    #expect(script.dialogue.state.belief?.claim == "Bitcoin will replace gold")
    #expect(script.dialogue.prompt.text == "Is that what you mean? (y/n) ")
  }

  @Test(
    "a word or a number at the confirmation asks again for yes or other words",
    arguments: ["hmm?", "90", "?", "huh"])
  func unclearConfirmation(answer: String) {
    var script = ExploreScript(belief: belief)
    let step = script.type(answer)
    #expect(step.events.isEmpty)
    #expect(ExploreScript.notices(step) == ["Type y to go on, or put the belief in other words."])
    #expect(script.dialogue.prompt.text == "Is that what you mean? (y/n) ")
  }

  @Test("a question in other words at the confirmation is explained")
  func questionAtConfirmation() {
    var script = ExploreScript(belief: belief)
    let step = script.type("is crypto a scam?")
    #expect(step.events.isEmpty)
    #expect(
      ExploreScript.notices(step) == [
        "That is a question, not a belief. State it as a belief you hold, such as "
          + "\"Crypto is a scam.\"",
        "Type y to go on, or put the belief in other words.",
      ])
  }
}

@Suite("The explore dialogue: confidence")
struct ExploreConfidenceTests {
  @Test(
    "80, 80% and the like are taken",
    arguments: [("80", 80), ("80%", 80), (" 80 % ", 80), ("0", 0), ("100", 100)])
  func valid(typed: String, value: Int) throws {
    var script = ExploreScript(belief: belief)
    script.type("y")
    let step = script.type(typed)
    #expect(step.events.first == .confidence(.init(value: value, moment: .before)))
    #expect(script.questions.count == 1)
  }

  @Test(
    "anything else is asked again, saying what is expected",
    arguments: [
      ("pretty high", "Give your confidence as a whole number from 0 to 100, such as 80 or 80%."),
      ("80.5", "Give your confidence as a whole number from 0 to 100, such as 80 or 80%."),
      (
        "150",
        "150 is not between 0 and 100. Give your confidence as a whole number from 0 to 100, such as 80 or 80%."
      ),
      (
        "-5",
        "-5 is not between 0 and 100. Give your confidence as a whole number from 0 to 100, such as 80 or 80%."
      ),
      ("99999999999", "Give your confidence as a whole number from 0 to 100, such as 80 or 80%."),
    ])
  func invalid(typed: String, message: String) {
    var script = ExploreScript(belief: belief)
    script.type("y")
    let step = script.type(typed)
    #expect(step == DialogueStep(outputs: [.notice(message, tone: .problem)]))
    #expect(script.dialogue.state.phase == .ratingConfidence)
    #expect(script.dialogue.prompt.text == "Confidence (0-100): ")
  }

  @Test("/confidence N logs an update at any time after the belief")
  func update() {
    var script = ExploreScript(belief: belief)
    script.type(["y", "80"])
    let step = script.type("/confidence 65%")
    #expect(step.events == [.confidence(.init(value: 65, moment: .update))])
    #expect(ExploreScript.notices(step) == ["Noted: your confidence is now 65."])
  }

  @Test("/confidence at the confidence question answers it")
  func commandAtThePrompt() {
    var script = ExploreScript(belief: belief)
    script.type("y")
    let step = script.type("/confidence 70")
    #expect(step.events.first == .confidence(.init(value: 70, moment: .before)))
  }

  @Test(
    "/confidence without a good number, or before a belief, says what to do",
    arguments: [
      (
        ["/confidence lots"],
        "Give a whole number from 0 to 100 after the command, such as /confidence 65."
      ),
      (
        ["/confidence"],
        "Give a whole number from 0 to 100 after the command, such as /confidence 65."
      ),
      ([String](), "State a belief first; /confidence N then says how sure you are of it."),
    ])
  func badUpdate(before: [String], message: String) {
    var script = before.isEmpty ? ExploreScript() : ExploreScript(belief: belief)
    if !before.isEmpty { script.type(["y", "80"]) }
    let step = script.type(before.first ?? "/confidence 50")
    #expect(step == DialogueStep(outputs: [.notice(message, tone: .problem)]))
  }
}

@Suite("The explore dialogue: questions")
struct ExploreQuestionTests {
  @Test("the belief is given back with its confidence; a pack's term question comes first")
  func opening() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    let reflection = "So you're fairly sure, 80 out of 100, that crypto is mostly used for scams."
    let question = SessionEvent.QuestionAsked(
      number: 1, kind: .clarification,
      text: "What would make a crypto project a scam, not a failure?",
      source: .pack, pack: "crypto", arc: "clarify")
    #expect(
      script.last.events == [
        .confidence(.init(value: 80, moment: .before)),
        .reflection(.init(text: reflection, reflects: 0, depth: "simple")), .question(question),
      ])
    #expect(
      script.last.outputs == [
        .notice(reflection, tone: .plain),
        .notice(
          "Answer in your own words. /skip moves on, /why says what a question is for, /help "
            + "lists the commands.", tone: .quiet),
        .question(question),
      ])
    #expect(script.dialogue.prompt.text == "> ")
  }

  @Test(
    "questions rotate through the seven kinds, never repeat, and end when they run out",
    arguments: [UInt64(1), 7, 42])
  func rotation(seed: UInt64) throws {
    var script = ExploreScript(setting: DialogueFixtures.setting(seed: seed), topic: "crypto")
    script.type(["1", "y", "80"])
    // Short plain answers: nothing in them calls for a follow-up. The re-rating closes the
    // session when answered: skipped, the rotation goes on.
    var answers = 0
    while case .answering = script.dialogue.state.phase, answers < 200 {
      let isRerating = script.dialogue.state.currentQuestion?.arc == ExploreArcStep.rerate.rawValue
      script.type(isRerating ? "/skip" : "Some of them do.")
      answers += 1
    }
    let all = script.questions
    // Each family of question (another's view, what weighs most, how it works, the opposite in
    // any wording …) is asked once.
    #expect(all.count > 12)
    #expect(Set(all.map(\.text)).count == all.count)
    #expect(Set(all.map(\.kind)) == Set(QuestionKind.allCases))
    #expect(all.map(\.number) == Array(1...all.count))
    // After the arc, the rotation of kinds.
    let questions = all.filter { $0.arc == nil }
    // The rotation takes the next kind in the cycle that has questions left: no kind it passed
    // over between two questions is asked later.
    let kinds = QuestionKind.allCases
    for index in questions.indices.dropLast() {
      let from = kinds.firstIndex(of: questions[index].kind)!
      let to = kinds.firstIndex(of: questions[index + 1].kind)!
      let distance = (to - from + kinds.count - 1) % kinds.count + 1
      let passedOver = (1..<distance).map { kinds[(from + $0) % kinds.count] }
      let later = questions[(index + 1)...].map(\.kind)
      #expect(passedOver.allSatisfy { !later.contains($0) })
    }
    #expect(all.contains { $0.source == .pack && $0.pack == "crypto" })
    #expect(questions.contains { $0.source == .pack && $0.pack == "general" })
    #expect(questions.contains { $0.source == .engine })
    // "Some of them do." names nothing to give back: no reflection comes before the notices.
    #expect(
      ExploreScript.notices(script.last).prefix(2) == [
        "That was the last question I have about this belief.",
        "How confident are you now that \(claim), from 0 to 100? /skip leaves it unrated.",
      ])
    // The closing rating is given back with its change, and room is left for a last word.
    let rated = script.type("40")
    #expect(ExploreScript.reflections(rated) == ["So 40 now, down from 80 at the start."])
    #expect(
      ExploreScript.question(rated).map { ClosingWords.lastWordQuestions.contains($0.text) } == true
    )
    let end = script.type("no")
    #expect(end.events.last == .end(.init(reason: .finished)))
    #expect(end.outputs.last == .closingSummary)
    #expect(script.dialogue.isFinished)
  }

  @Test("the packs' questions are filled in, and their term questions asked for terms found")
  func packQuestions() {
    var script = ExploreScript(topic: "crypto")
    script.type(["1", "y", "80"])
    while case .answering = script.dialogue.state.phase { script.type("Some of them do.") }
    let texts = script.questions.map(\.text)
    #expect(texts.contains("Why do so many developers work on crypto?"))
    #expect(texts.contains("If \(inverted), what would you expect to see?"))
    // What leads them to it is asked once, their belief named, in a wording of the step's
    // own; the general pack's "What first led you to believe …?" asks where it comes from,
    // which the story step asked: it is left out.
    let reasons = script.questions.filter { $0.arc == ExploreArcStep.reasons.rawValue }
    #expect(reasons.count == 1)
    #expect(reasons.allSatisfy { $0.text.contains(claim) && $0.kind == .evidence })
    #expect(!texts.contains("What first led you to believe that \(claim)?"))
    #expect(texts.contains("What would make a crypto project a scam, not a failure?"))
    #expect(!texts.contains("What would the opposite of natural be?"))
  }

  @Test("the same seed and the same lines give the same session; another seed, other wordings")
  func determinism() {
    // A pack question shares words with the last answers ("developers") or is not asked.
    let lines = [
      "1", "1", "y", "80", "Because fees are lower.", "No idea.", "Developers love it.",
      "Banks hate it.", "The developers I know work on it for the money.", "/skip", "/skip",
      "/skip", "/skip",
    ]
    func run(seed: UInt64) -> [DialogueStep] {
      var script = ExploreScript(setting: DialogueFixtures.setting(seed: seed))
      script.type(lines)
      return script.steps
    }
    #expect(run(seed: 3) == run(seed: 3))
    let texts = Set(
      (1...5).map { seed in
        var script = ExploreScript(setting: DialogueFixtures.setting(seed: UInt64(seed)))
        script.type(lines)
        return script.questions.map(\.text)
      })
    #expect(texts.count > 1)
  }
}

@Suite("The explore dialogue: follow-ups")
struct ExploreFollowUpTests {
  @Test(
    "an answer is reflected, then the next question follows from what it said",
    arguments: [
      (
        "Because people send money home with it.", "You're saying people send money home with it.",
        SessionEvent.QuestionAsked(
          number: 2, kind: .evidence, text: "How do you know that people send money home with it?",
          source: .followUp, follows: 1, arc: "probe")
      ),
      (
        // What they saw around them is grounds given: taken up, not asked for again.
        // What they told is named, never pointed at ("shape it how?"): the reflection just
        // before names it, so the question does not say it a second time.
        "Everyone I know lost money.", "You're saying everyone you know lost money.",
        SessionEvent.QuestionAsked(
          number: 2, kind: .assumptions,
          text: "What stays with you most from that?",
          source: .followUp, follows: 1, arc: "probe")
      ),
    ])
  func followUp(answer: String, reflection: String, question: SessionEvent.QuestionAsked) {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    let step = script.type(answer)
    #expect(
      step.events.dropFirst() == [
        .reflection(.init(text: reflection, reflects: 1, depth: "simple")), .question(question),
      ])
  }

  @Test("an answer that says nothing gets an easier question and is not counted as answered")
  func easier() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    let step = script.type("I don't know.")
    #expect(
      step.events == [
        .answer(.init(question: 1, text: "I don't know.", moves: ["no_content"])),
        .said(.init(text: "No rush. Here is an easier one.")),
        .question(
          .init(
            number: 2, kind: .assumptions,
            text: "What do you take for granted here without thinking about it?",
            source: .followUp, follows: 1, arc: "easier")),
      ])
    #expect(script.dialogue.state.answeredCount == 0)
  }
}

@Suite("The explore dialogue: commands")
struct ExploreCommandTests {
  @Test("/help lists every command")
  func help() {
    var script = ExploreScript()
    #expect(
      script.type("/help") == DialogueStep(outputs: [.help(ExploreDialogue.commands.commands)]))
    #expect(
      ExploreDialogue.commands.commands.map(\.usage) == [
        "/help", "/skip", "/why", "/invert", "/note TEXT", "/confidence N", "/belief", "/summary",
        "/export [FILE]", "/quit",
      ])
  }

  @Test("/skip logs a skip and asks the next question")
  func skip() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    let step = script.type("/skip")
    #expect(step.events.first == .skip(.init(question: 1)))
    #expect(script.questions.last?.number == 2)
    #expect(script.questions.last?.arc == "reasons")
  }

  @Test(
    "/skip, /why and /invert say so when there is nothing for them",
    arguments: [
      ("/skip", "There is no question to skip."),
      ("/why", "/why explains the question you are answering, and there is none yet."),
      ("/invert", "There is no belief to invert yet: state one first."),
    ])
  func nothingToActOn(command: String, message: String) {
    var script = ExploreScript()
    let step = script.type(command)
    #expect(step.events.isEmpty)
    #expect(ExploreScript.notices(step) == [message])
  }

  @Test("/skip at the first confidence question says it is needed")
  func skipConfidenceBefore() {
    var script = ExploreScript(belief: belief)
    script.type("y")
    #expect(
      ExploreScript.notices(script.type("/skip")) == [
        "The questions start once you say how confident you are: give a number from 0 to 100."
      ])
  }

  @Test("/why says what kind of question this is and how it helps")
  func why() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    #expect(
      ExploreScript.notices(script.type("/why")) == [
        "This is a clarification question. It asks what you mean. Vague or loaded words hide "
          + "disagreements; pinning them down shows what you actually claim."
      ])
    script.type("Because fees are lower.")
    #expect(
      ExploreScript.notices(script.type("/why")) == [
        "This is a question about reasons and evidence. It asks what supports your belief. "
          + "Knowing why you believe something tells you how much weight it can bear. It follows "
          + "up on your answer to question 1."
      ])
  }

  @Test("/why at a confidence question explains the rating")
  func whyConfidence() {
    var script = ExploreScript(belief: belief)
    script.type("y")
    #expect(
      ExploreScript.notices(script.type("/why")) == [
        "Your confidence at the start and at the end, from 0 to 100, shows whether your thinking "
          + "moved; it is not a test, and any number is a good answer."
      ])
  }

  @Test("/invert shows the belief and its opposite again")
  func invert() {
    var script = ExploreScript(belief: belief)
    #expect(
      script.type("/invert")
        == DialogueStep(outputs: [.inversion(claim: claim, inverted: inverted)]))
  }

  @Test(
    "/note keeps a note, with a category when it starts with one",
    arguments: [
      ("/note prices only go up", SessionEvent.Note(text: "prices only go up"), "Noted."),
      (
        "/note Assumption: the news is typical",
        .init(text: "the news is typical", category: .assumption),
        "Noted, as an assumption."
      ),
      (
        "/note blockage:I cannot see past FTX  ",
        .init(text: "I cannot see past FTX", category: .blockage),
        "Noted, as a blockage."
      ),
      ("/note assumption:", .init(text: "assumption:"), "Noted."),
    ])
  func note(typed: String, note: SessionEvent.Note, message: String) {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    let step = script.type(typed)
    #expect(
      step == DialogueStep(outputs: [.notice(message, tone: .success)], events: [.note(note)]))
    #expect(script.dialogue.state.phase == .answering(question: 1))
  }

  @Test("/note without text says how to use it")
  func emptyNote() {
    var script = ExploreScript()
    #expect(
      ExploreScript.notices(script.type("/note   ")) == [
        "Write the note after the command, such as /note I assume prices only go up. Start it with "
          + "assumption: or blockage: to say which it is."
      ])
  }

  @Test("/summary and /export are handed to the runner")
  func summaryAndExport() {
    var script = ExploreScript()
    #expect(script.type("/summary") == DialogueStep(outputs: [.summary]))
    #expect(script.type("/export") == DialogueStep(outputs: [.export(path: nil)]))
    #expect(
      script.type("/export  ~/notes/crypto session.md ")
        == DialogueStep(outputs: [.export(path: "~/notes/crypto session.md")]))
  }

  @Test(
    "an unknown command is named, with the closest one when it looks like a typo",
    arguments: [
      ("/qiut", "There is no /qiut command. Did you mean /quit? /help lists the commands."),
      (
        "/confidance 5",
        "There is no /confidance command. Did you mean /confidence? /help lists the commands."
      ),
      ("/frobnicate", "There is no /frobnicate command; /help lists the commands."),
    ])
  func unknown(typed: String, message: String) {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    #expect(script.type(typed) == DialogueStep(outputs: [.notice(message, tone: .problem)]))
  }

  @Test("/belief rates the belief a last time, then starts a new thread")
  func newThread() {
    var script = ExploreScript(topic: "crypto")
    script.type(["1", "y", "80", "Some of them do."])
    let ask = script.type("/belief")
    #expect(ask.events.isEmpty)
    #expect(
      ExploreScript.notices(ask) == [
        "Before the next belief: how confident are you now that \(claim), from 0 to 100? /skip "
          + "leaves it unrated."
      ])
    let step = script.type("60")
    #expect(
      step.events == [
        .confidence(.init(value: 60, moment: .after)), .newThread(.init(number: 2)),
      ])
    #expect(ExploreScript.notices(step).first == "A new belief, thread 2.")
    #expect(step.outputs.contains { if case .sampleBeliefs = $0 { true } else { false } })
    script.type(["2", "y", "50"])
    #expect(script.questions.last?.arc == "reasons")
    #expect(script.questions.last?.number == 3)
    #expect(script.dialogue.state.thread == 2)
  }

  @Test("/skip at the last rating of a thread leaves it unrated")
  func newThreadUnrated() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    script.type("/belief")
    #expect(script.type("/skip").events == [.newThread(.init(number: 2))])
  }

  @Test("/belief before the questions asks for the belief again, in the same thread")
  func restateWithCommand() {
    var script = ExploreScript(belief: belief)
    script.type("/belief")
    #expect(script.dialogue.prompt.text == "What do you believe? ")
    let step = script.type("Bitcoin will replace gold.")
    #expect(step.events.count == 1)
    #expect(script.dialogue.state.thread == 1)
  }

  @Test("/quit during the questions asks for the confidence once more, then ends")
  func quit() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    script.type("Some of them do.")
    let ask = script.type("/quit")
    #expect(ask.events.isEmpty)
    #expect(
      ExploreScript.notices(ask) == [
        "How confident are you now that \(claim), from 0 to 100? /skip leaves it unrated."
      ])
    let end = script.type("55")
    #expect(
      end
        == DialogueStep(
          outputs: [.closingSummary],
          events: [.confidence(.init(value: 55, moment: .after)), .end(.init(reason: .quit))]))
    #expect(script.dialogue.isFinished)
  }

  @Test(
    "/skip or /quit at the last confidence question ends without it", arguments: ["/skip", "/quit"])
  func quitUnrated(command: String) {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    script.endInput()
    #expect(
      script.type(command).events
        == [.end(.init(reason: command == "/skip" ? .endOfInput : .quit))])
  }

  @Test("/quit before anything was logged leaves at once, logging nothing")
  func quitAtTheMenu() {
    var script = ExploreScript()
    #expect(script.type("/quit") == DialogueStep())
    #expect(script.dialogue.isFinished)
  }

  @Test("/quit after the belief, before the questions, ends with the summary")
  func quitBeforeQuestions() {
    var script = ExploreScript(belief: belief)
    #expect(
      script.type("/quit")
        == DialogueStep(outputs: [.closingSummary], events: [.end(.init(reason: .quit))]))
  }
}

@Suite("The explore dialogue: input")
struct ExploreInputTests {
  @Test("a blank line shows nothing and changes nothing", arguments: ["", "   ", "\t", "\n\n"])
  func blank(line: String) {
    var script = ExploreScript()
    let before = script.dialogue.state
    #expect(script.type(line) == DialogueStep())
    #expect(script.dialogue.state == before)
  }

  @Test("a line over 64 KiB is refused and not logged; one of exactly 64 KiB is taken")
  func tooLong() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    let long = String(repeating: "a", count: 65_537)
    #expect(
      script.type(long)
        == DialogueStep(outputs: [
          .notice(
            "That line is 65,537 bytes long; the most one line may hold is 65,536 (64 KiB). "
              + "Nothing of it was kept: say it in fewer words.", tone: .problem)
        ]))
    #expect(script.dialogue.state.phase == .answering(question: 1))
    let longest = String(repeating: "é", count: 32_768)
    #expect(Self.answerText(script.type(longest)) == longest)
  }

  @Test("an answer is logged exactly as typed: line breaks, escapes, U+FFFD")
  func exactAnswers() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    let answer = "  Two lines:\nfees \u{1B}[31mare\u{1B}[0m lower\u{FFFD}\u{0}  "
    #expect(Self.answerText(script.type(answer)) == answer)
  }

  /// The text of the answer a step logged first.
  static func answerText(_ step: DialogueStep) -> String? {
    guard case .answer(let answer) = step.events.first else { return nil }
    return answer.text
  }

  @Test("Ctrl-D during the questions asks for the confidence; a second one ends the session")
  func endOfInput() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    let ask = script.endInput()
    #expect(ask.events.isEmpty)
    #expect(script.dialogue.prompt.text == "Confidence (0-100): ")
    #expect(
      script.endInput()
        == DialogueStep(outputs: [.closingSummary], events: [.end(.init(reason: .endOfInput))]))
  }

  @Test("Ctrl-D with a rating given ends with it")
  func endOfInputRated() {
    var script = ExploreScript()
    script.type(toFirstQuestion)
    script.endInput()
    #expect(
      script.type("70").events == [
        .confidence(.init(value: 70, moment: .after)), .end(.init(reason: .endOfInput)),
      ])
  }

  @Test("Ctrl-D before anything was logged ends quietly")
  func endOfInputAtStart() {
    var script = ExploreScript()
    #expect(script.endInput() == DialogueStep())
    #expect(script.dialogue.isFinished)
  }

  @Test("Ctrl-D after a topic was chosen logs the end, without a summary")
  func endOfInputAfterTopic() {
    var script = ExploreScript()
    script.type("1")
    #expect(script.endInput() == DialogueStep(events: [.end(.init(reason: .endOfInput))]))
  }

  @Test("Tab completes commands anywhere and topic ids at the menu")
  func completion() {
    var script = ExploreScript()
    let menu = script.dialogue.prompt
    #expect(menu.completions(line: "/q", word: "/q") == ["/quit"])
    #expect(menu.completions(line: "/", word: "/").count == 10)
    #expect(menu.completions(line: "cr", word: "cr") == ["crypto"])
    #expect(menu.completions(line: "I like cr", word: "cr") == [])
    script.type("1")
    #expect(script.dialogue.prompt.completions(line: "cr", word: "cr") == [])
    #expect(script.dialogue.prompt.completions(line: " /sk", word: "/sk") == ["/skip"])
  }
}

@Suite("The explore dialogue: resuming")
struct ExploreResumeTests {
  /// A live session: a belief, three answers (one with a follow-up), a note, a skip.
  static func live() -> ExploreScript {
    var script = ExploreScript(topic: "crypto")
    script.type(["1", "y", "80", "Because fees are lower.", "Some of them do.", "/note tired"])
    script.type(["/skip", "Everyone I know lost money."])
    return script
  }

  @Test("folding the log gives the state the live session was in")
  func foldEqualsLive() {
    let live = Self.live()
    let resumed = ExploreScript(
      resuming: live.events, topic: "crypto", setting: DialogueFixtures.setting())
    #expect(resumed.dialogue.state == live.dialogue.state)
  }

  @Test("every prefix of the log folds to the state the live session had there")
  func everyPrefix() {
    var live = ExploreScript()
    let lines = [
      belief, "no", "Most crypto is a scam.", "y", "80", "Because fees are lower.", "I don't know.",
      "/confidence 60", "/belief", "50", "Bitcoin will replace gold.", "y", "30", "/skip",
    ]
    var states: [(events: [SessionEvent.Payload], state: ExploreState)] = []
    for line in lines {
      live.type(line)
      states.append((live.events, live.dialogue.state))
    }
    for (events, state) in states where !events.isEmpty {
      let resumed = ExploreScript(resuming: events, setting: DialogueFixtures.setting())
      var expected = state
      // Only the steps no event marks differ: they come back to what the events call for.
      let isUnmarked =
        expected.phase == .ratingConfidence || expected.phase == .closingThread
        || (expected.phase == .statingBelief && expected.belief != nil)
      if isUnmarked { expected.phase = expected.settledPhase }
      #expect(resumed.dialogue.state == expected)
    }
  }

  @Test("resuming shows the question that waited, and the next answer goes on from it")
  func pickUpAtQuestion() throws {
    let live = Self.live()
    var resumed = ExploreScript(
      resuming: live.events + [.resumed(.init(socraticVersion: "0.1.0"))], topic: "crypto",
      setting: DialogueFixtures.setting())
    let waiting = try #require(live.questions.last)
    #expect(
      resumed.steps[0]
        == DialogueStep(outputs: [
          .notice(
            "Picking up where you left off (3 questions answered, 1 skipped): question "
              + "\(waiting.number) waits for your answer.", tone: .quiet),
          .question(waiting),
        ]))
    let step = resumed.type("Some of them do.")
    guard case .answer(let answer) = step.events.first else {
      Issue.record("no answer logged")
      return
    }
    #expect(answer.question == waiting.number && answer.text == "Some of them do.")
    #expect(resumed.questions.first?.number == waiting.number + 1)
    #expect(!live.questions.map(\.text).contains(resumed.questions.first?.text ?? ""))
  }

  @Test("a log that ends after an answer gets its next question on resuming")
  func pickUpAfterAnswer() {
    var live = ExploreScript()
    live.type(toFirstQuestion)
    live.type("Some of them do.")
    let cut = Array(live.events.dropLast())  // killed before the next question was saved
    let resumed = ExploreScript(resuming: cut, setting: DialogueFixtures.setting())
    #expect(resumed.steps[0].events == [live.events.last!])
    #expect(
      ExploreScript.notices(resumed.steps[0]).first
        == "Picking up where you left off (1 question answered); the next question follows.")
  }

  @Test("a log that ends at the belief shows the reading to confirm")
  func pickUpAtBelief() {
    let resumed = ExploreScript(
      resuming: [.topic(.init(topic: nil)), beliefEvent], setting: DialogueFixtures.setting())
    #expect(
      resumed.steps[0].outputs == [
        .notice("Picking up where you left off: your belief, as I read it.", tone: .quiet),
        .beliefReading(
          BeliefReading(
            text: belief, claim: claim, inverted: inverted, reason: nil, isRestatement: false)),
        .notice("Type y to go on, or put the belief in other words.", tone: .quiet),
      ])
  }

  @Test("an ended session picks up its questions again")
  func pickUpAfterEnd() {
    var live = ExploreScript()
    live.type(toFirstQuestion)
    live.type(["/quit", "40"])
    var resumed = ExploreScript(
      resuming: live.events + [.resumed(.init(socraticVersion: "0.1.0"))],
      setting: DialogueFixtures.setting())
    #expect(resumed.dialogue.state.phase == .answering(question: 1))
    resumed.type(["/quit", "45"])
    #expect(
      resumed.events.suffix(2) == [
        .confidence(.init(value: 45, moment: .after)), .end(.init(reason: .quit)),
      ])
  }

  @Test("a session whose questions ran out says so on resuming and waits for a command")
  func pickUpWhenOut() {
    var live = ExploreScript()
    live.type(toFirstQuestion)
    while case .answering = live.dialogue.state.phase {
      let isRerating = live.dialogue.state.currentQuestion?.arc == ExploreArcStep.rerate.rawValue
      live.type(isRerating ? "/skip" : "Some of them do.")
    }
    live.type(["50", "no thats all"])
    var resumed = ExploreScript(resuming: live.events, setting: DialogueFixtures.setting())
    #expect(resumed.dialogue.state.phase == .outOfQuestions)
    #expect(
      ExploreScript.notices(resumed.steps[0]).last
        == "There are no questions left about this belief. /belief explores another one; /quit "
        + "ends the session.")
    resumed.type("/belief")
    #expect(resumed.dialogue.state.phase == .closingThread)
  }

  @Test("a topic whose pack is not loaded any more is named")
  func missingPack() {
    let resumed = ExploreScript(
      resuming: [.topic(.init(topic: "climate"))], setting: DialogueFixtures.setting())
    #expect(
      ExploreScript.notices(resumed.steps[0]).first
        == "The topic pack 'climate' this session used is not loaded, so its questions and "
        + "replies are left out. Load it with --pack FILE to have them.")
  }
}
