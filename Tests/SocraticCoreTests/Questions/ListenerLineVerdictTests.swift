import Testing

@testable import SocraticCore

/// Verdicts on a listener's line said after the other side's: a feeling named for them, a
/// reading of what they meant, a fair point owned, an apology and an offer are good listening,
/// not arguing; a mocking "why" typed fast is still a jab.
@Suite("Listener lines judged as a facilitator would")
struct ListenerLineVerdictTests {
  let critic = QuestionCritic()

  @Test(
    "a feeling or a worry named for them, in no words of the speaker's own, gives back",
    arguments: [
      (
        "i haven't been in his shed since we buried him",
        "it's still too upsetting to clear it out"
      ),
      (
        "the school wants forty quid for the trip and the car's just failed its MOT",
        "things are tight at the moment"
      ),
    ])
  func feelingNamed(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .reflection, "\(critique)")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test("'so … isn't really about …' reads what they meant by the side it is not")
  func sideSetAside() throws {
    let critique = try critic.critique(
      "so selling it isnt really about the money",
      after: "if the boat goes then that's the last of dad gone")
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test(
    "a fair point owned, an apology and a promise are fine as they are",
    arguments: [
      ("you never once came to watch her play", "no. i didn't. that's fair"),
      ("i already told you that twice", "you did, fair enough. sorry"),
      ("fine but it has to be this week, not next month", "thursday. ill bring the trailer"),
    ])
  func warmLines(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("warmth:") == true, "\(critique.problems)")
    #expect(critique.suggestion == nil)
  }

  @Test("what the speaker offers to do, put with 'what if i', is no condition put as theirs")
  func offerIsNoCondition() throws {
    let critique = try critic.critique(
      "i think you're worn out. what if i took the dog for a fortnight, then it's off your hands"
        + " for now",
      after: "someone has to be the sensible one and it's always me")
    #expect(critique.form == .reflection, "\(critique)")
    #expect(!critique.problems.contains { $0.contains("condition of your own") })
  }

  @Test("'ill' the word stays when no verb follows it where a clause opens")
  func illStaysIll() {
    let tokens = Shorthand.expanded(Tokenizer.tokenize("she's ill, ill health runs in the family"))
    #expect(tokens.map(\.lowercased).filter { $0 == "ill" }.count == 2)
  }

  @Test("a mocking 'why' typed fast is leading, not a reflection")
  func mockingWhyTypedFast() throws {
    let critique = try critic.critique("whyy did u evn join the choir, its nt like u can sing lol")
    #expect(critique.form == .leading, "\(critique)")
  }
}
