import Testing

@testable import SocraticCore

/// Words of mourning said in a joke or a figure of speech tell no death: a loss is a loss only
/// when someone is lost. Told the listener made it too heavy ("nobody died"), the weight is
/// owned and dropped; a laugh that closes a rating or a list is no joke to set aside.
@Suite("Partner: a loss only when someone is lost")
struct PartnerFigureOfLossTests {
  /// Words of grief the person coaching must not see after a turn that tells no death.
  private static let grief = ["sorry", "loss", "miss", "these days", "around you now", "like?"]

  /// The line offered when they say the listener made it too heavy.
  private static let owningTheWeight =
    "Sorry, you're right, I didn't mean it to come out like that. I'm just interested in how "
    + "you see it."

  /// A turn that opens up, so the listener's next offer is heavy.
  private static let openingUp = "honestly im gutted, that bus was how i got to see my mum"

  /// Every line a step suggests, reflection and questions alike.
  private static func lines(of step: DialogueStep) -> [String] {
    [step.suggestedReflection].compactMap { $0 } + step.suggestedQuestions.map(\.text)
  }

  @Test(
    "mourning likened, denied or laughed at is no loss",
    arguments: [
      "the ring road at eight is a funeral procession lol",
      "its a parking ticket not a bereavement haha",
      "the office do was a total bereavement",
      "the canteen feels like a funeral since they took the chips off",
      // Only the likening tells these from a loss: someone is named and nobody laughs.
      "i swear my commute is a total funeral",
      "our team meeting felt like a funeral",
      "my inbox on a monday is a proper bereavement",
    ])
  func noLossInAFigure(_ line: String) {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    let said = Self.lines(of: script.type(line))
    #expect(!said.isEmpty)
    #expect(
      !said.contains { line in Self.grief.contains { line.lowercased().contains($0) } },
      "\(said)")
  }

  @Test(
    "a funeral said with whose it is is a loss, however lightly put",
    arguments: [
      "we walked behind my nan's funeral procession to the chapel",
      "i picked the funeral songs for dad",
      "saturday's a funeral, my uncle's",
      "grans funeral is monday, she asked for queen lol",
    ])
  func someonesFuneral(_ line: String) {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    let reflection = script.type(line).suggestedReflection
    let sympathy = ["he", "she", nil].flatMap(PartnerLines.sympathy(pronoun:))
    #expect(reflection.map(sympathy.contains) == true, "\(reflection ?? "none")")
  }

  @Test("a funeral told of someone of theirs is still a loss")
  func funeralOfSomeone() {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    let step = script.type("we had my uncle's funeral on tuesday and i'm still wiped out")
    #expect(
      step.suggestedReflection
        == "I'm so sorry. That's a big loss, and it sounds like you still feel it.")
  }

  @Test("'nobody died' after a heavy offer owns the weight and asks nothing heavy")
  func nobodyDied() {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    script.type(Self.openingUp)
    let step = script.type("mate. nobody died. im just on about buses")
    #expect(step.suggestedReflection == Self.owningTheWeight)
    #expect(step.suggestedQuestions.isEmpty)
  }

  @Test(
    "'nobody died' or 'not a tragedy' with nothing heavy offered, or after relief, is theirs",
    arguments: [
      ["the van skidded into the hedge. thankfully nobody died"],
      ["shutting the swimming baths is not a tragedy, just a pity"],
      [
        "honestly im gutted, that bus was how i got to see my mum",
        "the driver clipped the kerb but nobody died",
      ],
    ])
  func noWeightObjectedTo(_ lines: [String]) {
    var script = partnerScript()
    var step = DialogueStep()
    for line in lines { step = script.type(line) }
    let reflection = step.suggestedReflection
    #expect(reflection != nil)
    #expect(reflection != Self.owningTheWeight)
  }

  @Test("a resumed session reads 'nobody died' after a heavy offer as the live one did")
  func nobodyDiedResumed() {
    var live = partnerScript()
    live.type(["the new bus timetable is a shambles", Self.openingUp])
    var resumed = DialogueScript(
      PartnerDialogue.resume(
        DialogueScript<PartnerDialogue>.transcript(live.events, mode: .partner),
        setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    #expect(resumed.dialogue.state == live.dialogue.state)
    #expect(resumed.type("nobody died mate").suggestedReflection == Self.owningTheWeight)
  }

  @Test("'nobody died in it' tells of what happened: no objection")
  func nobodyDiedInAStory() {
    #expect(TheirWords.objection(in: "there was a pile up but nobody died in it") == nil)
  }

  @Test(
    "a laugh closing a rating or a list is no joke to set aside",
    arguments: [
      "like 80? maybe 75. the bus was late six days running so it cant get any worse lol",
      "its everywhere. leeds, york, even whitby has them now lol",
    ])
  func laughAfterWhatTheyMean(_ line: String) throws {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    script.type("/me how sure are you, out of 100?")
    let said = Self.lines(of: script.type(line))
    try #require(!said.isEmpty)
    #expect(!said.contains { $0.contains("Joking aside") }, "\(said)")
  }

  @Test(
    "a laugh with asides, or a list in another sentence than the laugh, is still a joke",
    arguments: [
      "haha, seriously, the only thing left in the fridge was a lemon",
      "bread, milk, eggs, the usual. then the self scan ate my fiver lol",
    ])
  func laughWithoutAList(_ line: String) throws {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    let reflection = try #require(script.type(line).suggestedReflection)
    #expect(reflection.contains("Joking aside"), "\(reflection)")
  }
}
