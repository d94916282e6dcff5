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

  @Test("holds no more than its bound of key sizes however large the keys")
  func boundedSize() {
    let readings = RecentReadings(kept: 100, longest: 100, keptBytes: 50) { $0.count }
    for number in 10..<40 {
      #expect(readings.reading(of: "stall \(number)") == "stall \(number)".count)
      #expect(readings.heldSize <= 50)
    }
    #expect(readings.count > 0)
  }

  @Test(
    "words read together give the readings each gives alone, in order",
    arguments: [["the", "bus", "the"], [], ["café", "bus"], (0..<20).map { "stall\($0)" }])
  func readTogether(words: [String]) {
    let readings = RecentReadings(kept: 8, longest: 10) { $0.uppercased() }
    for _ in 0..<2 { #expect(readings.readings(of: words) == words.map { $0.uppercased() }) }
    #expect(readings.count <= 8)
  }

  @Test("a reading held that lacks what is asked for is read again and held in its place")
  func readingLacking() {
    let readings = RecentReadings(kept: 8, longest: 100) { "\($0): whole" }
    readings.remember("bus: part", for: "bus")
    #expect(readings.remembered("bus") == "bus: part")
    #expect(readings.reading(of: "bus") == "bus: part")
    #expect(readings.reading(of: "bus", unless: { $0.hasSuffix("part") }) == "bus: whole")
    #expect(readings.remembered("bus") == "bus: whole")
  }

  @Test("a key it does not keep is read afresh and never held")
  func notKept() {
    let readings = RecentReadings(kept: 8, longest: 3) { $0.count }
    readings.remember(99, for: "long text")
    #expect(readings.remembered("long text") == nil)
    #expect(readings.reading(of: "long text") == 9)
    #expect(readings.count == 0)
  }
}
