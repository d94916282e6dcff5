import Testing

@testable import SocraticCore

private let calm = PartnerLines.self

private let centre = "the high street is finished"
private let rotas = "cleaning rotas never work"
private let young = "young people dont want to work anymore"
private let bros = "crypto bros are all scammers"

/// Talks at home as people type them: a claim with where it came from spliced on by commas, a
/// sigh before an answer, an apology and a fond word to the listener, a question about
/// something of theirs, not following the question, a question tag, a story told with "I
/// suppose", a line that only points back, and going off to see to themselves.
let homeConversations: [PartnerConversation] = [
  PartnerConversation(
    name: "a mum on the high street: a spliced source, a sigh and an answer, sorry love, a bath",
    turns: [
      PartnerTurn(
        line: "the high street is finished, thats what got me going, its all over facebook",
        reflection: .exactly("So you think \(centre)."), stage: .claim, claim: centre),
      // A sigh said with an answer is no charge: the answer is given back.
      PartnerTurn(
        line: "here we go. fine, because half the units are boarded up",
        reflection: .containing("half the units are boarded up"), stage: .reasons, claim: centre),
      PartnerTurn(
        line: "sorry for snapping before sweetheart, youre a good lad really",
        reflection: .exactly(calm.noHarmDone[0]), stage: .reasons, claim: centre),
      PartnerTurn(
        line: "right im off for a bath",
        reflection: .exactly(calm.calmLines(for: .leaving)[0]), stage: .close, claim: centre),
    ]),
  PartnerConversation(
    name: "a flatmate on rotas: my yoghurt, lost by the question, a tag, a shower",
    turns: [
      PartnerTurn(
        line: "cleaning rotas never work", reflection: .exactly("So you think \(rotas)."),
        stage: .claim, claim: rotas),
      PartnerTurn(
        line: "wait did you eat my last yoghurt?",
        reflection: .exactly(calm.answeringAboutTheirThings[0]), stage: .claim, claim: rotas),
      PartnerTurn(
        line: "what do you mean which what",
        reflection: .exactly(calm.clearingUp[0]), stage: .confidence, claim: rotas),
      // A question tag asks for agreement: no part of what is given back.
      PartnerTurn(
        line: "the kitchen was a tip all last week wasnt it",
        reflection: .exactly("So the kitchen was a tip all last week."), stage: .reasons,
        claim: rotas),
      PartnerTurn(
        line: "ok im gonna go have a shower",
        reflection: .exactly(calm.calmLines(for: .leaving)[0]), stage: .close, claim: rotas),
    ]),
  PartnerConversation(
    name: "a grandad on work: a story with 'I suppose', a line pointing back, the kettle",
    turns: [
      PartnerTurn(
        line: "young people dont want to work anymore",
        reflection: .exactly("So you think \(young)."), stage: .claim, claim: young),
      // A story told with a hedge grants nothing: what happened, in one clause.
      PartnerTurn(
        line: "i suppose i went back to the depot for a do and i hardly knew a soul, the canteen "
          + "had gone",
        reflection: .exactly("So you went back to the depot for a do and you hardly knew a soul."),
        stage: .claim, claim: young),
      // "that" with nothing to point to is no reflection.
      PartnerTurn(
        line: "so thats what i think",
        reflection: .lacking("that's what"), stage: .reasons, claim: young),
      PartnerTurn(
        line: "stick the kettle on for me would you",
        reflection: .exactly(calm.calmLines(for: .leaving)[0]), stage: .close, claim: young),
    ]),
  PartnerConversation(
    name: "a mate on crypto: a cousin spliced on, 'oh come on' and a reason, a subject dropped",
    turns: [
      PartnerTurn(
        line: "crypto bros are all scammers, my cousin reckons so, he got burned",
        reflection: .exactly("So you think \(bros)."), stage: .claim, claim: bros),
      PartnerTurn(
        line: "oh come on, because they pump a coin and then dump it",
        reflection: .containing("they pump a coin"), stage: .reasons, claim: bros),
      // A line that opens on its verb has lost who did it: not given back so.
      PartnerTurn(
        line: "buys the dip then cries about it every time",
        reflection: .lacking("So buys"), stage: .reasons, claim: bros),
      PartnerTurn(
        line: "love ya mate",
        reflection: .exactly(calm.lovingBack[0]), stage: .reasons, claim: bros),
    ]),
]

@Suite("What goes on the map at home")
struct PartnerHomeMapTests {
  @Test("what they say they are not saying is no reason of theirs on the map")
  func disclaimerIsNoReason() {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    script.type([
      "the high street is finished", "because the rents are daft",
      "im not saying they should close the lot because some of them are fine",
    ])
    #expect(script.dialogue.state.map.reasons.map(\.text) == ["the rents are daft"])
  }
}
