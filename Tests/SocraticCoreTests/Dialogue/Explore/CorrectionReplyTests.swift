import Testing

@testable import SocraticCore

@Suite("Correction reply: one apology and only what they say is so, turned to 'you'")
struct CorrectionReplyTests {
  @Test(
    "what they meant, short and in the second person, without protest or pointers",
    arguments: [
      ("nah its more that my uncle would be stuck, not me", "your uncle would be stuck"),
      ("no no lol, i said the ferry times", "it's the ferry times"),
      ("what i meant was the night shifts", "it's the night shifts"),
      (
        "that's not what i said. it was my cousin who got sacked",
        "it was your cousin who got sacked"
      ),
      ("i dont have a car, my wife drives us everywhere", "your wife drives you everywhere"),
      ("no, no one at the depot answers the phone", "no one at the depot answers the phone"),
    ])
  func givenBack(_ meant: String, _ shown: String) {
    let reply = CorrectionReply(meant: meant, apologising: true)
    #expect(reply.text == "Sorry, I got that wrong \u{2014} \(shown).")
    #expect(!reply.asksWhatWasMissed)
  }

  @Test(
    "nothing clean to give back: the apology and what was missed",
    arguments: ["lol no", "no no no", "you're not listening mate", "i said what i said"])
  func asksWhatWasMissed(_ meant: String) {
    let reply = CorrectionReply(meant: meant, apologising: true)
    #expect(reply.text == "Sorry, I got that wrong. What did I miss?")
    #expect(reply.asksWhatWasMissed)
  }

  @Test("a later miss is owned without a second sorry")
  func laterMiss() {
    let reply = CorrectionReply(meant: "i meant the school run", apologising: false)
    #expect(reply.text == "You're right, I had that wrong \u{2014} it's the school run.")
  }
}
