import Testing

@testable import SocraticCore

private let calm = PartnerLines.self

private let evs = "electric cars are a total scam"
private let mayor = "the mayor is gonna win in a landslide"
private let team = "AI is gonna replace half your team by next year"

/// Conversations with the words people press a claim with ("you'll see", "trust me", "no
/// joke"), cries said as questions, defending themselves, passing something at the table, and
/// leaving: what they say is given back in good English, and when they go they are let go.
let leavingConversations: [PartnerConversation] = [
  PartnerConversation(
    name: "an uncle on electric cars: a tag, a story, a cry, a defence, the gravy, a goodbye",
    turns: [
      // "you'll see" presses the claim; it is no part of it.
      PartnerTurn(
        line: "electric cars are a total scam, you'll see",
        reflection: .exactly("So you think \(evs)."), firstKind: .clarification, stage: .claim,
        claim: evs),
      PartnerTurn(
        line: "my buddy Lou bought one in 2021 and the battery died after three winters",
        reflection: .containing("your buddy Lou bought one in 2021"), firstKind: .evidence,
        stage: .reasons, claim: evs),
      // A cry of disbelief is what they feel about what they said, not a question to answer.
      PartnerTurn(
        line: "and the dealer wanted eleven grand to fix it. how is that even legal",
        reflection: .exactly(
          "So the dealer wanted eleven grand to fix it, and that makes no sense to you."),
        stage: .reasons, claim: evs),
      // Defending themselves is never said back; what they grant is.
      PartnerTurn(
        line: "look i'm not an idiot. i know gas is dirty too",
        reflection: .exactly("So you'd grant that gas is dirty too."), firstKind: .clarification,
        stage: .reasons, claim: evs),
      // The gravy, asked for while they say what matters to them, is banter: no close.
      PartnerTurn(
        line: "it's about my grandkids breathing this air. pass the gravy will ya",
        reflection: .exactly("So it's about your grandkids breathing this air."),
        stage: .reasons, claim: evs),
      // A wish to stop is respected even as they waver: what they shared is acknowledged.
      PartnerTurn(
        line: "honestly i don't know anymore, kiddo. let's just eat",
        reflection: .exactly(calm.acknowledgingWhatTheyShared), stage: .close, claim: evs),
      PartnerTurn(
        line: "thanks, this was nice",
        reflection: .exactly(calm.farewells(thanked: true, sharedSomething: false)[0]),
        stage: .close,
        claim: evs),
    ]),
  PartnerConversation(
    name: "a friend on the mayor's race: a tag, a feeling, a cry alone, a rating, gotta go",
    turns: [
      PartnerTurn(
        line: "the mayor is gonna win in a landslide, trust me",
        reflection: .exactly("So you think \(mayor)."), stage: .claim, claim: mayor),
      // Tired of something is a feeling, never a new claim.
      PartnerTurn(
        line: "i'm just tired of hearing the other guy whine",
        reflection: .exactly("It sounds like you're just tired of hearing the other guy whine."),
        firstKind: .clarification, stage: .claim, claim: mayor),
      // A cry and nothing else lets out a feeling: never "So you think what are you doing".
      PartnerTurn(
        line: "ugh. what are we even doing", reflection: .exactly(calm.cry(.despair)),
        stage: .claim, claim: mayor),
      PartnerTurn(
        line: "like 85 percent, could be wrong though", reflection: .exactly(calm.rating(85)),
        stage: .confidence, claim: mayor),
      PartnerTurn(
        line: "ok i gotta head out, thanks for listening man",
        reflection: .exactly(calm.calmLines(for: .leaving)[0]), stage: .close, claim: mayor),
    ]),
  PartnerConversation(
    name: "a sister on AI at work: a tag, her manager's word, a rating, gotta run, gone",
    turns: [
      PartnerTurn(
        line: "AI is gonna replace half my team by next year, no joke",
        reflection: .exactly("So you think \(team)."), stage: .claim, claim: team),
      PartnerTurn(
        line: "my manager told us in a meeting last week that headcount is frozen",
        reflection: .exactly(
          "So your manager told you in a meeting last week that headcount is frozen."),
        stage: .confidence, claim: team),
      // A bare number up to 10 rates out of 10.
      PartnerTurn(
        line: "I'd say 8", reflection: .exactly(calm.rating(80)), stage: .confidence, claim: team),
      PartnerTurn(
        line: "gotta run, love you", reflection: .exactly(calm.calmLines(for: .leaving)[0]),
        stage: .close, claim: team),
      PartnerTurn(
        line: "bye!!",
        reflection: .exactly(calm.farewells(thanked: false, sharedSomething: false)[0]),
        stage: .close, claim: team),
    ]),
]

