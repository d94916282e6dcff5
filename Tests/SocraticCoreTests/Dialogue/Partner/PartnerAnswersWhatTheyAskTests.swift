import Testing

@testable import SocraticCore

/// What they ask the listener straight out is answered first: when and where the two of them
/// meet, whether the listener will come, what the listener would do, even with a dig or a
/// goodbye said with it. Nothing hands it back to them unanswered, and the question claims
/// nothing and moves the talk nowhere.
@Suite("Partner answers what they ask")
struct PartnerAnswersWhatTheyAskTests {
  /// A personal talk, with the listener's question just before the line.
  private func after(_ line: String) -> DialogueStep {
    var script = partnerScript()
    script.type("honestly ive been thinking of leaving the band, its not fun anymore")
    script.type("/me what changed for you?")
    return script.type(line)
  }

  /// The stage notices of a step.
  private func notices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output in
      if case .notice(let text, _) = output { return text }
      return nil
    }
  }

  @Test(
    "asked when or where they meet, the first thing offered is to answer it plainly",
    arguments: [
      "idk. cant explain it. anyway what time friday then",
      "meh whatever. when r u picking me up tmrw",
      "its just different now. where are we meeting, the usual place?",
      "dunno really. saturday still ok?",
      "not now tho, im knackered lol. half 7 yeah?",
    ])
  func arrangement(line: String) {
    let step = after(line)
    #expect(step.suggestions.first?.label == "answer")
    #expect(step.suggestions.first?.text.hasPrefix("Answer it plainly first") == true)
    #expect(step.suggestedQuestions.isEmpty)
    #expect(notices(step).isEmpty)
  }

  @Test(
    "asked whether the listener will come or help, the first thing offered is to say so",
    arguments: [
      "will u come with me when i tell them? i cant do it on my own",
      "could you drive me to the last gig, my car's knackered",
    ])
  func joiningThem(line: String) {
    let step = after(line)
    #expect(step.suggestions.first?.label == "answer")
    #expect(step.suggestions.first?.text.contains("whether you will") == true)
    #expect(step.suggestedQuestions.isEmpty)
  }

  @Test(
    "a question about the listener said with a dig is answered first, the dig met after",
    arguments: [
      "omg ur as bad as my dad. what would you do then, genius",
      "ugh you sound like my mum. be honest would u do it yourself?",
    ])
  func answeredThroughADig(line: String) {
    let items = after(line).suggestions
    #expect(items.first?.label == "answer")
    #expect(items.first?.text.contains("what you'd do") == true)
    #expect(!items.contains { $0.text == "How does it look from where you're sitting?" })
  }

  @Test(
    "asked about the next meeting while going, it is answered before the goodbye",
    arguments: [
      "right gotta dash, bus is here. thurs yeah?",
      "ok i better go, my tea's ready. what time sunday?",
    ])
  func answeredAsTheyGo(line: String) {
    let items = after(line).suggestions
    #expect(items.first?.label == "answer")
    #expect(items.dropFirst().allSatisfy { $0.label(at: .close) == "close" })
    #expect(items.count >= 2)
  }

  @Test("a day checked in a story is no question about meeting")
  func dayInAStory() {
    let step = after("we played on saturday and nobody even clapped. like what was the point?")
    #expect(step.suggestions.first?.label != "answer")
  }
}

/// Asked not to press on what they touched ("dont set me off"), partner lets it be: a light
/// line, no question that digs, and no goodbye, since they are still talking.
@Suite("Partner lets it be when asked")
struct PartnerLetsItBeTests {
  @Test(
    "asked not to get deep, the only thing offered lets it be, and the talk goes on",
    arguments: [
      "my grandad always said hed take me fishing up there. never got round to it. anyway dont get all soppy on me lol",
      "i still keep his voicemails tbh. dont set me off",
      "she used to love that caravan. lets not go there today haha",
    ])
  func lettingItBe(line: String) {
    var script = partnerScript()
    script.type("im gonna buy a little campervan and go round scotland in the summer")
    script.type("/me what's pulling you towards scotland?")
    let step = script.type(line)
    #expect(step.suggestions.map(\.label) == ["reflect"])
    let said = step.suggestedReflection ?? ""
    #expect(said == "Fair enough, I won't push.")
    let notices = step.outputs.compactMap { output -> String? in
      if case .notice(let text, _) = output { return text }
      return nil
    }
    #expect(!notices.contains { $0.contains("winding up") })
  }

  @Test("asked not to be pressed while asking when they meet, the answer comes first")
  func letItBeAndAnswer() {
    var script = partnerScript()
    script.type("im gonna buy a little campervan and go round scotland in the summer")
    let step = script.type("dad wouldve loved it. dont set me off. what time saturday")
    #expect(step.suggestions.map(\.label) == ["answer", "reflect"])
    #expect(step.suggestedReflection == "Fair enough, I won't push.")
  }
}
