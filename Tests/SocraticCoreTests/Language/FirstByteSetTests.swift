import Testing

@testable import SocraticCore

@Suite("FirstByteSet")
struct FirstByteSetTests {
  @Test("a plain word of another first byte or length is ruled out; one of the words is not")
  func plainWords() throws {
    let set = try #require(FirstByteSet(["tea", "toast", "jam"]))
    #expect(set.rulesOut("butter"))
    #expect(set.rulesOut("tomato"))
    #expect(set.rulesOut("ja"))
    #expect(!set.rulesOut("tea"))
    #expect(!set.rulesOut("toast"))
    // Not one of the words, but of a first byte and length one has: it is compared.
    #expect(!set.rulesOut("ten"))
  }

  @Test("a word equal to one of the words only by canonical equivalence is never ruled out")
  func canonicalEquivalents() throws {
    // The Kelvin sign is "K" as Swift compares strings, in three bytes rather than one.
    let kelvin = "o\u{212A}"
    #expect(kelvin == "oK")
    let set = try #require(FirstByteSet(["oK", "tea"]))
    #expect(!set.rulesOut(kelvin))
    #expect(set.rulesOut("oKKKK"))
  }

  @Test("lengths rule nothing out when a word is not plain ASCII")
  func wordsNotPlain() throws {
    let set = try #require(FirstByteSet(["caf\u{E9}"]))
    #expect(!set.rulesOut("cafe\u{301}"))
    #expect(!set.rulesOut("cafes"))
    #expect(set.rulesOut("tea"))
  }
}
