import Testing

@testable import SocraticCore

@Suite("RecentContrasts")
struct RecentContrastsTests {
  /// Sentences with turns of each kind, accents, curly quotes, and one longer than is kept.
  static let sentences = [
    "the fees are lower but the app keeps crashing",
    "although the rent is cheap, the flat is damp",
    "the trams are late, though",
    "Café owners were told, however, that nothing changes",
    "she said “fine” but she didn’t mean it",
    String(repeating: "the bus is late but ", count: 80) + "it comes",
    "",
  ]

  @Test("a sentence read again gives the pieces a fresh read gives", arguments: sentences)
  func readAgain(sentence: String) {
    let fresh = ContrastReader.reading(sentence)
    for _ in 0..<2 { #expect(ContrastReader.pieces(of: sentence) == fresh) }
  }

  @Test("sentences equal only by canonical equivalence keep their own letters")
  func canonicalEquivalents() {
    let composed = "the caf\u{E9} is shut but the bar is open"
    let decomposed = "the cafe\u{301} is shut but the bar is open"
    #expect(ContrastReader.pieces(of: composed).first?.text.unicodeScalars.count == 16)
    #expect(ContrastReader.pieces(of: decomposed).first?.text.unicodeScalars.count == 17)
  }

  @Test("holds no more than its bound however many sentences are read")
  func bounded() {
    for number in 0..<(RecentContrasts.kept + 40) {
      _ = ContrastReader.pieces(of: "stall \(number) is open but the market is shut")
    }
    #expect(RecentContrasts.count <= RecentContrasts.kept)
  }
}
