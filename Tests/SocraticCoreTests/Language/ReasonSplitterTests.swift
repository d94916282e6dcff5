import SocraticCore
import Testing

@Suite("ReasonSplitter")
struct ReasonSplitterTests {
  @Test(
    "splits a stated reason off",
    arguments: [
      ("Crypto is a scam because of FTX", "Crypto is a scam", "because of FTX"),
      ("Crypto is a scam, because it has no value", "Crypto is a scam", "because it has no value"),
      ("Because of FTX, crypto is a scam", "crypto is a scam", "Because of FTX"),
      ("AI is dangerous since nobody controls it", "AI is dangerous", "since nobody controls it"),
      ("Jobs will go, as AI is cheaper", "Jobs will go", "as AI is cheaper"),
      ("Given that AI errs, doctors stay", "doctors stay", "Given that AI errs"),
      ("We lost 'cause we were lazy", "We lost", "'cause we were lazy"),
      ("Rents keep rising, so nobody can save", "nobody can save", "Rents keep rising"),
      (
        "The coach never listens, so the team will lose", "the team will lose",
        "The coach never listens"
      ),
    ])
  func split(text: String, statement: String, reason: String) {
    let split = ReasonSplitter.split(text)
    #expect(split.statement == statement)
    #expect(split.reason == reason)
  }

  @Test(
    "leaves a sentence whole when nothing in it gives a reason",
    arguments: [
      "Prices have risen since the war started", "Since 2008, banks have behaved",
      "Crypto works as money", "As a parent, I worry", "The cause is greed",
      "Inflation will cause a recession",
      "We saved money, so that we could travel", "It was so cold that pipes froze",
      "The plan is good, so far",
    ])
  func noReason(text: String) {
    let split = ReasonSplitter.split(text)
    #expect(split.reason == nil)
  }

  @Test("gives a reason's content as a clause or as a thing pointed at")
  func content() {
    let clause = ReasonSplitter.content(of: Tokenizer.tokenize("because it has no value"))
    #expect(clause == .clause(Tokenizer.tokenize("it has no value")))
    let thing = ReasonSplitter.content(of: Tokenizer.tokenize("because of FTX"))
    #expect(thing == .thing(Tokenizer.tokenize("FTX")))
  }
}
