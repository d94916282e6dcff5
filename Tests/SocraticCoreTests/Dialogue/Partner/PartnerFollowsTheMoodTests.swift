import Testing

@testable import SocraticCore

/// Partner follows the other person's mood: their claim without the name they call the
/// listener or a condition said alone, no question that sets the other side before them until
/// they show openness and never while they are on their guard, one question that fits (no kind
/// twice running), a real close when they move on, and a checking reflection of the user's own
/// counted as one.
@Suite("Partner follows the mood")
struct PartnerFollowsTheMoodTests {
  private typealias Script = DialogueScript<PartnerDialogue>

  private func setsTheOtherSide(_ step: DialogueStep, _ script: Script) -> [String] {
    let inverted = script.dialogue.state.claim?.inverted
    return step.suggestedQuestions.filter { PartnerMood.setsTheOtherSide($0, inverted: inverted) }
      .map(\.text)
  }

  @Test(
    "the name they call the listener before their claim is no word of it",
    arguments: [
      ("honestly mate there's no point voting", "mate"),
      ("dad they're all crooks in that building", "dad"),
      ("love it's a waste of good money", "love"),
      ("oh son there's nothing wrong with paying cash", "son"),
      ("look mate the trains are never on time", "mate"),
      ("mate we can't afford another rise in rent", "mate"),
      ("honey nobody reads proper books these days", "honey"),
      ("bro it's a bubble and it will pop", "bro"),
      ("mum the school is far too strict", "mum"),
      ("pal the council has no money left", "pal"),
    ] as [(String, String)])
  func vocativeLeftOut(line: String, name: String) {
    var script = partnerScript()
    let step = script.type(line)
    let claim = script.dialogue.state.claim?.claim ?? ""
    #expect(!claim.isEmpty, "no claim read from \(line)")
    #expect(!claim.split(separator: " ").contains { $0.lowercased() == name }, "\(claim)")
    for item in step.suggestions {
      #expect(!item.text.lowercased().split(separator: " ").contains { $0 == name }, "\(item)")
    }
  }

  @Test(
    "a condition said alone is never given back or quoted as a reason",
    arguments: [
      "idk. if the council actually fixed the roads and listened. nobody asks us anything",
      "if somebody from the bank had rung me back and said sorry",
      "dunno. when the buses came on time and the drivers smiled",
      "maybe. if the landlord answered the phone for once and fixed the boiler",
      "if they came round here and saw it for themselves",
      "if the club lowered the price and opened on sundays",
      "if my boss paid us properly and stopped the rotas changing",
      "when the school stops the homework on weekends and lets kids rest",
      "if one of them turned up at the market and talked to people",
      "if the doctors had time for you and actually listened",
    ])
  func conditionAlone(line: String) {
    var script = partnerScript()
    script.type("the town centre is dying")
    let step = script.type(line)
    // Given back as what would change their mind, a condition is whole; alone it is not.
    let said = step.suggestedReflection ?? ""
    if !said.hasSuffix(", that would change your mind.") {
      #expect(!["So if", "So when", "So unless"].contains { said.hasPrefix($0) }, "\(said)")
    }
    for question in step.suggestedQuestions {
      #expect(!question.text.contains("that if "), "\(question.text)")
      #expect(!question.text.contains("that when "), "\(question.text)")
    }
    #expect(script.dialogue.state.claim?.claim == "the town centre is dying")
  }

  @Test(
    "no question sets the other side before them on their first words",
    arguments: [
      "electric cars are a con",
      "there's no point voting, they're all the same",
      "the monarchy should go",
      "kids spend too long on their phones",
      "working from home is lazy",
      "the new bypass ruined the village",
      "organic food is a rip off",
      "football is just greed now",
      "tipping should be banned",
      "cash is safer than cards because banks crash",
    ])
  func noPushOnTheFirstTurn(line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(setsTheOtherSide(step, script).isEmpty, "\(step.suggestions)")
  }

  @Test(
    "irritation, a dig or a worry keeps the other side away for that turn and the two after",
    arguments: [
      "oh here we go. you'd believe anything",
      "don't look at me like that",
      "you sound like one of them",
      "honestly? i'm worried. i can't afford a new one",
      "whose side are you on",
      "it makes me sad, to be honest",
      "are you serious",
      "you're so naive",
      "i'm scared i'll lose my job over it",
      "that's ridiculous",
    ])
  func noPushWhileGuarded(line: String) {
    var script = partnerScript()
    script.type("the high street is finished")
    // They grant a point: open to the other side from here.
    script.type("ok fair, the market on saturdays is still busy")
    #expect(script.dialogue.state.mayTurnToTheOtherSide)
    let steps = [
      script.type(line), script.type("the shops are all empty now"),
      script.type("rents went up and the banks left"),
    ]
    for step in steps {
      #expect(setsTheOtherSide(step, script).isEmpty, "\(step.suggestions)")
    }
    #expect(!script.dialogue.state.mayTurnToTheOtherSide)
    script.type("and parking costs a fortune")
    #expect(script.dialogue.state.mayTurnToTheOtherSide)
  }

