import Foundation
import SocraticCore
import Testing

@Suite("A rating typed with more than the number keeps the whole line")
struct ExploreRatingWordsKeptTests {
  private static func closingRating(_ script: ExploreScript) -> SessionEvent.Confidence? {
    script.events.lazy.compactMap { event -> SessionEvent.Confidence? in
      if case .confidence(let rating) = event, rating.moment == .after { rating } else { nil }
    }.first
  }

  @Test("the words around the closing rating are logged exactly")
  func wordsKept() throws {
    var script = ExploreScript.questioning(
      "Buses should be free.", answers: ["the fares keep going up and people just drive instead"])
    _ = script.type("/quit")
    let line = "oh about 75 i reckon, ta for that"
    _ = script.type(line)
    let rating = try #require(Self.closingRating(script))
    #expect(rating.value == 75)
    #expect(rating.said == line)
    let logged = try JSONEncoder().encode(rating)
    #expect(String(decoding: logged, as: UTF8.self).contains("ta for that"))
  }

  @Test("a bare number is logged as the number alone")
  func bareNumber() throws {
    var script = ExploreScript.questioning(
      "Buses should be free.", answers: ["the fares keep going up and people just drive instead"])
    _ = script.type("/quit")
    _ = script.type("75")
    let rating = try #require(Self.closingRating(script))
    #expect(rating.value == 75)
    #expect(rating.said == nil)
  }
}
