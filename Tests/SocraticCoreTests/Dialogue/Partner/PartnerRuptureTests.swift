import Testing

@testable import SocraticCore

/// Partner listens to the other person as a person: the name they call the listener is no part
/// of their claim, what they add while a claim is discussed argues about it rather than
/// replacing it, an objection to the listener is repaired where the conversation is, and the
/// questions are said in words anyone would say to their dad.
@Suite("Partner hears the listener's name, holds the claim and repairs a rupture")
struct PartnerRuptureTests {
  private func firstLine(_ step: DialogueStep) -> String? {
    guard case .reflection(let said)? = offeredItems(in: step).first else { return nil }
    return said
  }

  private func questions(_ step: DialogueStep) -> [String] {
    offeredItems(in: step).compactMap { item in
      if case .question(let question) = item { return question.text }
      return nil
    }
  }

  @Test(
    "the name they call the listener, at the end or the start, is never given back",
    arguments: [
      ("the vaccine was rushed gary", "So you think the vaccine was rushed."),
      ("the election was stolen kevin", "So you think the election was stolen."),
      ("the whole thing was planned brenda", "So you think the whole thing was planned."),
      ("it's a con trevor", "So you think it's a con."),
      ("the bridge was sabotaged nate", "So you think the bridge was sabotaged."),
      ("the report was faked dale", "So you think the report was faked."),
      ("the tests were rigged mike", "So you think the tests were rigged."),
      ("it's a racket, gary", "So you think it's a racket."),
      ("kevin, the mayor is lying to everyone", "So you think the mayor is lying to everyone."),
      ("the schools are a mess, brenda", "So you think the schools are a mess."),
      ("nobody trusts the fed, kevin", "So you think nobody trusts the fed."),
      (
        "social media isn't bad for teenagers mom",
        "So you think social media isn't bad for teenagers."
      ),
      ("the taxes are too high mom", "So you think the taxes are too high."),
      (
        "the rent is way too expensive son, ask anyone",
        "So you think the rent is way too expensive."
      ),
      ("the report was wrong son", "So you think the report was wrong."),
      ("its not fair dad", "So you think it's not fair."),
      (
        "the landlord was paid off by the council trevor",
        "So you think the landlord was paid off by the council."
      ),
    ])
  func nameIsNoPartOfTheClaim(line: String, reflection: String) {
    var script = builtInPartnerScript([])
    #expect(firstLine(script.type(line)) == reflection)
  }

  @Test(
    "a name that a verb or a preposition takes is part of what they say",
    arguments: [
      ("the company hired dale", "the company hired dale"),
      ("the best player is messi", "the best player is messi"),
      ("everyone should listen to rogan", "everyone should listen to rogan"),
      ("the mayor was elected president", "the mayor was elected president"),
      ("she is a good mom", "she is a good mom"),
    ])
  func nameTakenByTheClauseStays(line: String, claim: String) {
    let script = builtInPartnerScript([line])
    #expect(script.dialogue.state.claim?.claim == claim)
  }

  @Test(
    "what they add while a claim is discussed is a reason about it, never a new claim",
    arguments: [
      "well the shadows were all wrong",
      "the photos looked way too clean",
      "nobody has gone back in fifty years",
      "the astronauts hardly ever talked about it",
      "nasa lost the original tapes",
      "the budget was enormous back then",
      "the rocket was built in a hurry",
      "the radiation belts would have fried them",
      "the footage is grainy on purpose",
      "the russians were watching the whole time",
    ])
  func statementArguesAboutTheClaim(line: String) {
    var script = builtInPartnerScript(["the moon landing was faked"])
    let said = firstLine(script.type(line)) ?? ""
    #expect(script.dialogue.state.claim?.claim == "the moon landing was faked", "\(line)")
    #expect(!said.hasPrefix("So you think"), "after \u{201C}\(line)\u{201D}: \(said)")
  }

  @Test(
    "a belief they mark as a new one of theirs becomes the claim",
    arguments: [
      ("i also think the news lies about everything", "the news lies about everything"),
      ("we should stop funding space agencies", "we should stop funding space agencies"),
    ])
  func markedBeliefTakesOver(line: String, claim: String) {
    let script = builtInPartnerScript(["the moon landing was faked", line])
    #expect(script.dialogue.state.claim?.claim == claim)
  }

