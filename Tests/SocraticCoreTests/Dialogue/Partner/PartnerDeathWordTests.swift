import Testing

@testable import SocraticCore

/// Grief is asked about by whoever the loss phrase tells of: "went" or "gone" elsewhere in the
/// turn ("he went pale") names no one who died.
@Suite("Partner: the one who died is read from the loss told")
struct PartnerDeathWordTests {
  @Test("'he went pale when my mum died' asks about her, not him")
  func lossWordOverCommonWent() {
    let words = TheirWords.typedTokens(of: "he went pale when my mum died, he was only nine")
      .filter(\.isWord)
    let asked = PartnerDisclosure.read(words)?.questions.map(\.text) ?? []
    #expect(asked.contains("What do you miss most about her?"), "\(asked)")
    #expect(asked.contains("What was your mum like?"), "\(asked)")
  }

  @Test("a hardship denied by a negated verb ('didn't cry') tells none")
  func deniedByNegatedVerb() {
    let words = TheirWords.typedTokens(of: "my cousin didn't cry once at the dentist")
      .filter(\.isWord)
    #expect(PartnerDisclosure.read(words) == nil)
  }

  @Test(
    "a death of family named bare, with when it was, is met as a loss and asked about by them",
    arguments: [
      ("we lost grandad at christmas", "What do you miss most about him?"),
      ("i buried nan in october", "What do you miss most about her?"),
    ])
  func bareFamilyLost(line: String, asked: String) {
    var script = builtInPartnerScript(["the council should never have shut the library"])
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "I'm so sorry. That's a big loss, and it sounds like you still feel it.",
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.map(\.text).contains(asked), "\(offeredItems(in: step))")
  }
}
