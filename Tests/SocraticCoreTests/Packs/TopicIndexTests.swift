import SocraticCore
import Testing

@Suite("Matching topics by keyword")
struct TopicIndexTests {
  let index = TopicIndex([
    (id: "crypto", keywords: ["crypto", "token", "central bank"]),
    (id: "ai-regulation", keywords: ["AI", "policy"]),
  ])

  @Test(
    "whole words in any case, with simple plurals and possessives",
    arguments: [
      ("Crypto is a scam.", ["crypto"]),
      ("Tokens are worthless", ["crypto"]),
      ("The token's price fell", ["crypto"]),
      ("Central banks print money", ["crypto"]),
      ("AI policies are too weak and crypto is too", ["crypto", "ai-regulation"]),
      ("Tokenize everything", []),
      ("The central committee met", []),
      ("Said is a name", []),
      ("\u{1B}[31mCrypto\u{1B}[0m is a scam", ["crypto"]),
    ])
  func matching(text: String, topics: [String]) {
    #expect(index.topics(in: text) == topics)
  }

  @Test("the empty index matches nothing")
  func empty() {
    #expect(TopicIndex.empty.topics(in: "crypto") == [])
  }
}
