import Testing

@testable import SocraticCore

/// A point granted to the listener is given back as the point they grant and listed under
/// "What they granted" as typed; how sure they said they were is recorded as a confidence, in
/// their words, never as a point granted; a middling rating is asked what keeps it from either
/// end; a goodbye of the listener's own is coached as a closing line.
@Suite("Partner: points granted, ratings, and the listener's goodbye")
struct PartnerGrantsAndRatingsTests {
  private static let claim = "the new bike lanes on the high street are a disaster"

  @Test(
    "a point granted to the listener is given back as the point they grant",
    arguments: [
      (
        "ok i'll grant you the bike lanes are safer for kids",
        "So you'd grant that the bike lanes are safer for kids."
      ),
      (
        "fair point about the delivery vans tbh",
        "So you'd grant the point about the delivery vans."
      ),
      (
        "yeah alright, that's true about the parking", "So you'd grant the point about the parking."
      ),
      (
        "the cafe's doing better, i'll give you that",
        "So you'd grant that the cafe's doing better."
      ),
    ] as [(String, String)])
  func pointGranted(line: String, expected: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    #expect(step.suggestedReflection == expected, "\(offeredItems(in: step))")
  }

  @Test("a huffy 'oh fair enough then' is met as frustration and grants nothing")
  func huff() {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type("oh fair enough then")
    #expect(PartnerLines.underSarcasm.contains(step.suggestedReflection ?? ""))
    #expect(
      script.dialogue.state.map.theirDigest().allSatisfy { $0.heading != "What they granted" })
  }

  /// The summary of a partner session in which these lines were typed.
  private func summary(_ lines: [String]) -> SessionSummary {
    var script = builtInPartnerScript(lines)
    script.type("/quit")
    return SessionSummary(DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
  }

  @Test("how sure they said they were is their confidence, quoted as typed, never a point granted")
  func ratingRecorded() {
    let summary = summary([
      Self.claim, "i'd say 70 percent sure", "ok i'll grant you the bike lanes are safer for kids",
      "i dunno, maybe the bus stop had to move cos of the vans",
    ])
    #expect(summary.confidenceBefore == 70)
    let sections = summary.mapDigest
    let sure = sections.first { $0.heading == "How sure they said they were" }
    #expect(sure?.items == ["\u{201C}i'd say 70 percent sure\u{201D}"], "\(sections)")
    let granted = sections.first { $0.heading == "What they granted" }?.items ?? []
    #expect(
      granted == [
        "\u{201C}i'll grant you the bike lanes are safer for kids\u{201D}",
        "\u{201C}maybe the bus stop had to move cos of the vans\u{201D}",
      ], "\(sections)")
  }

  @Test("a rating given again is the confidence at the end")
  func ratingAgain() {
    let summary = summary([
      Self.claim, "80% sure", "fair point about the vans", "65 percent sure now",
    ])
    #expect(summary.confidenceBefore == 80)
    #expect(summary.confidenceAfter == 65)
  }

  @Test(
    "a middling rating is asked what keeps it from either end, not what makes them sure",
    arguments: ["about 55, maybe 60", "50/50 really, 50 out of 100"])
  func middlingRating(_ line: String) {
    var script = builtInPartnerScript([Self.claim])
    let questions = script.type(line).suggestedQuestions.map(\.text)
    #expect(
      questions.contains("What keeps it from being any higher?")
        || questions.contains("What makes it as high as that, rather than lower?"), "\(questions)")
    #expect(!questions.contains { $0.contains("as sure as you are") }, "\(questions)")
  }

  @Test(
    "a goodbye of the listener's own is coached as a closing line",
    arguments: [
      "/me anyway i'd better get going, lovely catching up",
      "/me right i need to head off, good to see you",
    ])
  func listenersGoodbye(_ line: String) throws {
    var script = builtInPartnerScript([Self.claim, "it took ages to get through town on friday"])
    let step = script.type(line)
    let review = try firstReview(in: step)
    #expect(review.critique.problems == [PartnerLines.closingLineVerdict], "\(line)")
  }
}

/// Review of round 56: a concession supposed or denied grants nothing; a count said beside
/// "sure" is no confidence.
@Suite("Partner: denied grants and counted numbers")
struct PartnerDeniedGrantsTests {
  private static let claim = "the new bike lanes on the high street are a disaster"

  /// The summary of a partner session in which these lines were typed.
  private func summary(_ lines: [String]) -> SessionSummary {
    var script = builtInPartnerScript(lines)
    script.type("/quit")
    return SessionSummary(DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
  }

  @Test(
    "a concession supposed or denied is no point granted",
    arguments: [
      "if that's true then the council lied to the whole street",
      "i dont think thats true about the buses",
      "none of that's true, the shops were empty before",
      "i'll grant you nothing, mate",
    ])
  func deniedGrant(line: String) {
    var script = builtInPartnerScript([Self.claim])
    let step = script.type(line)
    let reflection = step.suggestedReflection ?? ""
    #expect(!reflection.hasPrefix("So you'd grant"), "\(offeredItems(in: step))")
    #expect(reflection != "Thanks for hearing me out on that.", "\(offeredItems(in: step))")
    let sections = summary([Self.claim, line]).mapDigest
    #expect(sections.allSatisfy { $0.heading != "What they granted" }, "\(sections)")
  }

  @Test(
    "a number that counts things beside 'sure' is no confidence",
    arguments: [
      "i'm not sure, maybe 5 accidents since april",
      "im sure like 40 cyclists have come off since",
    ])
  func countIsNoRating(line: String) {
    let summary = summary([Self.claim, line])
    #expect(summary.confidenceBefore == nil)
    #expect(summary.mapDigest.allSatisfy { $0.heading != "How sure they said they were" })
  }
}

/// Review of round 56: leave-taking words that go on with the topic are no goodbye.
@Suite("Partner: the listener's leave-taking words that go on with the topic")
struct PartnerListenerNotLeavingTests {
  @Test(
    "the listener's opinion or plan with 'go' in it is coached as their opinion, not a closing line",
    arguments: [
      ("/me i have to go with you on that one, the parking is a nightmare", "your opinion"),
      ("/me we should get going on a petition to the council", "advice"),
    ])
  func notAClosingLine(_ line: String, verdict: String) throws {
    var script = builtInPartnerScript([
      "the new bike lanes on the high street are a disaster",
      "it took ages to get through town on friday",
    ])
    let step = script.type(line)
    let review = try firstReview(in: step)
    #expect(
      review.critique.problems.contains { $0.hasPrefix(verdict) }, "\(review.critique.problems)")
  }
}
