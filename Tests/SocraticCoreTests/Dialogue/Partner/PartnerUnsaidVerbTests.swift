import Testing

@testable import SocraticCore

/// A clause whose verb was left unsaid ("because i would trip over wouldnt i" read as "you
/// would") is no view of theirs: nothing offered pastes it into a question or gives it back as
/// what they think.
@Suite("Partner: a clause with its verb left unsaid is no claim to paste")
struct PartnerUnsaidVerbTests {
  @Test(
    "a reason with a tag names no view: no line reads 'you would' with nothing after it",
    arguments: [
      "Because I would trip over wouldnt I. Everybody trips. You see it on the telly.",
      "Because I'd get lost wouldn't I. Everyone gets lost in them places.",
    ])
  func tagIsNoClaim(_ line: String) {
    var script = builtInPartnerScript([
      "A dance class?? Me?? Daft idea love. If I want exercise I walk the dog.",
      "/me what makes you think itd be daft?",
    ])
    let step = script.type(line)
    #expect(script.dialogue.state.claim?.claim != "you would")
    let texts = offeredItems(in: step).map(\.text)
    #expect(!texts.isEmpty)
    for text in texts {
      #expect(!text.hasPrefix("So you think you would"), "\(text)")
      #expect(!text.includes("that you would not"), "\(text)")
      #expect(!text.includes("whether you would?"), "\(text)")
    }
  }

  @Test(
    "clauses that stop at their auxiliary are told from those that say something",
    arguments: [
      ("you would", true), ("we can't", true), ("she probably won't", true), ("he is", true),
      ("you would trip over", false), ("crypto is a scam", false), ("he tried", false),
    ])
  func unsaidVerb(_ claim: String, _ isUnsaid: Bool) throws {
    let clause = try #require(ClauseParser.parse(claim))
    #expect(TheirWords.leavesItsVerbUnsaid(clause) == isUnsaid)
  }
}
