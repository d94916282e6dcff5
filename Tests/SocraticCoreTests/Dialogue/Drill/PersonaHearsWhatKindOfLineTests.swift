import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about public libraries, with a reply that says what
/// would change its mind, and a belief on the other side whose reasons speak as their speaker.
private let libraryPack = TopicPack(
  id: "libraries", title: "Libraries", version: 1, keywords: ["library", "libraries", "books"],
  beliefs: [
    PackBelief(
      text: "Public libraries are a waste of council money.", side: .for,
      reasons: [
        "Most people can read any book online for free now.",
        "The buildings sit half empty on weekday mornings.",
      ],
      replies: [
        "I'd change my mind if the branches kept their visitors through a whole year of free e-books."
      ]),
    PackBelief(
      text: "Public libraries are worth every penny councils spend on them.", side: .against,
      reasons: [
        "The readers I know could never afford the books they borrow.",
        "Libraries give children a quiet place to do homework.",
      ]),
  ],
  questions: [])

/// The notices shown in a drill step.
private func notices(in step: DialogueStep) -> [String] {
  step.outputs.compactMap { output in
    if case .notice(let text, _) = output { return text }
    return nil
  }
}

@Suite("The drill hears what kind of line it got")
struct PersonaHearsWhatKindOfLineTests {
  @Test(
    "a line that asks is coached and answered as a question, with or without its question mark",
    arguments: [
      "if most people read online now what does that mean for kids with no wifi at home",
      "if most people read online now what does that mean for kids with no wifi at home?",
    ])
  func asksWithoutItsMark(line: String) throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(critique.form == "open", "\(critique)")
    #expect(critique.kind == .implications, "\(critique)")
    #expect(!answer.text.hasPrefix("That's your view"), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer)")
  }

  @Test(
    "a yes-or-no question opening a sentence of the line is a question, never a reflection",
    arguments: [
      "fair enough. is that every branch tho",
      "hang on, by 'waste' do you mean the buildings or the staff",
      "hang on, by waste do you mean the buildings or the staff",
    ])
  func polarQuestionInALine(line: String) throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(["open", "closed"].contains(critique.form), "\(critique)")
    #expect(!answer.text.hasPrefix("Yes, that's it"), "\(answer.text)")
    #expect(!answer.text.hasPrefix("You're putting words"), "\(answer.text)")
  }

  @Test(
    "a question word typed last asks: coached as a question, answered, never agreed with",
    arguments: [
      "sit half empty when",
      "half empty how tho",
    ])
  func trailingQuestionWord(line: String) throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("why do you think that?")
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(["open", "closed"].contains(critique.form), "\(critique)")
    let agreements = ["Yes", "That's right", "Pretty much", "You've got it", "Exactly"]
    #expect(!agreements.contains { answer.text.hasPrefix($0) }, "\(answer.text)")
  }

  @Test(
    "what a trailing question word asks, and where a word before it takes it in instead",
    arguments: [
      ("half empty how tho", "How?"),
      ("not sold on that by what. my aunt reads there every week", "By what?"),
      ("the mornings are quiet, that's why", nil),
      ("so you know how", nil),
      ("you'd shut them no matter what", nil),
      ("why do you think that", nil),
    ] as [(String, String?)])
  func trailingAsk(line: String, asked: String?) {
    #expect(DrillDialogue.trailingAsk(in: line) == asked)
  }

  @Test("a question of its subject with no question mark is no reflection, whatever it echoes")
  func subjectQuestionWithoutItsMark() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let (answer, critique) = try replyAndCritique(
      in: script.type("what happens when there is no book online"))
    #expect(critique.form == "open", "\(critique)")
    #expect(answer.text == "Most people can read any book online for free now.", "\(answer.text)")
  }

  @Test("'when you say X what do you mean' asks what X means, and is answered so")
  func whenYouSayAsks() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("why do you think that?")
    let (answer, critique) = try replyAndCritique(
      in: script.type("books online lol. ok when you say waste what do you actually mean by that"))
    #expect(critique.form == "open", "\(critique)")
    #expect(critique.kind == .clarification, "\(critique)")
    #expect(answer.text.contains("\u{201C}waste\u{201D}"), "\(answer.text)")
  }

  @Test("a bare 'huh' reacts: the persona goes on, owns no fault, and it is counted as neither")
  func huhIsAReaction() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("why do you think that?")
    let step = script.type("huh")
    let (answer, critique) = try replyAndCritique(in: step)
    #expect(critique.form == "statement", "\(critique)")
    #expect(notices(in: step) == [DrillDialogue.encouragerNote], "\(notices(in: step))")
    #expect(!PersonaVoice.missOwned.contains { answer.text.hasPrefix($0) }, "\(answer.text)")
  }

  @Test("the note on a complaint says plainly that the turn is used up and counted as neither")
  func complaintNoteIsPlain() {
    #expect(DrillDialogue.complaintNote.contains("uses up this turn"))
    #expect(DrillDialogue.complaintNote.contains("neither a question nor a reflection"))
  }

  @Test("put plainly after a complaint, its reason is not the one it just gave")
  func repairGivesAnotherReason() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let first = try personaReply(in: script.type("why do you think that?")).text
    let repair = try personaReply(in: script.type("wait what")).text
    let reasons = libraryPack.beliefs[0].reasons.map { String($0.dropLast()) }
    let given = try #require(reasons.first { first.contains($0) }, "\(first)")
    let other = try #require(reasons.first { $0 != given })
    #expect(repair.contains(other.prefix(1).lowercased() + other.dropFirst()), "\(repair)")
  }

  @Test("a question sent with a complaint is answered, the miss owned first")
  func complaintThenQuestion() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("why do you think that?")
    let step = script.type("thats not what i asked. ok but what do you mean by half empty")
    let (answer, critique) = try replyAndCritique(in: step)
    #expect(critique.form == "open", "\(critique)")
    #expect(answer.text.hasPrefix(DrillDialogue.missedOpening), "\(answer.text)")
    #expect(notices(in: step).contains(DrillDialogue.complaintFirstNote), "\(notices(in: step))")
  }

  @Test("asked how one kind of person would see it, it says it can't speak for them, then guesses")
  func viewerItCannotSpeakFor() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let reply = try personaReply(in: script.type("how would a retired teacher see it?"))
    #expect(
      reply.text
        == "I can't speak for a retired teacher; I can only guess. Some would say it's not that "
        + "simple: libraries give children a quiet place to do homework.", "\(reply.text)")
  }

  @Test("with no guess left, it says it would only be guessing")
  func viewerWithNothingLeft() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("how would a retired teacher see it?")
    let reply = try personaReply(in: script.type("and how would a bus driver see it?"))
    #expect(
      reply.text == "I can't speak for a bus driver. " + PersonaVoice.guessingAtAView,
      "\(reply.text)")
  }

  @Test("what those who disagree say is never a line in their speaker's first person")
  func othersInTheirOwnWords() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    let reply = try personaReply(in: script.type("what do people who disagree with you say?"))
    #expect(reply.text.contains("quiet place to do homework"), "\(reply.text)")
  }

  @Test("the opposite of its own condition does not move it; the condition itself does")
  func conditionAndItsOpposite() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("what would change your mind?")
    let opposite = try personaReply(
      in: script.type("what if the branches lost their visitors, would you think again?"))
    #expect(opposite.text == PersonaVoice.oppositeCasePut, "\(opposite.text)")
    #expect(opposite.confidenceAfter == opposite.confidenceBefore)
    let met = try personaReply(
      in: script.type("say the branches kept their visitors a whole year, would you think again?"))
    #expect(met.text == PersonaVoice.ownConditionMet, "\(met.text)")
  }

  @Test("a hint is logged, so the transcript shows it where it was given")
  func hintIsLogged() throws {
    var script = drill(holdingFirstBeliefOf: libraryPack)
    script.type("why do you think that?")
    let step = script.type("/hint")
    let notes = step.events.compactMap { event -> SessionEvent.Note? in
      if case .note(let note) = event { return note }
      return nil
    }
    let shown = try #require(notices(in: step).first)
    #expect(notes == [SessionEvent.Note(text: shown, category: .hint)], "\(notes)")
  }
}
