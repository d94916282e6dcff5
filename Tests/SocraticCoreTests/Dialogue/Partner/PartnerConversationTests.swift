import Testing

@testable import SocraticCore

/// One thing the other person says, and what the tool must offer after it.
struct PartnerTurn: Sendable, CustomTestStringConvertible {
  /// What they said, as typed.
  var line: String
  /// The reflection or calm line offered first: the whole of it, or a part it must contain.
  var reflection: Expected
  /// The kind of the first question, when the turn calls for one.
  var firstKind: QuestionKind? = nil
  /// The stage the conversation is at afterwards.
  var stage: ConversationStage
  /// The claim under discussion afterwards.
  var claim: String?

  enum Expected: Sendable {
    case exactly(String)
    case containing(String)
    /// Any line, or none, without these words.
    case lacking(String)
  }

  var testDescription: String { line }
}

/// A conversation written the way people talk at a table, with what the tool must do after
/// each kind of move.
struct PartnerConversation: Sendable, CustomTestStringConvertible {
  var name: String
  var turns: [PartnerTurn]
  var testDescription: String { name }
}

private let calm = PartnerLines.self

private let conversations: [PartnerConversation] = [
  PartnerConversation(
    name: "an election, a confidence, a story, a charge, a doubt and the gravy",
    turns: [
      PartnerTurn(
        line: "i think trump won in 2016 because people in small towns felt ignored",
        reflection: .exactly(
          "So you think trump won in 2016 because people in small towns felt ignored."),
        firstKind: .evidence, stage: .reasons,
        claim: "trump won in 2016 because people in small towns felt ignored"),
      // A confidence is not a claim.
      PartnerTurn(
        line: "im like 100% sure about that tbh",
        reflection: .exactly("So you're completely sure of it."), stage: .reasons,
        claim: "trump won in 2016 because people in small towns felt ignored"),
      // A story is evidence for the claim, asked about for how typical it is.
      PartnerTurn(
        line: "my uncle in ohio voted obama twice and then trump, so",
        reflection: .containing("your uncle in ohio voted obama twice"), firstKind: .evidence,
        stage: .reasons, claim: "trump won in 2016 because people in small towns felt ignored"),
      PartnerTurn(
        line: "You sound like you work for CNN lol",
        reflection: .exactly(calm.calmLines(for: .joke)[0]),
        stage: .reasons, claim: "trump won in 2016 because people in small towns felt ignored"),
      PartnerTurn(
        line: "ok fair, maybe it was also about prices. i dont know anymore",
        reflection: .containing("it was also about prices"), firstKind: .clarification,
        stage: .reasons, claim: "trump won in 2016 because people in small towns felt ignored"),
      PartnerTurn(
        // Passing something at the table winds the talk down (issue 11): the close.
        line: "pass the gravy", reflection: .exactly(calm.calmLines(for: .leaving)[0]),
        stage: .close,
        claim: "trump won in 2016 because people in small towns felt ignored"),
    ]),
  PartnerConversation(
    name: "remote work, a manager's view, a fear for a job, and thanks",
    turns: [
      PartnerTurn(
        line: "Remote work is killing our team.",
        reflection: .exactly("So you think remote work is killing your team."),
        firstKind: .clarification, stage: .claim, claim: "remote work is killing our team"),
      // Someone else's view is theirs, never a claim of the speaker's.
      PartnerTurn(
        line: "I mean my manager says output is fine but whatever",
        reflection: .containing("your manager"), firstKind: .viewpoints, stage: .confidence,
        claim: "remote work is killing our team"),
      PartnerTurn(
        line: "honestly I'm worried they'll cut my job if we stay remote",
        reflection: .containing("worried"), firstKind: .clarification, stage: .confidence,
        claim: "remote work is killing our team"),
      // Thanks right after opening up: what they shared is acknowledged before the close.
      PartnerTurn(
        line: "thanks for listening", reflection: .exactly(calm.acknowledgingWhatTheyShared),
        stage: .close, claim: "remote work is killing our team"),
    ]),
  PartnerConversation(
    name: "crypto, with noise, a repeat, an aside and a change of subject",
    turns: [
      PartnerTurn(
        line: "Crypto is a scam.", reflection: .exactly("So you think crypto is a scam."),
        firstKind: .clarification, stage: .claim, claim: "crypto is a scam"),
      PartnerTurn(
        line: "asdf", reflection: .exactly(calm.calmLines(for: .noise)[0]),
        firstKind: .viewpoints, stage: .claim, claim: "crypto is a scam"),
      // A "?" alone: the listener's last line was not followed, and is put more plainly.
      PartnerTurn(
        line: "?", reflection: .exactly(PartnerLines.clearingUp[0]), stage: .claim,
        claim: "crypto is a scam"),
      PartnerTurn(
        line: "because of FTX obviously", reflection: .containing("FTX"), firstKind: .evidence,
        stage: .reasons, claim: "crypto is a scam"),
      PartnerTurn(
        line: "like I said, FTX", reflection: .exactly(calm.calmLines(for: .repeated)[0]),
        stage: .reasons, claim: "crypto is a scam"),
      // An aside neither becomes the claim nor moves the conversation on.
      PartnerTurn(
        line: "by the way the turkey is kinda dry",
        reflection: .exactly(calm.calmLines(for: .aside)[0]), stage: .reasons,
        claim: "crypto is a scam"),
      PartnerTurn(
        line: "can we talk about something else",
        reflection: .exactly(calm.calmLines(for: .leaving)[0]), stage: .close,
        claim: "crypto is a scam"),
    ]),
  PartnerConversation(
    name: "a family matter: a wavering, a feeling, a blockage named, then a new subject",
    turns: [
      PartnerTurn(
        line: "Honestly my sister should be the one looking after dad, she lives closer.",
        reflection: .exactly("So you think your sister should be the one looking after dad."),
        firstKind: .clarification, stage: .claim,
        claim: "your sister should be the one looking after dad"),
      PartnerTurn(
        line: "I mean she has three kids, which, ok, maybe isn't nothing",
        reflection: .exactly("So she has three kids."),
        firstKind: .clarification, stage: .claim,
        claim: "your sister should be the one looking after dad"),
      PartnerTurn(
        line: "honestly I'm exhausted and a bit resentful",
        reflection: .containing("exhausted"), firstKind: .clarification, stage: .claim,
        claim: "your sister should be the one looking after dad"),
      PartnerTurn(
        line: "maybe I'm just trying to get out of it by pushing it on her",
        reflection: .containing("pushing it on her"), firstKind: .assumptions, stage: .claim,
        claim: "your sister should be the one looking after dad"),
      PartnerTurn(
        line: "let's change the subject",
        reflection: .exactly(calm.acknowledgingWhatTheyShared), stage: .close,
        claim: "your sister should be the one looking after dad"),
    ]),
  PartnerConversation(
    name: "AI risk: an idiom, feeling unheard, a reaction, a rating, what would change it",
    turns: [
      PartnerTurn(
        line: "AI is going to be way more dangerous than people think.",
        reflection: .exactly(
          "So you think AI is going to be way more dangerous than people think."),
        firstKind: .clarification, stage: .claim,
        claim: "AI is going to be way more dangerous than people think"),
      PartnerTurn(
        line: "you just don't get it", reflection: .exactly(calm.calmLines(for: .unheard)[0]),
        firstKind: .viewpoints, stage: .claim,
        claim: "AI is going to be way more dangerous than people think"),
      PartnerTurn(
        // Stung, not hesitant: the sting is repaired, never waited out.
        line: "wow. ok.",
        reflection: .exactly("I'm sorry, I didn't mean to make you feel that way."), stage: .claim,
        claim: "AI is going to be way more dangerous than people think"),
      PartnerTurn(
        line: "80", reflection: .exactly("So you'd put it at about 80 out of 100."),
        firstKind: .inversion, stage: .confidence,
        claim: "AI is going to be way more dangerous than people think"),
      PartnerTurn(
        line: "if the big labs let outsiders test their models I'd worry less",
        reflection: .containing("worry less"), stage: .falsifiability,
        claim: "AI is going to be way more dangerous than people think"),
    ]),
  PartnerConversation(
    name: "jobs in town: a qualified absolute, a charge, a reason, a condition, goodbye",
    turns: [
      PartnerTurn(
        line: "Immigrants are taking all the jobs in our town.",
        reflection: .exactly("So you think immigrants are taking all the jobs in your town."),
        firstKind: .clarification, stage: .claim,
        claim: "immigrants are taking all the jobs in our town"),
      // "Not all of them" steps back: a doubt taken up, never a fragment quoted.
      PartnerTurn(
        line: "I mean, not all of them obviously",
        reflection: .exactly(calm.calmLines(for: .wavering)[0]), firstKind: .clarification,
        stage: .claim, claim: "immigrants are taking all the jobs in our town"),
      PartnerTurn(
        line: "are you serious right now?", reflection: .exactly(calm.calmLines(for: .hostile)[0]),
        firstKind: .viewpoints, stage: .claim,
        claim: "immigrants are taking all the jobs in our town"),
      PartnerTurn(
        line: "Because the plant hired mostly workers from abroad last spring.",
        reflection: .containing("the plant hired mostly workers from abroad"),
        firstKind: .clarification, stage: .reasons,
        claim: "immigrants are taking all the jobs in our town"),
      PartnerTurn(
        line: "what would change my mind? if wages went up i guess",
        reflection: .exactly("So if wages went up, that would change your mind."),
        stage: .falsifiability,
        claim: "immigrants are taking all the jobs in our town"),
      PartnerTurn(
        line: "cheers, good talk", reflection: .exactly(calm.calmLines(for: .leaving)[0]),
        stage: .close, claim: "immigrants are taking all the jobs in our town"),
    ]),
]

