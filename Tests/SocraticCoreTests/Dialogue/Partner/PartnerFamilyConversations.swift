import Testing

@testable import SocraticCore

private let calm = PartnerLines.self

private let jobs = "these people coming over the border are taking all the jobs"
private let casino = "crypto is a casino for idiots and you were one of the idiots"
private let social = "social media isn't that bad"
private let team = "AI is going to replace half of our team within two years"

/// Conversations with family, friends and colleagues as they are typed at the table: a worry
/// said with "just", a story told with a verb that may be present ("I put"), a feeling something
/// "makes me feel", "you don't get it" after a tag, asking leave, what it would "take seeing",
/// and jokes that are no evidence.
let familyConversations: [PartnerConversation] = [
  PartnerConversation(
    name: "a dad on immigration: a rating, a buddy's story, a laugh, a charge, a worry, the game",
    turns: [
      PartnerTurn(
        line: "honestly these people coming over the border are taking all the jobs",
        reflection: .exactly("So you think \(jobs)."), stage: .claim, claim: jobs),
      PartnerTurn(
        line: "I mean I'm like 90 percent sure, look at the construction sites",
        reflection: .exactly("So you'd put it at about 90 out of 100."), stage: .confidence,
        claim: jobs),
      PartnerTurn(
        line: "my buddy Rick lost his contracting gig to a crew that works for half",
        reflection: .containing("your buddy Rick lost his contracting gig"),
        firstKind: .evidence, stage: .reasons, claim: jobs),
      PartnerTurn(
        line: "haha you should've seen his face, he looked like he'd seen a ghost",
        reflection: .exactly(calm.calmLines(for: .joke)[0]), stage: .reasons, claim: jobs),
      PartnerTurn(
        line: "the news says crime is way up too",
        reflection: .containing("the news says crime is way up"), firstKind: .evidence,
        stage: .reasons, claim: jobs),
      // Likened to the listener's own family: owned from the listener's side, with its own
      // question, never given back as "So you sound like …".
      PartnerTurn(
        line: "you sound like your mother",
        reflection: .containing("maybe I am a bit like that"), stage: .reasons, claim: jobs),
      PartnerTurn(
        line: "ok fine, maybe not all of them. your grandpa came over from Italy with nothing",
        reflection: .containing("not all one way"), firstKind: .clarification, stage: .reasons,
        claim: jobs),
      // A worry said with "just" is opened up, never a new claim to question.
      PartnerTurn(
        line: "I just worry about what kind of country you kids will end up in",
        reflection: .containing("weighs on you"), firstKind: .clarification, stage: .reasons,
        claim: jobs),
      PartnerTurn(
        line: "anyway gotta go, the game's on",
        reflection: .exactly(calm.acknowledgingWhatTheyShared), stage: .close, claim: jobs),
    ]),
  PartnerConversation(
    name: "a friend on crypto losses: a story, a therapist, a doubt, a 'lol jk', a trailer, thanks",
    turns: [
      PartnerTurn(
        line: "crypto is basically a casino for idiots and I was one of the idiots lol",
        reflection: .exactly("So you think \(casino)."), stage: .claim, claim: casino),
      // A story told with a form that may be present ("put") and one that is only past
      // ("swore"): what happened to them, never a new claim.
      PartnerTurn(
        line: "I put like 8 grand into some coin my coworker swore by",
        reflection: .containing("8 grand into some coin your coworker swore by"),
        firstKind: .clarification, stage: .reasons, claim: casino),
      PartnerTurn(
        line: "it went to zero in like two weeks",
        reflection: .exactly("So it went to zero in two weeks."), stage: .reasons,
        claim: casino),
      PartnerTurn(
        line: "my therapist said I should stop beating myself up about it",
        reflection: .containing("your therapist said"), firstKind: .viewpoints,
        stage: .reasons, claim: casino),
      PartnerTurn(
        line: "idk, maybe the tech is real but the coins are all pump and dumps",
        reflection: .containing("maybe the tech is real"), firstKind: .clarification,
        stage: .reasons, claim: casino),
      PartnerTurn(
        line: "if someone showed me a coin that's actually used for something I'd rethink it",
        reflection: .exactly(
          "So if someone showed you a coin that's actually used for something, you'd rethink it."
        ), stage: .falsifiability, claim: casino),
      PartnerTurn(
        line: "lol jk I'm never touching it again",
        reflection: .exactly(calm.calmLines(for: .joke)[0]), stage: .falsifiability,
        claim: casino),
      PartnerTurn(
        line: "did you see the new Dune trailer btw",
        reflection: .containing("Going back to what you were saying"), stage: .falsifiability,
        claim: casino),
      PartnerTurn(
        line: "anyway thanks for listening man",
        reflection: .exactly(calm.calmLines(for: .leaving)[0]), stage: .close, claim: casino),
    ]),
  PartnerConversation(
    name: "a teen on social media: a party, the doctor, 'you don't get it', a feeling, leave",
    turns: [
      PartnerTurn(
        line: "social media isn't that bad, you guys are just paranoid",
        reflection: .exactly("So you think \(social)."), stage: .claim, claim: social),
      PartnerTurn(
        line: "everyone at school is on it, if I'm not I miss everything",
        reflection: .exactly("So everyone at school is on it."), stage: .reasons, claim: social),
      PartnerTurn(
        line: "like last week there was a party and I only found out from a story",
        reflection: .containing("there was a party and you only found out from a story"),
        firstKind: .clarification, stage: .reasons, claim: social),
      PartnerTurn(
        line: "my doctor said screen time isn't the problem, it's sleep",
        reflection: .containing("your doctor said screen time isn't the problem"),
        firstKind: .viewpoints, stage: .reasons, claim: social),
      // After a tag, telling the listener they don't get it is a feeling of not being heard.
      PartnerTurn(
        line: "whatever, you don't get it",
        reflection: .exactly(calm.calmLines(for: .unheard)[0]), firstKind: .viewpoints,
        stage: .reasons, claim: social),
      PartnerTurn(
        line: "ok maybe I'm on it too much at night",
        reflection: .containing("you're on it too much at night"), stage: .reasons,
        claim: social),
      // What something "makes me feel" is a feeling, taken up as one.
      PartnerTurn(
        line: "sometimes it makes me feel like everyone's life is better than mine",
        reflection: .exactly(
          "It sounds like sometimes it makes you feel like everyone's life is better than yours."),
        firstKind: .implications, stage: .reasons, claim: social),
      // Asking leave is the close; right after opening up, what they shared is acknowledged.
      PartnerTurn(
        line: "can I go now", reflection: .exactly(calm.acknowledgingWhatTheyShared),
        stage: .close, claim: social),
    ]),
  PartnerConversation(
    name: "a colleague on AI at work: a joke, an article, a rating, a fear, what it would take",
    turns: [
      PartnerTurn(
        line: "AI is going to replace half of our team within two years",
        reflection: .exactly(
          "So you think AI is going to replace half of your team within two years."),
        stage: .claim, claim: team),
      PartnerTurn(
        line: "because it already writes better reports than Dave haha",
        reflection: .exactly(calm.calmLines(for: .joke)[0]), stage: .claim, claim: team),
      PartnerTurn(
        line: "I read an article that said 40 percent of office jobs are exposed",
        reflection: .containing("you read an article that said 40 percent"),
        firstKind: .evidence, stage: .reasons, claim: team),
      PartnerTurn(
        line: "I'm pretty sure, like 8 out of 10",
        reflection: .exactly("So you'd put it at about 80 out of 100."), stage: .reasons,
        claim: team),
      PartnerTurn(
        line: "honestly I'm scared I'm next, I've got a mortgage",
        reflection: .containing("scared you're next"), firstKind: .clarification,
        stage: .reasons, claim: team),
      PartnerTurn(
        line: "but who knows, maybe it just makes us faster",
        reflection: .containing("maybe it just makes you faster"), firstKind: .clarification,
        stage: .reasons, claim: team),
      // What it would "take seeing" is what would change their mind: followed up, not doubted.
      PartnerTurn(
        line: "it'd take seeing a company actually keep its people after rolling it out",
        reflection: .containing("it'd take seeing a company"), firstKind: .inversion,
        stage: .falsifiability, claim: team),
      PartnerTurn(
        line: "anyway gotta run, standup in 5",
        reflection: .exactly(calm.calmLines(for: .leaving)[0]), stage: .close, claim: team),
    ]),
]