  private static let mannerObjections = [
    "don't do that therapist voice on me", "stop interviewing me", "quit analysing me, son",
    "don't talk to me like i'm five", "stop psychoanalysing me", "never talk down to me like that",
    "and stop lecturing me", "do not use that tone with me", "just stop grilling me",
    "don't give me that counsellor stuff",
  ]

  @Test(
    "an objection to the listener's manner is owned, and the stage waits",
    arguments: mannerObjections)
  func mannerIsOwned(line: String) {
    var script = builtInPartnerScript(["the moon landing was faked", "/stage confidence"])
    let step = script.type(line)
    #expect(PartnerLines.repairs(for: .manner).contains(firstLine(step) ?? ""), "\(line)")
    #expect(step.events.allSatisfy { $0.type != "stage" })
    // Nor does the turn after it move on by itself.
    script.type("why do you even care what i believe")
    #expect(script.dialogue.state.stage == .confidence, "after \u{201C}\(line)\u{201D}")
  }

  @Test(
    "what they say the listener thinks of them is denied plainly",
    arguments: [
      "you think i'm stupid", "you think your old man is a fool", "so you think i fell for it",
      "you figure i can't read a chart", "you believe i'm making it up",
      "you think your mother is gullible or something",
    ])
  func attributedThoughtIsDenied(line: String) {
    var script = builtInPartnerScript(["the moon landing was faked"])
    let said = firstLine(script.type(line)) ?? ""
    #expect(PartnerLines.repairs(for: .attributedThought).contains(said), "\(line): \(said)")
  }

  @Test(
    "after they object to the register, no counsellor's question is offered again",
    arguments: [
      "i miss him", "honestly it scares me", "it still hurts to think about",
      "i feel stupid for believing it", "i'm worried about my pension",
    ])
  func noTherapistVoiceAfterObjecting(line: String) {
    let therapeutic = [
      "What is the hardest part of it for you?", "What is behind that feeling for you?",
      "What would make it a little easier?", "What was that like for you?",
    ]
    var script = builtInPartnerScript([
      "the moon landing was faked", "don't do that therapist voice on me",
      "the flag was moving in the footage",
    ])
    let offered = questions(script.type(line))
    #expect(
      !offered.contains { therapeutic.contains($0) }, "after \u{201C}\(line)\u{201D}: \(offered)")
  }

  @Test(
    "a line they say is a joke is met lightly, never given back word for word",
    arguments: [
      "kubrick filmed it on location. that's a joke",
      "the astronauts were actors, i'm just kidding",
      "they filmed it in nevada. only joking", "aliens did the lighting. it's just a joke",
    ])
  func jokeIsNotGivenBack(line: String) {
    var script = builtInPartnerScript(["the moon landing was faked"])
    let said = firstLine(script.type(line)) ?? ""
    #expect(!said.hasPrefix("So "), "after \u{201C}\(line)\u{201D}: \(said)")
    #expect(script.dialogue.state.claim?.claim == "the moon landing was faked")
  }

  @Test("no question is worded as a cross-examination or a seminar's jargon")
  func noCrossExaminingRegister() {
    let jargon = [
      "taking for granted when you say", "assumption behind the view", "in other words",
      "What evidence", "years from now", "How would you test", "the belief that",
      "What do you include under",
    ]
    var script = builtInPartnerScript([])
    for line in [
      "the moon landing was staged", "i watched it on tv as a kid", "the flag was waving",
      "they lied about vietnam too", "i'm about 90 percent sure", "my brother says it was real",
      "nothing would change my mind",
    ] {
      let offered = questions(script.type(line))
      #expect(
        !offered.contains { text in jargon.contains { text.contains($0) } },
        "after \u{201C}\(line)\u{201D}: \(offered)")
    }
  }

  @Test(
    "a line of yours that gives back what they said before asking counts as a reflection too",
    arguments: [
      ("so you stopped trusting them after vietnam. what was that like back then?", true),
      ("you've been worried about this for years. what keeps it going?", true),
      ("sounds like dale mattered a lot. what was he like?", true),
      ("ok so you saw it on tv. what stood out?", true),
      ("what was that like back then?", false),
      ("i think you're wrong. what do you say to that?", false),
      ("no dad, i dont think youre stupid. how do you see it?", false),
    ])
  func reflectionBeforeAQuestion(text: String, counts: Bool) {
    #expect(ListeningScorecard.opensWithAReflection(text) == counts)
  }
}
