import Testing

@testable import SocraticCore

private let calm = PartnerLines.self

/// What a tester saw go wrong in partner mode, each in sentences of the same shape: a report
/// framing a hedged belief, a name for the listener inside a line, a jab at the listener, a wish
/// to go, what would change their mind said with a feeling, a joke, and a friendly invitation
/// at the close.
@Suite("Partner reads what a tester saw it get wrong")
struct PartnerSlipTests {
  private func firstLine(_ step: DialogueStep) -> String? {
    guard case .reflection(let said)? = offeredItems(in: step).first else { return nil }
    return said
  }

  @Test("a belief framed by what they heard on the radio is the belief, the radio its source")
  func reportFrame() {
    var script = builtInPartnerScript([])
    let step = script.type(
      "hey hun. so i heard on the radio about the new bridge and honestly i dont think its safe")
    #expect(script.dialogue.state.claim?.claim == "the new bridge isn't safe")
    #expect(firstLine(step) == "So you think the new bridge isn't safe.")
  }

  @Test("a name for the listener between commas is no word of what they say")
  func vocativeInside() {
    var script = builtInPartnerScript(["the rent here is way too high"])
    for line in [
      "the landlords, mate, who else. they own half the street",
      "honestly, sweetie, the landlords own half the street",
    ] {
      let step = script.type(line)
      let said = firstLine(step) ?? ""
      #expect(!said.contains("mate") && !said.contains("sweetie"), "\(said)")
      #expect(!said.contains("who else"), "\(said)")
    }
    #expect(script.dialogue.state.claim?.claim == "the rent here is way too high")
  }

  @Test("a jab at the listener gets the calm line, never given back as their view")
  func jabAtTheListener() {
    for line in [
      "ugh. you have no idea what its like driving a night bus for ten years",
      "oh don't lecture me like that, i've been driving longer than you've been alive",
      "hmm. spoken like someone who never drove a bus in their life",
      "says the guy who takes a taxi everywhere",
      "don't talk down to me, i know what i saw",
    ] {
      var script = builtInPartnerScript(["the night buses should be scrapped"])
      let step = script.type(line)
      let said = firstLine(step) ?? ""
      #expect(!said.hasPrefix("So "), "after \u{201C}\(line)\u{201D}: \(said)")
      // An objection to the listener's manner ("don't lecture me") is met by owning it.
      #expect(
        calm.calmLines(for: .hostile).contains(said)
          || calm.calmLines(for: .unheard).contains(said)
          || calm.repairs(for: .manner).contains(said),
        "after \u{201C}\(line)\u{201D}: \(said)")
      #expect(
        !offeredItems(in: step).contains { $0.text.contains("change your mind") },
        "after \u{201C}\(line)\u{201D}")
      #expect(script.dialogue.state.claim?.claim == "the night buses should be scrapped")
    }
  }

  @Test("a chore or a plain need to go is taking their leave")
  func leaving() {
    for line in [
      "right, i have to start the tea, the kids are back at six",
      "ok i need to get going",
      "i should go, it's getting late",
    ] {
      var script = builtInPartnerScript(["the night buses should be scrapped"])
      script.type(line)
      #expect(script.dialogue.state.stage == .close, "after \u{201C}\(line)\u{201D}")
    }
  }

  @Test("what would change their mind wins over a feeling named with it, and is followed up")
  func changeMindOverFeeling() {
    var script = builtInPartnerScript(["the new bypass will ruin the village"])
    let step = script.type(
      "the traffic still bothers me. i'd want to see how the high street does after a year")
    let said = firstLine(step) ?? ""
    #expect(!calm.calmLines(for: .openedUp).contains(said), "\(said)")
    let moves = step.events.compactMap { event -> [String]? in
      if case .theySaid(let value) = event { return value.moves }
      return nil
    }
    #expect(moves.first?.contains(AnswerMove.wouldChangeMind.rawValue) == true, "\(moves)")
    #expect(!offeredItems(in: step).contains { $0.text.contains("hardest part") })
  }

  @Test("a map item is a clause or a phrase of two content words, never a lone word")
  func mapItems() {
    var script = builtInPartnerScript(["the new bypass will ruin the village"])
    script.type("hmm. well no i guess not")
    script.type("pet, that shops were closing down i suppose")
    let items = script.dialogue.state.map.theirDigest().flatMap(\.items)
    #expect(!items.contains("\u{201C}not\u{201D}"), "\(items)")
    #expect(!items.contains { $0.contains("pet,") }, "\(items)")
  }

  @Test("a joke said with a laugh gets a light acknowledgement, no story question")
  func joke() {
    var script = builtInPartnerScript(["the night buses should be scrapped"])
    let step = script.type("the only passenger on the last one was a fox haha")
    let texts = offeredItems(in: step).map(\.text)
    #expect(firstLine(step) == calm.calmLines(for: .joke)[0], "\(texts)")
    #expect(!texts.contains { $0.contains("happened then") }, "\(texts)")
    #expect(script.dialogue.state.claim?.claim == "the night buses should be scrapped")
  }

  @Test("a friendly invitation of yours at the close is coached as a closing line")
  func invitationAtTheClose() throws {
    for line in [
      "/me thanks dad, shall we pick this up on sunday?",
      "/me coffee again next week?",
    ] {
      var script = builtInPartnerScript(["the night buses should be scrapped", "ok i gotta go"])
      let step = script.type(line)
      let review = try firstReview(in: step)
      #expect(review.critique.problems == [calm.closingLineVerdict], "\(line)")
      #expect(review.critique.form == QuestionForm.statement.rawValue, "\(line)")
      #expect(review.critique.suggestion == nil, "\(line)")
    }
  }
}