@Suite("Partner conversations the way people really talk")
struct PartnerConversationTests {
  @Test(
    "after each move: the line to say, the questions, the stage and the claim",
    arguments: conversations + tableConversations + personaConversations + targetConversations
      + leavingConversations + familyConversations + homeConversations)
  func conversation(_ conversation: PartnerConversation) {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    var offered: Set<String> = []
    // The kind the last turn's questions led with: no question of it comes next.
    var previousKinds: Set<QuestionKind> = []
    let critic = QuestionCritic()
    for (number, turn) in conversation.turns.enumerated() {
      let step = script.type(turn.line)
      let items = step.outputs.flatMap { output -> [PartnerSuggestion] in
        if case .suggestions(_, let items) = output { return items }
        return []
      }
      // The reflection or calm line offered first, if any.
      let said: String? = if case .reflection(let said)? = items.first { said } else { nil }
      switch turn.reflection {
      case .exactly(let text): #expect(said == text, "after \u{201C}\(turn.line)\u{201D}: \(items)")
      case .containing(let part):
        #expect(said?.contains(part) == true, "after \u{201C}\(turn.line)\u{201D}: \(items)")
      case .lacking(let words):
        #expect(said?.contains(words) != true, "after \u{201C}\(turn.line)\u{201D}: \(items)")
      }
      let questions = items.compactMap { item -> Question? in
        if case .question(let question) = item { return question }
        return nil
      }
      // Beside the line to say, two questions of different kinds at most; at the close,
      // never a question that keeps them.
      #expect(
        questions.count <= (turn.stage == .close ? 0 : 2), "after \u{201C}\(turn.line)\u{201D}")
      #expect(Set(questions.map(\.kind)).count == questions.count)
      // Understanding comes first: no challenge to a claim just heard.
      if number == 0 {
        #expect(!questions.contains { $0.kind == .inversion }, "\(questions)")
      }
      // The kind the turn calls for, unless it was offered the time before (no kind twice
      // running) or sets the other side before them while they are not open to it.
      if let kind = turn.firstKind, !previousKinds.contains(kind),
        kind != .inversion || script.dialogue.state.mayTurnToTheOtherSide
      {
        #expect(questions.first?.kind == kind, "after \u{201C}\(turn.line)\u{201D}: \(questions)")
      }
      #expect(
        Set(questions.map(\.kind)).isDisjoint(with: previousKinds),
        "after \u{201C}\(turn.line)\u{201D}: \(questions)")
      previousKinds = Set(questions.prefix(1).map(\.kind))
      for item in items {
        #expect(offered.insert(item.text).inserted, "offered twice: \(item.text)")
      }
      for question in questions {
        #expect(critic.isOpen(question.text), "\(question.text)")
      }
      #expect(script.dialogue.state.stage == turn.stage, "after \u{201C}\(turn.line)\u{201D}")
      #expect(
        script.dialogue.state.claim?.claim == turn.claim, "after \u{201C}\(turn.line)\u{201D}")
    }
  }

  @Test("what they said goes on a belief map, shown in their own words under 'What they said'")
  func beliefMap() throws {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    script.type([
      "Remote work is killing our team.", "because nobody talks to each other anymore",
      "ok maybe the new hires are just shy", "honestly I'm worried they'll cut my job",
      "if we shipped faster remote I'd rethink it",
    ])
    let map = script.dialogue.state.map
    #expect(map.claim == "remote work is killing our team")
    #expect(map.reasons.map(\.text) == ["nobody talks to each other anymore"])
    #expect(map.feelings == ["worried"])
    #expect(!map.doubts.isEmpty)
    #expect(!map.wouldChangeMind.isEmpty)
    let digest = map.theirDigest()
    #expect(digest.first?.heading == "Their reasons")
    #expect(digest.first?.items == ["\u{201C}nobody talks to each other anymore\u{201D}"])
    #expect(digest.map(\.heading).contains("Feelings they named"))
  }

  @Test("what they said is logged with its moves; a feeling is logged even in other words")
  func loggedMoves() {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    script.type("Remote work is killing our team.")
    let moves = [
      "my cousin lost his job last year after they went remote": ["example"],
      "honestly I'm worried they'll cut my job": ["feeling"],
      "asdf": ["no_content"],
    ]
    for (line, expected) in moves {
      let logged = script.type(line).events.compactMap { event -> [String]? in
        if case .theySaid(let value) = event { return value.moves }
        return nil
      }
      #expect(logged.first == expected, "\(line)")
    }
  }
}
