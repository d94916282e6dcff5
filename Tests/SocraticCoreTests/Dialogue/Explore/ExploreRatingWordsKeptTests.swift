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

  @Test(
    "the opening rating is read from a line that says more than the number, and the line kept",
    arguments: [
      ("80 easy", 80), ("85 anyway", 85), ("90. maybe 100 when the bus is late", 90),
      ("60 tops, my brother would say 20", 60),
      ("still 75. maybe 50 on the fares bit, but thats another thing", 75),
    ])
  func openingWordsKept(line: String, value: Int) throws {
    var script = ExploreScript()
    script.type(["Buses should be free.", "y"])
    let step = script.type(line)
    let rating = try #require(
      script.events.lazy.compactMap { event -> SessionEvent.Confidence? in
        if case .confidence(let rating) = event, rating.moment == .before { rating } else { nil }
      }.first)
    #expect(rating.value == value)
    #expect(rating.said == line)
    let shown = ExploreScript.notices(step).joined(separator: "\n")
    #expect(shown.contains("\(value) out of 100"), "\(shown)")
  }

  @Test("a line at the opening prompt with no rating in it is asked again")
  func openingWithoutRating() {
    var script = ExploreScript()
    script.type(["Buses should be free.", "y"])
    let step = script.type("dunno, married 24 years if that helps")
    #expect(
      ExploreScript.notices(step).contains { $0.contains("Give your confidence as a whole number") }
    )
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
