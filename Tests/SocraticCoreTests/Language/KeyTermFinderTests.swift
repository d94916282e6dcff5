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

  @Test(
    "a span of time after every or all says how often, no absolute to find an exception to",
    arguments: [
      "lads who switch firms every couple of years are flaky",
      "my bins get missed every other week lol",
      "you should back up your phone every 6 months",
      "we argue about it every single day",
      "the kids are glued to screens all day",
    ])
  func spansOfTime(text: String) throws {
    #expect(KeyTermFinder().terms(in: text).filter(KeyTermFinder.isAbsolute).isEmpty)
    let questions = InversionEngine().questions(for: try InversionEngine().analyze(text))
    #expect(!questions.contains { $0.text.contains("\u{201C}every\u{201D}") })
    #expect(!questions.contains { $0.text.contains("\u{201C}all\u{201D}") })
  }

  @Test(
    "every and all before what they count stay absolutes",
    arguments: [
      ("every street needs a defibrillator", ["every"]),
      ("he is late every time", ["every"]),
      ("they lie all the time", ["lie", "all"]),
    ])
  func countedAbsolutes(text: String, expected: [String]) {
    #expect(KeyTermFinder().terms(in: text) == expected)
  }

  @Test(
    "a loaded word in the fixed name of a plain thing is no term; on its own it still is",
    arguments: [
      ("my best mate never texts back", ["never"]),
      ("a wedding without a best man is odd", []),
      ("breaking a mirror is bad luck", []),
      ("this is the best school in town", ["best"]),
    ])
  func fixedNames(text: String, expected: [String]) {
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
