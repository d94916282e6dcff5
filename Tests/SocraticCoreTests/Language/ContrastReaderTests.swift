import SocraticCore
import Testing

/// Words of contrast are read by where they stand: opening a clause, closing one, or opening
/// a grant that the clause after it turns from.
@Suite("ContrastReader")
struct ContrastReaderTests {
  struct Case: Sendable, CustomStringConvertible {
    let sentence: String
    let pieces: [(String, ContrastReader.Turn)]
    var description: String { sentence }
  }

  static let cases: [Case] = [
    // A turn that opens a clause, anywhere in the sentence.
    Case(
      sentence: "the buses are slow but the trams are worse",
      pieces: [("the buses are slow", .continues), ("the trams are worse", .turnsFrom)]),
    Case(
      sentence: "however the figures came out last week",
      pieces: [("the figures came out last week", .turnsFrom)]),
    // A clause closed by "tho" or "though" turns, and what follows it goes on from it.
    Case(
      sentence: "the one i rode had no gears tho so kinda different",
      pieces: [
        ("the one i rode had no gears tho", .turnsFrom), ("so kinda different", .continues),
      ]),
    Case(
      sentence: "my gran managed fine, she had a landline though.",
      pieces: [("my gran managed fine, she had a landline though.", .turnsFrom)]),
    Case(
      sentence: "the ferry is cheaper tho and it runs at night",
      pieces: [("the ferry is cheaper tho", .turnsFrom), ("and it runs at night", .continues)]),
    // A grant, and the clause after its comma turning back.
    Case(
      sentence: "although the rent is lower, the flat is tiny",
      pieces: [("the rent is lower,", .grants), ("the flat is tiny", .turnsFrom)]),
    Case(
      sentence: "even though the coach was strict, we won nothing",
      pieces: [("the coach was strict,", .grants), ("we won nothing", .turnsFrom)]),
    Case(
      sentence: "though the vets charge a lot, most owners pay",
      pieces: [("the vets charge a lot,", .grants), ("most owners pay", .turnsFrom)]),
    // "still", "anyway" and "yet" turn only where a sentence or its part after a comma opens.
    Case(
      sentence: "still, the night shifts are brutal",
      pieces: [("the night shifts are brutal", .turnsFrom)]),
    Case(
      sentence: "i still think the league is fair",
      pieces: [("i still think the league is fair", .continues)]),
    Case(
      sentence: "the pay went up, anyway the hours got longer",
      pieces: [("the pay went up,", .continues), ("the hours got longer", .turnsFrom)]),
    Case(
      sentence: "the bridge is not finished yet",
      pieces: [("the bridge is not finished yet", .continues)]),
  ]

  @Test("each piece of a sentence and what it does to what came before", arguments: cases)
  func pieces(_ example: Case) {
    let pieces = ContrastReader.pieces(of: example.sentence)
    #expect(pieces.map(\.text) == example.pieces.map(\.0))
    #expect(pieces.map(\.turn) == example.pieces.map(\.1))
  }
}
