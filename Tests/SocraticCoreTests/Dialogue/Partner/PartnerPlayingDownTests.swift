import Testing

@testable import SocraticCore

/// A feeling they deny ("it's not that serious", "I'm not crying about it") is taken at their
/// word: nothing is found under it, and no hardship is read into it.
@Suite("A feeling played down is taken at their word")
struct PartnerPlayingDownTests {
  private func opening() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript([
      "the new phone contracts are a rip off and i wont sign one", "/me does it get to you",
    ])
  }

  @Test(
    "played down with a laugh, it gets their word taken, not a feeling found under it",
    arguments: [
      "haha its not that serious, im not losing sleep over it. its a phone contract",
      "lol chill, i'm not upset about it, it's only a phone",
    ])
  func playedDownWithALaugh(line: String) {
    var script = opening()
    let step = script.type(line)
    #expect(step.suggestedReflection == "Fair enough, not a big deal then. Go on.")
  }

  @Test("a hardship denied is no hardship told: no comfort, no 'how are you holding up'")
  func deniedHardship() {
    var script = opening()
    let step = script.type("well im not crying about it, i just think its a con")
    let shown = offeredItems(in: step).map(\.text)
    #expect(step.suggestedReflection == "So it's a con.", "\(shown)")
    #expect(!shown.contains { $0.contains("sounds hard") || $0.contains("holding up") })
  }
}
