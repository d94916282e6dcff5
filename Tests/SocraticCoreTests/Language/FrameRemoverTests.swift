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
      ("I've always said that rent is too high", "rent is too high"),
      ("I said the referee was biased", "the referee was biased"),
      ("Remote work is here to stay, end of story", "Remote work is here to stay"),
      ("Gold beats stocks, trust me", "Gold beats stocks"),
      ("The Celtics will win it all, mark my words", "The Celtics will win it all"),
      ("Tariffs are a tax, period", "Tariffs are a tax"),
      ("Rents are too high, plain and simple", "Rents are too high"),
      ("The referee was bought, it's that simple", "The referee was bought"),
      ("Inflation is basically a hidden tax", "Inflation is a hidden tax"),
      ("The state is essentially a monopoly", "The state is a monopoly"),
      ("The government is literally printing money", "The government is printing money"),
      ("I beleive the referee was bribed", "the referee was bribed"),
      ("I thnik rents will fall", "rents will fall"),
      ("so lets be honest, the new road was never needed", "the new road was never needed"),
      ("and to be fair the ferry is cheaper now", "the ferry is cheaper now"),
      ("lets face it nobody reads the parish newsletter", "nobody reads the parish newsletter"),
      ("I belive that nobody reads manuals", "nobody reads manuals"),
      ("I reckkon the deal is off", "the deal is off"),
      ("The mayor is of course the favourite", "The mayor is the favourite"),
      ("Robots will no doubt take over driving", "Robots will take over driving"),
      ("That plan was without a doubt a failure", "That plan was a failure"),
    ])
  func frames(text: String, expected: String) {
    let result = FrameRemover.removingFrames(from: text)
    #expect(result.text == expected)
    #expect(!result.isNegated)
  }

  @Test(
    "removes a disclaimer before \"but\": the belief is what follows it",
    arguments: [
      ("I'm not saying he's evil, but he lied to us", "he lied to us"),
      ("I am not suggesting we quit, but the plan is failing", "the plan is failing"),
      ("Call me a cynic, but politicians never change", "politicians never change"),
      ("No offense but your diet is a fad", "your diet is a fad"),
      ("Don't get me wrong, but remote work is lonely", "remote work is lonely"),
      (
        "With all due respect, but the coach has lost the dressing room",
        "the coach has lost the dressing room"
      ),
      ("Maybe I'm naive, but people are mostly good", "people are mostly good"),
      ("I know this sounds harsh, but some jobs should go", "some jobs should go"),
    ])
  func disclaimers(text: String, expected: String) {
    let result = FrameRemover.removingFrames(from: text)
    #expect(result.text == expected)
    #expect(!result.isNegated)
  }

  @Test(
    "keeps a disclaimer's words when no clause follows \"but\"",
    arguments: ["Call me old-fashioned", "No offence, but no", "I'm not saying that"])
  func keepsDisclaimer(text: String) {
    #expect(FrameRemover.removingFrames(from: text).text == text)
  }

  @Test(
    "keeps a frame that no clause follows",
    arguments: [
      "I believe in God", "I feel sad", "I know him", "AI cannot think clearly",
      "I beat the odds", "I blieve in nothing", "There is no doubt about the result",
      "She is of course", "The verdict was beyond doubt",
    ])
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
