import Testing

@testable import SocraticCore

@Suite("RecentTaggerWords")
struct RecentTaggerWordsTests {
  /// Words of every kind the tagger reads: function words, regular endings, irregular forms,
  /// numbers as the tagger writes them, accents, hyphens, words the lexicon lacks, and one
  /// longer than is kept.
  static let words = [
    "the", "banks", "charging", "wanted", "went", "!digits", "!year", "café", "well-paid",
    "zorblat", "'s", "n't", ",", String(repeating: "long", count: 20),
  ]

  @Test("a word read again gives the reading a fresh read gives", arguments: words)
  func readAgain(word: String) {
    let fresh = TaggerWord(word)
    for _ in 0..<2 { #expect(RecentTaggerWords.readings(of: [word, word]) == [fresh, fresh]) }
  }

  @Test("holds no more than its bound however many words are read")
  func bounded() {
    _ = RecentTaggerWords.readings(
      of: (0..<(RecentTaggerWords.kept + 40)).map { "stall\($0)" })
    #expect(RecentTaggerWords.count <= RecentTaggerWords.kept)
  }
}
