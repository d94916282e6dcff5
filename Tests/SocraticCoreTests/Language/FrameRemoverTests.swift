import SocraticCore
import Testing

@Suite("FrameRemover")
struct FrameRemoverTests {
  @Test(
    "removes opinion frames and hedges, keeping the belief's words and case",
    arguments: [
      ("I think crypto is a scam", "crypto is a scam"),
      ("I really believe that AI is overhyped", "AI is overhyped"),
      ("I feel like nobody cares", "nobody cares"),
      ("I'm pretty sure the EU will fall apart", "the EU will fall apart"),
      ("In my humble opinion, Bitcoin is digital gold", "Bitcoin is digital gold"),
      ("Honestly, TikTok is harmless", "TikTok is harmless"),
      ("To be honest, I think we should leave", "we should leave"),
      ("It's obvious that the system is rigged", "the system is rigged"),
      ("It is painfully clear that sanctions failed", "sanctions failed"),
      ("The truth is that nobody knows", "nobody knows"),
      ("Everyone knows the polls are wrong", "the polls are wrong"),
      ("My view is that AI is a tool", "AI is a tool"),
      ("Crypto, in my view, is a bubble", "Crypto is a bubble"),
      ("Remote work is better, honestly", "Remote work is better"),
      ("Crypto is a scam, I think", "Crypto is a scam"),
      ("Crypto is obviously a scam", "Crypto is a scam"),
      ("I think that is wrong", "that is wrong"),
      ("Sometimes I think my boss hates me", "my boss hates me"),
      ("Lately, I feel like nobody listens", "nobody listens"),
    ])
  func frames(text: String, expected: String) {
    let result = FrameRemover.removingFrames(from: text)
    #expect(result.text == expected)
    #expect(!result.isNegated)
  }

  @Test(
    "keeps a frame that no clause follows",
    arguments: ["I believe in God", "I feel sad", "I know him", "AI cannot think clearly"])
  func keeps(text: String) {
    #expect(FrameRemover.removingFrames(from: text).text == text)
  }

  @Test(
    "reports a negative frame, whose clause the speaker believes false",
    arguments: [
      ("I don't think Russia will win", "Russia will win"),
      ("I doubt that AI will replace doctors", "AI will replace doctors"),
      ("I really don't believe the moon landing was faked", "the moon landing was faked"),
    ])
  func negativeFrames(text: String, clause: String) {
    let result = FrameRemover.removingFrames(from: text)
    #expect(result.text == clause)
    #expect(result.isNegated)
  }
}
