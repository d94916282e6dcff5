import SocraticCore
import Testing

@Suite("KeyTermFinder")
struct KeyTermFinderTests {
  @Test(
    "finds loaded words and absolutes, as written, once each, in order",
    arguments: [
      ("Crypto is a scam", ["scam"]),
      ("All politicians are corrupt", ["all", "corrupt"]),
      ("Crypto scams are everywhere and everyone falls for scams", ["scams", "everyone"]),
      ("Remote work kills productivity", ["kills", "productivity"]),
      ("The election was RIGGED", ["rigged"]),
      ("No one has too much freedom", ["no one", "too much", "freedom"]),
      ("The weather is nice today", []),
    ])
  func builtIn(text: String, expected: [String]) {
    #expect(KeyTermFinder().terms(in: text) == expected)
  }

  @Test("takes extra terms, such as a topic pack's, in any case")
  func extraTerms() {
    let finder = KeyTermFinder(extraTerms: ["Rug Pull", "whale"])
    #expect(finder.terms(in: "Whales caused the rug pull") == ["whales", "rug pull"])
    #expect(KeyTermFinder().terms(in: "Whales caused the rug pull").isEmpty)
  }

  @Test("tells absolutes from other terms")
  func absolutes() {
    #expect(KeyTermFinder.isAbsolute("Everyone"))
    #expect(KeyTermFinder.isAbsolute("no one"))
    #expect(!KeyTermFinder.isAbsolute("scam"))
  }
}
