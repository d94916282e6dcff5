import Testing

@testable import SocraticCore

/// A turn that says less than it means is never met with an invitation to go on: a subject
/// they ask to stop is let be with a way out, the listener going ahead without them is owned,
/// a feeling half admitted is given back as admitted, a resigned "fine" is not taken at its
/// word.
@Suite("Partner: moments that matter get more than a go-on")
struct PartnerMomentsThatMatterTests {
  @Test(
    "asked to stop a subject, the listener leaves it, offers a way out and asks nothing",
    arguments: [
      "can we not talk about the graduation, i'll get upset",
      "i'd rather not talk about the move tonight",
      "could we not do the christening stuff today",
    ])
  func stoppingASubject(line: String) {
    var script = builtInPartnerScript(["my brother is moving to canada in june"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "Of course, we can leave that. Want to talk about something else?",
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "the listener going ahead without them is owned and what it was like asked",
    arguments: [
      "you told dad already? without asking me?",
      "you booked the table behind my back",
      "why did you tell him about the dent",
    ])
  func wentAheadWithoutThem(line: String) {
    var script = builtInPartnerScript(["we're selling grandad's old car"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "You're right, I should have asked you first. How did it feel to find out that way?",
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "a feeling denied then half admitted is given back as admitted",
    arguments: [
      ("i wasnt bothered. well. a bit.", "So you were a bit bothered after all."),
      ("im not jealous. ok maybe a little", "So you're a little jealous after all."),
      ("i wasn't upset. kind of.", "So you were kind of upset after all."),
    ])
  func admissionUnderADenial(line: String, expected: String) {
    var script = builtInPartnerScript(["my cousin got the part in the play"])
    let step = script.type(line)
    #expect(step.suggestedReflection == expected, "\(offeredItems(in: step))")
    #expect(!step.suggestedQuestions.contains { $0.text.contains("0 to 100") })
  }

  @Test(
    "a resigned fine is not taken at its word",
    arguments: ["whatever. its fine", "fine. do what you want", "it's fine i guess"])
  func resignedFine(line: String) {
    var script = builtInPartnerScript(["the school trip got cancelled"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "That doesn't sound quite fine. We can leave it, or you can tell me what's up.",
      "\(offeredItems(in: step))")
    #expect(!step.suggestedQuestions.contains { $0.text.contains("0 to 100") })
  }

  @Test("a plain fine said of a plan is still taken as it is")
  func plainFine() {
    var script = builtInPartnerScript(["the school trip got cancelled"])
    let step = script.type("the teachers said its fine to go next term instead")
    #expect(
      step.suggestedReflection
        != "That doesn't sound quite fine. We can leave it, or you can tell me what's up.")
  }
}

/// Agreement reached or a view softened is heard as such and moves towards the close: never
/// read as a rating, never the old view probed again.
@Suite("Partner: agreement and softening move towards the close")
struct PartnerAgreementAndSofteningTests {
  @Test(
    "a plan the two now share is reflected as agreed, never rated",
    arguments: ["ok maybe we ring him and buy the cake", "ok let's do both"])
  func sharedPlan(line: String) {
    var script = builtInPartnerScript(["we should do something for dad's birthday"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "Sounds like a plan we're both happy with. Anything else on your mind about it?",
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "a softening is heard, and the old view is not probed",
    arguments: [
      "i suppose asking doesnt hurt", "there's no harm in trying i guess", "might be worth a go",
    ])
  func softening(line: String) {
    var script = builtInPartnerScript(["i dont want to ask the landlord about the boiler"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "So you're a bit more open to it than you were. How does that feel?",
      "\(offeredItems(in: step))")
    #expect(!step.suggestedQuestions.contains { $0.text == "What makes you see it that way now?" })
  }
}

/// What someone of theirs is going through is their news, never a belief to check.
@Suite("Partner: family news is listened to, never examined")
struct PartnerFamilyNewsTests {
  @Test(
    "no evidence or opposite-view question after news of someone of theirs",
    arguments: [
      "mum is moving house", "my sister is getting married in june",
      "my son is struggling at school",
    ])
  func familyNews(line: String) {
    let script = builtInPartnerScript([line])
    let texts = script.last.suggestedQuestions.map { $0.text.lowercased() }
    #expect(!texts.contains { $0.contains("convinced you") || $0.contains("come to believe") })
    #expect(!texts.contains { $0.contains("disagree") || $0.contains("thoughtful person") })
  }
}
