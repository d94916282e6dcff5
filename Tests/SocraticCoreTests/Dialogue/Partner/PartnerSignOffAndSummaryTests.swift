import Testing

@testable import SocraticCore

/// A sign-off typed as people part ("ring you tomorrow x", "right hes awake") winds the talk
/// up; "id" before its verb is "I'd"; and the summary files neither the claim said over as
/// what they have seen nor a feeling someone else asked them about.
@Suite("The partner dialogue: signing off, 'id', and what the summary files")
struct PartnerSignOffAndSummaryTests {
  @Test(
    "ringing off till the next call, or someone they mind waking, winds the talk up",
    arguments: [
      "ring you tomorrow x", "ok bell you later", "right hes awake", "oh shes home",
    ])
  func signingOff(_ line: String) {
    var script = partnerScript()
    script.type("the leisure centre should never have shut the pool")
    script.type("/me what did the pool mean to you?")
    script.type("it was where i learnt to swim")
    script.type(line)
    #expect(script.dialogue.state.stage == .close)
  }

  @Test("someone awake at an hour tells how things are, and the talk goes on")
  func awakeAtAnHour() {
    var script = partnerScript()
    script.type("the leisure centre should never have shut the pool")
    script.type("right hes awake at five every morning now with nowhere to go")
    #expect(script.dialogue.state.stage != .close)
  }

  @Test(
    "news after a word that closes a topic, or a call planned about something, is no goodbye",
    arguments: [
      "anyway she's in a right state about the pool", "oh he's back to square one with his knee",
      "my sister said she'd ring you soon about the petition",
    ])
  func newsIsNoGoodbye(_ line: String) {
    var script = partnerScript()
    script.type("the leisure centre should never have shut the pool")
    script.type("/me what did the pool mean to you?")
    script.type("it was where i learnt to swim")
    script.type(line)
    #expect(script.dialogue.state.stage != .close)
  }

  @Test("'id' before its verb is given back as 'you'd', never pasted as 'id'")
  func idBeforeItsVerb() {
    var script = partnerScript()
    let step = script.type("the darts team asked me to join but id let them down")
    let said = step.suggestedReflection ?? ""
    #expect(said.contains("you'd let them down"), "\(said)")
    #expect(!said.contains(" id "), "\(said)")
  }

  @Test("'id' beside what names the card stays the card", arguments: ["id card", "photo id"])
  func idTheCard(_ phrase: String) {
    let tokens = Shorthand.expanded(Tokenizer.tokenize("i forgot my \(phrase) again"))
    #expect(tokens.contains { $0.lowercased == "id" }, "\(tokens.map(\.lowercased))")
  }

  @Test(
    "'id' after a verb that takes it is the card; where a clause opens it is 'I'd'",
    arguments: [
      ("pensioners should need id at the library", "pensioners should need id at the library"),
      ("i reckon id only slow them down", "i reckon i 'd only slow them down"),
    ])
  func idAfterAVerb(line: String, expected: String) {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(line))
    #expect(tokens.map(\.lowercased).joined(separator: " ") == expected)
  }

  @Test("the claim said over is not filed under what they have seen")
  func claimNotFiledAsSeen() {
    var script = partnerScript()
    script.type("im not going to the bonfire this year, the bangs upset the dog")
    let items = script.dialogue.state.map.theirDigest().flatMap(\.items)
    #expect(!items.contains { $0.contains("not going to the bonfire") }, "\(items)")
  }

  @Test("a feeling someone else asked them about is not filed as one they named")
  func askedFeelingNotTheirs() {
    var script = partnerScript()
    script.type("im not going to the bonfire this year")
    script.type("my brother asked if i was lonely without it")
    #expect(!script.dialogue.state.map.namedFeelings.contains("lonely"))
  }

  @Test(
    "a rating said first, then a second thought and a reason, is the rating they settle on",
    arguments: [
      "like 60? maybe 55. the boss said its only a trial anyway",
      "dunno, 60? maybe 55. i did win the raffle once lol",
    ])
  func leadingRating(_ line: String) {
    var script = partnerScript()
    script.type("the allotment committee wont want me, id only slow them up")
    script.type("/me how sure are you of that?")
    let step = script.type(line)
    #expect(step.suggestedReflection == "So you'd put it at about 55 out of 100, down from 60.")
  }

  @Test("a small number said first, then told as a count, is no rating")
  func leadingCount() {
    var script = partnerScript()
    script.type("the council has given up on our street")
    let step = script.type("like 3? maybe 4. thats how many times they skipped the bins in june")
    #expect(step.suggestedReflection?.contains("out of 100") != true, "\(step.outputs)")
  }
}