  @Test("the stage does not move on to being wrong before they are open to it")
  func stageWaitsForOpenness() {
    var script = partnerScript()
    script.type([
      "electric cars are a con", "they cost a fortune", "the batteries catch fire",
      "the power comes from gas anyway", "and you can't fix them yourself",
      "my mate's one broke down twice",
    ])
    #expect(script.dialogue.state.stage != .falsifiability)
  }

  @Test(
    "two questions of different kinds beside the line to say, never leading with a kind twice",
    arguments: [
      [
        "electric cars are a con", "they cost a fortune", "my neighbour's one broke down",
        "the batteries catch fire on ferries", "you can't fix them yourself",
      ],
      [
        "voting is pointless", "nothing changes round here", "my dad voted all his life",
        "the factory still shut", "they only come when they want your vote",
      ],
      [
        "phones are ruining kids", "my niece never looks up", "the school banned them",
        "she reads less than she did", "they all get anxious about likes",
      ],
    ])
  func oneQuestion(lines: [String]) {
    var script = partnerScript()
    var previous: QuestionKind?
    for line in lines {
      let step = script.type(line)
      #expect(step.suggestions.count <= 3, "\(step.suggestions)")
      let kinds = step.suggestedQuestions.map(\.kind)
      #expect(Set(kinds).count == kinds.count, "\(step.suggestedQuestions)")
      #expect(
        previous.map { !kinds.contains($0) } ?? true,
        "\(step.suggestedQuestions) after \(String(describing: previous))")
      previous = kinds.first
    }
  }

  @Test(
    "a few words that close the topic and offer something else end the talk",
    arguments: [
      "anyway, pint?", "right, cuppa?", "anyway. another round?", "ok, dessert anyone?",
      "right then, chips?", "anyway, football later?", "alright, coffee?", "well, walk?",
      "anyhow, more tea?", "okay, pudding?",
    ])
  func closingOffer(line: String) {
    var script = partnerScript()
    script.type(["the high street is finished", "the shops are all empty now"])
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close)
    #expect(step.suggestedQuestions.isEmpty, "\(step.suggestions)")
    #expect(!step.suggestions.contains { $0.text.contains("Take your time") })
  }

  @Test(
    "'ok, and?' or 'right, why?' asks them to go on: no close",
    arguments: ["ok, and?", "right, why?", "anyway, so?", "well, how?", "right, what then?"])
  func notAnOffer(line: String) {
    var script = partnerScript()
    script.type(["the high street is finished", "the shops are all empty now"])
    script.type(line)
    #expect(script.dialogue.state.stage != .close)
  }

  @Test(
    "their words given back with a question mark are a reflection, not a leading question",
    arguments: [
      (
        "the expenses were a joke. moats and duck houses on our money",
        "/me so it's the moats and duck houses, on your money?"
      ),
      ("the bus never comes on time and the fares keep rising", "/me so the fares keep rising?"),
      (
        "my rent doubled and the landlord won't fix the damp",
        "/me the landlord won't fix the damp?"
      ),
      ("the coach shouts at the kids every week", "/me he shouts at the kids every week?"),
      (
        "nobody at the surgery picks up the phone",
        "/me so nobody picks up the phone at the surgery?"
      ),
      ("the new flats took the park and the trees", "/me they took the park and the trees?"),
      (
        "i lost my savings when the exchange collapsed",
        "/me you lost your savings when it collapsed?"
      ),
      (
        "the ads follow my daughter everywhere online",
        "/me the ads follow your daughter everywhere?"
      ),
      (
        "they closed the library and the youth club",
        "/me so the library and the youth club closed?"
      ),
      ("my shifts change every week without warning", "/me your shifts change every week?"),
    ] as [(String, String)])
  func checkingReflection(said: String, me: String) {
    var script = partnerScript()
    script.type("things round here are getting worse")
    script.type(said)
    let step = script.type(me)
    let asked = step.events.compactMap { event -> SessionEvent.Asked? in
      if case .asked(let value) = event { return value }
      return nil
    }
    #expect(asked.first?.critique.form == QuestionForm.reflection.rawValue, "\(asked)")
    #expect(asked.first?.critique.suggestion == nil)
  }

  @Test(
    "a question that puts words in their mouth stays leading",
    arguments: [
      ("rules just slow us down", "/me so you think safety doesn't matter?"),
      ("the tax is too high", "/me so you want the schools to close?"),
      ("i like driving my own car", "/me so you don't care about the planet?"),
    ] as [(String, String)])
  func wordsInTheirMouth(said: String, me: String) {
    var script = partnerScript()
    script.type(said)
    let step = script.type(me)
    let asked = step.events.compactMap { event -> SessionEvent.Asked? in
      if case .asked(let value) = event { return value }
      return nil
    }
    #expect(asked.first?.critique.form != QuestionForm.reflection.rawValue, "\(asked)")
  }
}
