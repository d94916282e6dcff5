import Testing

@testable import SocraticCore

@Suite("Every suggestion reads as English, or is not shown")
struct PartnerGrammarTests {
  @Test(
    "words put together from theirs that come out broken are caught",
    arguments: [
      "So you think like what am you even doing.",
      "How sure are you that you is right, from 0 to 100?",
      "Why might it be that bitcoin is not going up, mark your words?",
      "So you think you don't know kiddo.",
      "What makes you say the the rules are fair?",
      "What would tell you whether that part of is why school feels useless?",
    ])
  func broken(text: String) {
    #expect(!PartnerGrammar.reads(text))
  }

  @Test(
    "ordinary questions and reflections pass",
    arguments: [
      "What would make it a little easier?",
      "What would you most want people to understand about that?",
      "So you'd grant that gas is dirty too.",
      "How much does that tell you about the rest of the picture?",
      "If I were in your shoes, what would I be missing?",
      "So what you care about is the kids.",
    ])
  func fine(text: String) {
    #expect(PartnerGrammar.reads(text))
  }
}
