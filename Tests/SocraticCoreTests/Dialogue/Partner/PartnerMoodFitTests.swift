import Testing

@testable import SocraticCore

/// What is offered fits the mood of the turn: mockery is heard as the frustration it is, anger
/// at the listener is owned, a request to back off is honoured, fondness is met as fondness.
@Suite("Partner: the line to say fits the mood")
struct PartnerMoodFitTests {
  private static let claim = "the council wants to close our library"

  @Test(
    "praise before one more of something mocks it: the frustration is heard, nothing asked",
    arguments: [
      "oh wonderful, another cut to something people actually use",
      "fantastic, just what we needed",
      "oh great, more forms to fill in",
    ])
  func mockPraise(line: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "It sounds like you're fed up with the whole thing.",
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "anger at what the listener does is owned and asked about, never met with sympathy",
    arguments: [
      "i hate it when you do that",
      "it really annoys me when you interrupt me",
      "honestly it drives me mad when u check your phone",
    ])
  func angerAtTheListener(line: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "Sorry, that's on me. What is it about it that gets to you?",
      "\(offeredItems(in: step))")
  }

  @Test(
    "asked to stop analysing, however lightly, the listener backs off and asks nothing",
    arguments: [
      "lol stop analysing me", "haha quit trying to fix me", "enough with the therapy lol",
    ])
  func backingOff(line: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    #expect(step.suggestedReflection == "Fair enough, I won't push.", "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "the listener's knack of lifting them is warmth, never an absolute to question",
    arguments: ["haha you always know how to cheer me up", "you always make me laugh"])
  func fondOfTheListener(line: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "That's nice to hear. I'm glad we're talking.",
      "\(offeredItems(in: step))")
    #expect(!step.suggestedQuestions.contains { $0.text.contains("always") })
  }

  @Test(
    "a fond memory is met as fondness: no sympathy, no joke set aside, no rating",
    arguments: [
      "god i miss those summers at the caravan, we laughed so much",
      "remember when we got lost in wales? best day ever haha",
      "found all our old school photos, it brought back such happy memories",
    ])
  func fondMemory(line: String) {
    var script = builtInPartnerScript(["i've been clearing out mum's loft"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection == "It sounds like those are really happy memories for you.",
      "\(offeredItems(in: step))")
    let texts = step.suggestedQuestions.map(\.text)
    #expect(!texts.isEmpty)
    #expect(
      texts.allSatisfy { PartnerLines.aboutAFondMemory.map(\.text).contains($0) }, "\(texts)")
  }

  @Test("the moment's own line is never offered twice: once each was said, another is found")
  func ownLineNeverTwice() {
    var script = builtInPartnerScript([Self.claim])
    let reflections = [
      "oh brilliant, another closure", "fantastic, just what the town needed",
      "oh lovely, another meeting about it",
    ].compactMap { script.type($0).suggestedReflection }
    #expect(Set(reflections).count == reflections.count, "\(reflections)")
  }
}

/// An outcry at an amount ("twelve quid! for a keyring!") is given back with what it does to
/// them: no question of how sure they are, no number read as a rating, no reason to weigh.
@Suite("Partner: an outcry is heard, never rated")
struct PartnerOutcryTests {
  @Test(
    "an outcry is given back with what it does to them, and nothing is asked",
    arguments: [
      ("nine pounds! for a pint!", "Nine pounds for a pint! No wonder it gets to you."),
      ("£14! for a programme!", "£14 for a programme! No wonder it gets to you."),
      ("forty minutes! on hold!", "Forty minutes on hold! No wonder it gets to you."),
    ] as [(String, String)])
  func outcry(line: String, expected: String) {
    var script = builtInPartnerScript(["the festival prices are out of hand"])
    let step = script.type(line)
    #expect(step.suggestedReflection == expected, "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.map.confidence == nil)
  }

  @Test("a sentence with a verb and a number is no outcry")
  func notAnOutcry() {
    #expect(!TheirWords.isOutcry(TheirWords.typedTokens(of: "i paid nine pounds for a pint!")))
    #expect(!TheirWords.isOutcry(TheirWords.typedTokens(of: "for a pint")))
  }
}

/// A loss is met with sympathy for the one who died, named as they named them: "my wife's
/// father" is the father, never the wife; "lost my gran last month" is a loss without its "i".
@Suite("Partner: sympathy names the one who died")
struct PartnerWhoDiedTests {
  @Test(
    "the one who died is the last of a chain of family words, and asked about as them",
    arguments: [
      ("my wife's father died on tuesday", "your wife's father", "him"),
      ("my best mate's mum passed away last week", "your best mate's mum", "her"),
    ] as [(String, String, String)])
  func chainOfKin(line: String, whom: String, object: String) {
    var script = builtInPartnerScript(["i have been a bit quiet lately"])
    let step = script.type(line)
    #expect(step.suggestedReflection == "I'm so sorry about \(whom).", "\(offeredItems(in: step))")
    let texts = step.suggestedQuestions.map(\.text)
    #expect(texts.contains("What do you miss most about \(object)?"), "\(texts)")
  }

  @Test("a loss typed without its 'i' is heard first, before any question")
  func lossWithoutI() {
    var script = builtInPartnerScript(["i have been a bit quiet lately"])
    let step = script.type("lost my grandmother last month")
    #expect(
      step.suggestedReflection == "I'm so sorry about your grandmother.",
      "\(offeredItems(in: step))")
  }
}
