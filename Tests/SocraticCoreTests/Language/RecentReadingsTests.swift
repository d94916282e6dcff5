import Testing

@testable import SocraticCore

@Suite("RecentReadings")
struct RecentReadingsTests {
  /// Answers of several sentences, an ellipsis, accents, curly quotes, and one longer than is
  /// kept.
  static let answers = [
    "My brother lost money. He says it was a scam! Was it?",
    "a total ban... my daughter rides one to school",
    "Café owners were told it changes nothing. They didn’t believe it.",
    String(repeating: "The bus is late again. ", count: 300),
    "",
  ]

  @Test(
    "an answer split again gives the sentences and words a fresh split gives",
    arguments: answers)
  func readAgain(answer: String) {
    let sentences = BeliefMap.sentences(of: answer)
    let words = BeliefMap.plainWords(answer)
    for _ in 0..<2 {
      #expect(BeliefMap.sentences(of: answer) == sentences)
      #expect(BeliefMap.plainWords(answer) == words)
    }
    #expect(
      sentences.joined(separator: " ").split(separator: " ").count
        == answer.split(whereSeparator: \.isWhitespace).count)
  }

  @Test("holds no more than its bound however many texts are read")
  func bounded() {
    let readings = RecentReadings(kept: 8, longest: 100) { $0.count }
    for number in 0..<40 {
      #expect(readings.reading(of: "stall \(number) is open") == "stall \(number) is open".count)
    }
    #expect(readings.count <= 8)
    #expect(readings.reading(of: String(repeating: "x", count: 200)) == 200)
    #expect(readings.count <= 8)
  }
}
