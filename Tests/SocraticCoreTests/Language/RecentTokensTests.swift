import Testing

@testable import SocraticCore

@Suite("RecentTokens")
struct RecentTokensTests {
  /// Texts with clitics, possessives, abbreviations, numbers, curly apostrophes, line breaks,
  /// colour codes, accents, and pairs that differ only in case or spacing.
  static let texts = [
    "The ferry's late again, isn't it?", "the ferry's late again, isn't it?",
    "The ferry 's late again , isn't it ?", "Our neighbours' dogs bark at 6.30 a.m. daily",
    "She’s moved to the U.S. for 2 years\nand loves it", "\u{1B}[31mRed\u{1B}[0m alert",
    "Café owners said 5G isn't the issue", String(repeating: "long text ", count: 500), "",
  ]

  @Test("a text tokenized again gives the tokens a fresh reading gives", arguments: texts)
  func readAgain(text: String) {
    let fresh = Tokenizer.reading(text)
    for _ in 0..<2 { #expect(Tokenizer.tokenize(text) == fresh) }
  }

  @Test("texts equal only by canonical equivalence keep their own letters")
  func canonicalEquivalents() {
    let composed = "Caf\u{E9} prices rose"
    let decomposed = "Cafe\u{301} prices rose"
    #expect(Tokenizer.tokenize(composed).first?.text.unicodeScalars.count == 4)
    #expect(Tokenizer.tokenize(decomposed).first?.text.unicodeScalars.count == 5)
  }

  @Test("holds no more than its bound however many texts are tokenized")
  func bounded() {
    for number in 0..<(RecentTokens.kept + 40) {
      _ = Tokenizer.tokenize("Stall \(number) sells apples")
    }
    #expect(RecentTokens.count <= RecentTokens.kept)
  }

  @Test("holds no more than its bound of text however long the texts")
  func boundedBytes() {
    for number in 0..<(RecentTokens.keptBytes / 2_000 + 10) {
      _ = Tokenizer.tokenize("Stall \(number) " + String(repeating: "sells apples ", count: 150))
    }
    #expect(RecentTokens.bytes <= RecentTokens.keptBytes)
  }
}