@Suite("Partner: jokes are no evidence on the map")
struct PartnerBanterTests {
  @Test(
    "a story said with a laugh is not what they've seen, nor logged as an example",
    arguments: [
      "my cousin lost his savings on a coin last year haha",
      "lol my cousin lost his savings on a coin last year",
    ])
  func banter(_ line: String) {
    var script = builtInPartnerScript(["Crypto is a scam."])
    let logged = script.type(line).events.compactMap { event -> [String]? in
      guard case .theySaid(let value) = event else { return nil }
      return value.moves ?? []
    }
    #expect(logged.first?.contains(AnswerMove.example.rawValue) == false, "\(logged)")
    let map = script.dialogue.state.map
    #expect(map.examples.isEmpty && map.reasons.allSatisfy(\.examples.isEmpty), "\(map)")
    #expect(!map.theirDigest().map(\.heading).contains("What they've seen"))
  }

  @Test("the same story told straight is what they've seen")
  func story() {
    let script = builtInPartnerScript([
      "Crypto is a scam.", "my cousin lost his savings on a coin last year",
    ])
    let map = script.dialogue.state.map
    #expect(!map.examples.isEmpty || map.reasons.contains { !$0.examples.isEmpty }, "\(map)")
  }
}

/// Not knowing said before a comma, something that bugs them, a likening at the listener: none
/// takes over the claim; a story that cannot be given back gives back its reason.
@Suite("Partner: asides keep the claim, and a story is given back as its reason")
struct PartnerKeepsTheClaimTests {
  /// A turn after a claim, and how the line to say must open.
  struct Said: Sendable, CustomTestStringConvertible {
    var line: String
    var opening: String
    var testDescription: String { line }
  }

  @Test(
    "not knowing before a comma, something that bugs them, a likening to grandma: never a claim",
    arguments: [
      Said(line: "I don't know, it just feels lazy to me", opening: "So it just feels lazy"),
      Said(line: "it just bugs me that nobody asks us what we want", opening: "It sounds like"),
      Said(line: "you sound just like grandma", opening: "I'm not trying to win anything"),
    ])
  func keepsTheClaim(_ said: Said) throws {
    var script = builtInPartnerScript(["Using ChatGPT for reports is cheating."])
    let items = offeredItems(in: script.type(said.line))
    #expect(script.dialogue.state.claim?.claim == "using ChatGPT for reports is cheating")
    let first = try #require(items.first)
    guard case .reflection(let line) = first else {
      Issue.record("no line to say: \(items)")
      return
    }
    #expect(line.contains(said.opening), "\(line)")
  }

  @Test("a story whose clauses cannot be given back is given back as the reason it gives")
  func storyAsReason() throws {
    var script = builtInPartnerScript(["Crypto is a scam."])
    let items = offeredItems(in: script.type("I put 8 grand into some coin my coworker swore by"))
    guard case .reflection(let line)? = items.first else {
      Issue.record("no line to say: \(items)")
      return
    }
    #expect(line == "So you put 8 grand into some coin your coworker swore by.")
  }
}
