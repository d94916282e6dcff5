import Testing

@testable import SocraticCore

/// What would change their mind, answered with a phrase and no verb, is given back as what
/// would change it; a last sentence that says something of its own is not pasted before
/// "would change your mind".
@Suite("Partner: an answer to what would change their mind is given back only when it is one")
struct PartnerChangeOfMindPhraseTests {
  @Test("a phrase with no verb is what would change their mind")
  func phraseGivenBack() {
    #expect(
      suggested("what would change my mind? dunno. proof from a proper study")
        == "So proof from a proper study would change your mind.")
  }

  @Test(
    "a last sentence with a verb of its own is never pasted before 'would change your mind'",
    arguments: [
      "what would change my mind? if he had a mate with him. the last train is grim",
      "what would change my mind? if she texted me. the number 12 is a nightmare",
    ])
  func sentenceNotPasted(line: String) throws {
    let text = try #require(suggested(line))
    #expect(!text.hasSuffix(" would change your mind."), "\(text)")
  }
}