@Suite("Partner lets them go, and asks only what it does not know")
struct PartnerLeavingTests {
  @Test("taking their leave gets lines to say: what they said as they go, thanks, what you see")
  func leaving() {
    var script = builtInPartnerScript(["school phones should be locked away all day"])
    let step = script.type(
      "i'd settle for phones off during tests honestly. ok i gotta go, thanks for listening")
    #expect(
      offeredItems(in: step) == [
        .reflection("So you'd settle for phones off during tests."),
        .reflection(calm.calmLines(for: .leaving)[0]),
        .reflection(
          "I'll keep thinking about what you said, that school phones should be locked away "
            + "all day. We can pick it up again any time."),
      ])
    #expect(script.dialogue.state.stage == .close)
  }

  @Test("passing something at the table right after they opened up is banter, not a close")
  func banterAfterOpeningUp() {
    var script = builtInPartnerScript([
      "the pension cuts are a disgrace", "honestly i'm scared for my mom",
    ])
    let step = script.type("pass the salt")
    #expect(script.dialogue.state.stage != .close)
    #expect(offeredItems(in: step).contains { $0.kind != nil })
  }

  @Test("a line of yours at the close that thanks them is a fitting close, not an opinion")
  func closingLineCoached() throws {
    var script = builtInPartnerScript(["school phones should be locked away all day", "gotta run"])
    let step = script.type("/me ok, get some sleep. text me how the test goes")
    let review = try firstReview(in: step)
    #expect(review.critique.problems == [calm.closingLineVerdict])
    #expect(review.critique.suggestion == nil)
  }

  @Test("what a story or a number already answered is not asked again")
  func answeredNotAsked() {
    var script = builtInPartnerScript(["the new stadium is a waste of money"])
    script.type("my cousin lost his shop when they cleared the lot for it")
    let step = script.type("like 90 percent")
    let texts = offeredItems(in: step).map(\.text)
    for text in texts {
      #expect(!text.contains("first led you"), "\(text)")
      #expect(!text.contains("as sure as you are"), "\(text)")
      #expect(!text.contains("How sure are you"), "\(text)")
    }
  }

  @Test("the condition they name as what would change their mind is followed up, not asked")
  func conditionFollowedUp() {
    var script = builtInPartnerScript([
      "the new stadium is a waste of money", "/stage falsifiability",
    ])
    let step = script.type("if the team actually paid for it, that might change my mind")
    let texts = offeredItems(in: step).filter { $0.kind != nil }.map(\.text)
    let followUps = [
      "What are the chances of that happening, as you see it?",
      "What would you do differently if that happened?",
    ]
    #expect(texts.first.map(followUps.contains) == true, "\(texts)")
    #expect(!texts.contains { $0.contains("change your mind") })
  }

  @Test("people a charge at the listener mocks are not where their view comes from")
  func mockedSourceIsNotTheirs() {
    var script = builtInPartnerScript(["the new stadium is a waste of money"])
    script.type("oh here we go, you sound like the guys on the news. 'the experts say' lol")
    #expect(script.dialogue.state.map.sources.isEmpty)
  }
}
