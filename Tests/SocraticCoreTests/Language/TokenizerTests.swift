import SocraticCore
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
  @Test(
    "splits words, clitics, numbers and punctuation",
    arguments: [
      ("Crypto is a scam.", ["Crypto", "is", "a", "scam", "."]),
      ("It's obvious, isn't it?", ["It", "'s", "obvious", ",", "isn't", "it", "?"]),
      ("I'm sure they've gone", ["I", "'m", "sure", "they", "'ve", "gone"]),
      ("We'll see; you'd know", ["We", "'ll", "see", ";", "you", "'d", "know"]),
      ("The banks' profits", ["The", "banks", "'", "profits"]),
      ("AI's impact", ["AI", "'s", "impact"]),
      ("It\u{2019}s fine", ["It", "\u{2019}s", "fine"]),
      ("The U.S. and e.g. Canada", ["The", "U.S.", "and", "e.g.", "Canada"]),
      ("long-term self-driving cars", ["long-term", "self-driving", "cars"]),
      (
        "5G costs $100, or 3.5% of 2,000",
        [
          "5G", "costs", "$", "100", ",", "or", "3.5%", "of", "2,000",
        ]
      ),
      ("Wait... what?!", ["Wait", "...", "what", "?", "!"]),
      ("\u{201C}Scam\u{201D}", ["\u{201C}", "Scam", "\u{201D}"]),
    ])
  func tokens(text: String, expected: [String]) {
    #expect(Tokenizer.tokenize(text).map(\.text) == expected)
  }

  @Test("lowercases and straightens apostrophes for lookups, keeping the text as written")
  func lowercased() {
    let tokens = Tokenizer.tokenize("DON\u{2019}T Panic")
    #expect(tokens.map(\.text) == ["DON\u{2019}T", "Panic"])
    #expect(tokens.map(\.lowercased) == ["don't", "panic"])
  }

  @Test("rebuilds the text with one space wherever there was whitespace")
  func joinedText() {
    let tokens = Tokenizer.tokenize("  Crypto   is\ta scam ( really ) , isn't it ?")
    #expect(tokens.joinedText == "Crypto is a scam ( really ) , isn't it ?")
    #expect(Tokenizer.tokenize("It's \"fine\", (mostly).").joinedText == "It's \"fine\", (mostly).")
  }

  @Test("marks line breaks, which end sentences")
  func lineBreaks() {
    let tokens = Tokenizer.tokenize("one\ntwo three")
    #expect(tokens.map(\.hasLineBreakBefore) == [false, true, false])
  }

  @Test(
    "knows acronyms and names whose case is fixed",
    arguments: [
      ("AI", true), ("EU", true), ("TikTok", true), ("iPhone", true), ("NFTs", true),
      ("Crypto", false), ("crypto", false), ("A", false), ("I", false),
    ])
  func fixedCase(word: String, isFixed: Bool) {
    #expect(Token(word).hasFixedCase == isFixed)
  }

  @Test("never crashes on empty, blank or unusual text")
  func unusualText() {
    #expect(Tokenizer.tokenize("").isEmpty)
    #expect(Tokenizer.tokenize(" \n\t ").isEmpty)
    #expect(Tokenizer.tokenize("'").map(\.text) == ["'"])
    #expect(
      Tokenizer.tokenize("caf\u{E9} na\u{EF}ve \u{1F600}").map(\.text) == [
        "caf\u{E9}", "na\u{EF}ve", "\u{1F600}",
      ])
  }
}
