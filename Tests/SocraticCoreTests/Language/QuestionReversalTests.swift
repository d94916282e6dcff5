import SocraticCore
import Testing

@Suite("QuestionReversal")
struct QuestionReversalTests {
  @Test(
    "recognises questions, with or without a question mark",
    arguments: [
      ("Is crypto a scam?", true), ("Is crypto a scam", true), ("Crypto is a scam?", true),
      ("Why do people hate crypto", true), ("Should we ban TikTok", true),
      ("Crypto is a scam.", false), ("Don't trust banks.", false), ("Do not panic", false),
      ("What matters is family.", false), ("How we vote matters.", false),
    ])
  func isQuestion(text: String, expected: Bool) {
    #expect(QuestionReversal.isQuestion(Tokenizer.tokenize(text)) == expected)
  }

  @Test(
    "states the belief a question asks about",
    arguments: [
      ("Is crypto a scam?", "Crypto is a scam."),
      ("Is social media toxic?", "Social media is toxic."),
      ("Are all politicians corrupt?", "All politicians are corrupt."),
      ("Isn't AI dangerous?", "AI is dangerous."),
      ("Does remote work kill productivity?", "Remote work kills productivity."),
      ("Did banks cause the crisis?", "Banks caused the crisis."),
      ("Can remote work boost productivity?", "Remote work can boost productivity."),
      ("Should we ban TikTok?", "We should ban TikTok."),
      ("Why do people hate crypto?", "People hate crypto."),
      ("Do you think AI is dangerous?", "AI is dangerous."),
      ("Crypto is a scam?", "Crypto is a scam."),
      ("Crypto is a scam, isn't it?", "Crypto is a scam."),
      ("AI will take our jobs, right?", "AI will take our jobs."),
      ("Is AI regulation necessary?", "AI regulation is necessary."),
      ("Is Taiwan part of China?", "Taiwan is part of China."),
      ("Should parents limit screen time?", "Parents should limit screen time."),
      ("Can AI ever be creative?", "AI can ever be creative."),
      ("Who even watches cable anymore?", "Nobody even watches cable anymore."),
      ("Who really believes the polls?", "Nobody really believes the polls."),
      ("Who cares about the Oscars?", "Nobody cares about the Oscars."),
      ("Who needs a landline?", "Nobody needs a landline."),
      ("Has Xi Jinping been in power long?", "Xi Jinping has been in power long."),
      ("Has the war been going on for long?", "The war has been going on for long."),
      ("Is Mum's new job a step up?", "Mum's new job is a step up."),
      ("Are crypto influencers grifters?", "Crypto influencers are grifters."),
      ("Is the tech industry a bubble?", "The tech industry is a bubble."),
      ("Is the strike at the port still going on?", "The strike at the port is still going on."),
      ("Are the buses in Leeds getting worse?", "The buses in Leeds are getting worse."),
      ("Is the league in trouble?", "The league is in trouble."),
    ])
  func statement(question: String, expected: String) {
    #expect(QuestionReversal.statement(from: Tokenizer.tokenize(question)) == expected)
  }

  @Test("has no statement for an open question")
  func openQuestion() {
    #expect(QuestionReversal.statement(from: Tokenizer.tokenize("What is money?")) == nil)
    #expect(QuestionReversal.statement(from: Tokenizer.tokenize("How can we fix it?")) == nil)
    #expect(QuestionReversal.statement(from: Tokenizer.tokenize("Who invented Bitcoin?")) == nil)
  }
}
