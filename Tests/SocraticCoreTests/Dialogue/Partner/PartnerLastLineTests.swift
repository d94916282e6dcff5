import Testing

@testable import SocraticCore

/// Partner follows what the other person just said: the feeling in it before the fact, never a
/// joke or a name for the listener taken for their claim, never a filler given back alone.
@Suite("Partner follows the last line")
struct PartnerLastLineTests {
  private typealias Script = DialogueScript<PartnerDialogue>

  private func partner() -> Script { partnerScript() }

  private func items(_ step: DialogueStep) -> [PartnerSuggestion] { step.suggestions }

  private func reflection(_ step: DialogueStep) -> String? { step.suggestedReflection }

  private func questions(_ step: DialogueStep) -> [String] { step.suggestedQuestions.map(\.text) }

  private func stages(_ step: DialogueStep) -> [String] {
    step.events.compactMap { event in
      if case .stage(let value) = event { return value.stage }
      return nil
    }
  }

  /// What they said after a claim, and how the line offered first begins.
  struct Turn: Sendable, CustomTestStringConvertible {
    let claim: String
    let line: String
    let reflectionStart: String
    let testDescription: String
  }

  @Test(
    "a feeling in the last line is given back as one, before any fact told with it",
    arguments: [
      Turn(
        claim: "the new bypass ruined the high street",
        line: "i miss that. it felt like people knew each other",
        reflectionStart: "It sounds like you miss", testDescription: "missing how it was"),
      Turn(
        claim: "gyms are a rip off",
        line: "they charge you for a year you never use, thats what gets me",
        // "that's what gets you" alone points at nothing: the feeling is met as one.
        reflectionStart: "That sounds hard", testDescription: "what gets them"),
      Turn(
        claim: "landlords are getting away with murder",
        line: "my sister was gutted honestly. she'd saved for that deposit for years",
        reflectionStart: "It sounds like your sister was gutted",
        testDescription: "someone of theirs gutted"),
    ])
  func feeling(turn: Turn) {
    var script = partner()
    script.type(turn.claim)
    let step = script.type(turn.line)
    let said = reflection(step) ?? ""
    #expect(said.hasPrefix(turn.reflectionStart), "\(said)")
    // The questions stay with the feeling: nothing asks them to prove what they feel.
    #expect(!questions(step).contains { $0.contains("check") || $0.contains("know that") })
  }

  @Test(
    "a name for the listener at the end is no part of the claim",
    arguments: [
      ("these energy drinks are poison mate", "So you think these energy drinks are poison."),
      (
        "online banking is a trap for old folk gran",
        "So you think online banking is a trap for old folk."
      ),
      ("the whole thing is rigged anyway dad", nil),
    ] as [(String, String?)])
  func vocative(line: String, expected: String?) {
    var script = partner()
    let step = script.type(line)
    if let expected {
      #expect(reflection(step) == expected)
      #expect(!questions(step).contains { $0.contains(" mate") || $0.contains(" gran") })
    } else {
      #expect(reflection(step)?.contains("dad") != true)
    }
  }

  @Test("a line said with a laugh is never a new belief, nor met with filler")
  func joke() {
    var script = partner()
    script.type("self checkouts are a scam")
    let step = script.type("robots cant fix my dishwasher either lol")
    #expect(!stages(step).contains("claim"))
    let said = reflection(step) ?? ""
    #expect(!said.hasPrefix("So you think"), "\(said)")
    #expect(!said.contains("picture"), "\(said)")
  }

  @Test(
    "'I know' and 'sorry I snapped' state nothing: the claim stays and is not 'you know'",
    arguments: ["yeah. i know. sorry i snapped", "ok I get it. I'm sorry for shouting"])
  func heardOrSorry(line: String) {
    var script = partner()
    script.type("the new stadium is a waste of money")
    let step = script.type(line)
    #expect(!stages(step).contains("claim"))
    #expect(!questions(step).contains { $0.contains("you know") || $0.contains("get it") })
  }

  @Test("saying they feel understood is met as that: no claim, no close")
  func heard() {
    var script = partner()
    script.type("the council wastes our money")
    let step = script.type("yes exactly, thanks. thats all im saying")
    #expect(!stages(step).contains("close"))
    let said = reflection(step) ?? ""
    #expect(!said.contains("saying"), "\(said)")
    #expect(!questions(step).contains { $0.contains("all you") })
  }

  @Test("not knowing said alone and a pointing-back clause are never given back as all they said")
  func fillers() {
    var script = partner()
    script.type("the bus company doesnt care about us")
    let unsure = script.type("i dont know. i guess if they actually ran on time")
    #expect(reflection(unsure)?.contains("don't know") != true)
    var other = partner()
    other.type("closing the library was a mistake")
    let gone = other.type("my mum took me there every saturday as a kid. that's gone")
    #expect(reflection(gone) != "So that's gone.")
  }

  @Test("an answer that opens with 'that' is what it says")
  func complementizer() {
    var script = partner()
    script.type("school is too much pressure these days")
    script.type("/me what would you want teachers to hear?")
    let step = script.type("that kids need time to just play")
    #expect(reflection(step)?.contains("that kids") != true, "\(reflection(step) ?? "")")
  }

  @Test("what happened to them is never to be checked, on any later turn")
  func experience() {
    var script = partner()
    script.type("fast fashion is destroying the planet")
    script.type("i saw a river in a film that was dyed blue from the factories")
    let step = script.type("my friends think im overreacting lol")
    #expect(!questions(step).contains { $0.contains("that you saw") }, "\(questions(step))")
  }

  @Test("a goodbye of yours is coached as one, never counted as an open question")
  func goodbye() {
    var script = partner()
    script.type("the new stadium is a waste")
    let step = script.type("/me good luck with the move, talk later!")
    let asked = step.events.compactMap { event -> SessionEvent.Critique? in
      if case .asked(let value) = event { return value.critique }
      return nil
    }
    #expect(asked.first?.form == QuestionForm.statement.rawValue)
  }
}

/// A line said to the listener while a claim is discussed: (the claim, the line).
private let linesToTheListener: [(String, String)] = [
  ("the new bypass was a mistake", "you wouldnt understand, you dont even drive"),
  ("uni fees are a rip off", "you would say that, you got a grant"),
  ("the referee bottled it", "you cant judge, you werent even watching"),
  ("rent controls would fix housing", "you should try renting round here"),
  ("the pub quiz is rigged", "u wouldnt know, u never come"),
  ("the council ignores our street", "you lot never listen anyway"),
  ("farmers are being squeezed", "you'd never last a week on a farm"),
  ("vinyl sounds better", "you need better speakers mate"),
  ("the four day week would work", "you should see how knackered we all are"),
  ("the library should stay open", "you could come along one saturday"),
]

@Suite("A line said to the listener is never a new claim")
struct PartnerLineToListenerTests {
  @Test(
    "the claim stays and no question is asked of 'you …' as their belief",
    arguments: linesToTheListener)
  func claimStays(claim: String, line: String) {
    var script: DialogueScript<PartnerDialogue> = partnerScript()
    script.type(claim)
    let step = script.type(line)
    let claims = step.events.compactMap { event -> String? in
      if case .theySaid(let said) = event { return said.claim }
      return nil
    }
    #expect(claims.isEmpty, "\(claims)")
    let reflection = step.suggestedReflection ?? ""
    #expect(!reflection.hasPrefix("So you think you"), "\(reflection)")
  }
}
