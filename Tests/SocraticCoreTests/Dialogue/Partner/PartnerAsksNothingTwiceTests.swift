import Testing

@testable import SocraticCore

/// A question they have answered is never offered again in other words, and a plan they name
/// is asked about as it is, never as one they might not keep.
@Suite("Partner asks nothing twice")
struct PartnerAsksNothingTwiceTests {
  @Test(
    "once asked what they wish the listener understood, a hurt is not met by asking it again",
    arguments: [
      "ugh you always make me feel like a child about money",
      "u just make me feel so stupid when we talk about this",
    ])
  func wishUnderstoodAsked(line: String) {
    var script = partnerScript()
    script.type("im dropping out of uni to do an apprenticeship, ive basically decided")
    script.type("/me what do you wish i understood about it?")
    let questions = script.type(line).suggestedQuestions.map { $0.text.lowercased() }
    #expect(!questions.isEmpty)
    #expect(!questions.contains { $0.contains("not getting") || $0.contains("wish") })
  }

  @Test("the same question in another tense is the same question")
  func sameQuestionOtherTense() {
    let before = WordingKey("How did your mates take it?")
    #expect(WordingKey("How are your mates taking it?").isNearDuplicate(of: before))
    #expect(
      WordingKey("How is your dad taking the news?")
        .isNearDuplicate(of: WordingKey("How did your dad take the news?")))
  }

  @Test(
    "a plan just told is never asked what would keep them at it",
    arguments: [
      "im putting my bonus into a food truck, gonna do burgers at festivals",
      "i'll book a one way ticket to lisbon in may",
    ])
  func planNotDoubted(line: String) {
    var script = partnerScript()
    let questions = script.type(line).suggestedQuestions.map { $0.text.lowercased() }
    #expect(!questions.contains { $0.contains("stick with") })
  }
}

/// A hurt that others did them is heard as theirs: the listener says sorry only for what the
/// listener did, and nothing asks what they have seen or heard of it.
@Suite("Partner hears a hurt others did")
struct PartnerHearsAHurtOthersDidTests {
  private func after(_ line: String) -> DialogueStep {
    var script = partnerScript()
    script.type("since the fall i just feel like a spare part tbh")
    script.type("/me what's been the hardest bit?")
    return script.type(line)
  }

  @Test(
    "told of others, no apology; told of the listener, an apology",
    arguments: [
      (
        "everybody talks to me like im made of china now. my son rang and did his careful voice. im not helpless",
        false
      ),
      ("my daughter keeps trying to sort me out lol. im not a charity case", false),
      ("you keep trying to sort me out. im not a charity case", true),
    ])
  func hurt(line: String, isTheListeners: Bool) {
    let step = after(line)
    let said = step.suggestedReflection ?? ""
    #expect(said.hasPrefix("I'm sorry") == isTheListeners)
    if !isTheListeners {
      #expect(!step.suggestedQuestions.contains { $0.text.contains("seen or heard") })
    }
  }
}
