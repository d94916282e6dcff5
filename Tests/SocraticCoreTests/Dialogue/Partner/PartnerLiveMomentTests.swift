import Testing

@testable import SocraticCore

/// Partner's suggestions are said to someone who is right there: the one who disagrees is the
/// listener, a jab or a hurt is repaired before anything is asked, a plain fact of their own
/// life is never doubted, and a deal struck is not argued again.
@Suite("Partner fits the live moment")
struct PartnerLiveMomentTests {
  private func questions(_ step: DialogueStep) -> [String] {
    offeredItems(in: step).compactMap { item in
      if case .question(let question) = item { return question.text }
      return nil
    }
  }

  private func firstLine(_ step: DialogueStep) -> String? {
    guard case .reflection(let said)? = offeredItems(in: step).first else { return nil }
    return said
  }

  @Test(
    "a question about someone absent who disagrees, or about 'people', is never offered",
    arguments: [
      "How might someone who disagrees with you explain their view?",
      "How might someone with the opposite experience see this?",
      "What would you most want people to understand about that?",
    ])
  func absentOtherIsNoQuestion(text: String) {
    #expect(SuggestionPlanner.isStock(text))
  }

  @Test(
    "told they sound scripted, the listener owns it and asks nothing",
    arguments: [
      "are you reading that off something",
      "is this a survey lol",
      "are you reading off a script or something",
      "why r u asking me all these questions",
      "whats with all the questions today",
      "enough with the questions x",
    ])
  func scriptedIsOwned(line: String) {
    var script = builtInPartnerScript([
      "i think the gym is a waste of money", "/me so you'd cancel the membership?",
    ])
    let step = script.type(line)
    #expect(firstLine(step)?.hasPrefix("Sorry, you're right") == true, "\(offeredItems(in: step))")
    #expect(questions(step).isEmpty, "\(questions(step))")
  }

  @Test("a stung 'wow ok' gets an apology first", arguments: ["wow ok. no.", "ouch. right."])
  func stungGetsAnApology(line: String) {
    var script = builtInPartnerScript([
      "i think the gym is a waste of money", "/me you just hate getting up early",
    ])
    let step = script.type(line)
    #expect(firstLine(step)?.hasPrefix("I'm sorry") == true, "\(offeredItems(in: step))")
  }

  @Test(
    "asked not to make it a thing, it is let be: no question, and the talk does not move on",
    arguments: ["nothing. dont make it a thing", "it was fine, don't make a big deal out of it"])
  func notMakingItAThing(line: String) {
    var script = builtInPartnerScript([
      "i think the gym is a waste of money", "/me what happened there last week?",
    ])
    let step = script.type(line)
    #expect(firstLine(step) == "Fair enough, I won't push.", "\(offeredItems(in: step))")
    #expect(questions(step).isEmpty, "\(questions(step))")
    let stages = step.events.filter {
      if case .stage = $0 { return true }
      return false
    }
    #expect(stages.isEmpty)
  }

  @Test(
    "a plain fact of their own life is never doubted",
    arguments: [
      "the old tent is still in my loft"
    ])
  func plainFactIsNotDoubted(line: String) {
    var script = builtInPartnerScript([
      "i reckon camping is a waste of a summer", "/me what was the last trip like?",
    ])
    let step = script.type(line)
    let asked = questions(step)
    // Given back as told, in their words, and nothing asked of how they know it.
    #expect(step.suggestedReflection == "So the old tent is still in your loft.", "\(asked)")
    #expect(
      !asked.contains {
        $0.hasPrefix("How do you know") || $0.hasPrefix("What makes you confident")
          || $0.hasPrefix("How could you check")
      }, "\(asked)")
  }

  @Test(
    "a deal struck is taken graciously and not argued again",
    arguments: [
      "ok two nights then. i could live with that",
      "fine, the small one. im ok with that",
    ])
  func dealIsNotArguedAgain(line: String) {
    var script = builtInPartnerScript([
      "i think a week in a caravan is too long", "/me what if we did a shorter trip?",
    ])
    let step = script.type(line)
    #expect(firstLine(step) == "Thanks for hearing me out on that.", "\(offeredItems(in: step))")
    let arguing = questions(step).filter {
      $0.contains("sure") || $0.contains("reasons") || $0.contains("How do you know")
        || $0.contains("How common")
    }
    #expect(arguing.isEmpty, "\(questions(step))")
  }

  @Test(
    "a line given back with their chat pasted in is not whole English",
    arguments: [
      "So nah the new tram is a waste.",
      "So yeah the cafe is dearer.",
      "So mad isn't it.",
      "So they are now.",
    ])
  func pastedChatIsNotWhole(line: String) {
    #expect(!PartnerGrammar.isWhole(line))
  }
}
