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

/// The word sets other readers take from the table read as the table does.
@Suite("ContrastReader word sets")
struct ContrastReaderWordSetTests {
  @Test(
    "a turning word after a comma turns the clause it opens",
    arguments: ContrastReader.turningWords.sorted())
  func turningWord(word: String) {
    let pieces = ContrastReader.pieces(of: "the buses are slow, \(word) the trams run late")
    #expect(pieces.last?.turn == .turnsFrom)
    #expect(pieces.last?.text == "the trams run late")
  }

  @Test(
    "a word that opens a clause turns it or grants it anywhere in a sentence",
    arguments: ContrastReader.clauseOpeners.sorted())
  func clauseOpener(word: String) {
    let pieces = ContrastReader.pieces(of: "the buses are slow \(word) the trams run late")
    #expect(pieces.last?.turn != .continues)
    #expect(pieces.last?.text == "the trams run late")
  }

  @Test(
    "a word that closes a clause turns the clause it closes",
    arguments: ContrastReader.clauseClosers.sorted())
  func clauseCloser(word: String) {
    let pieces = ContrastReader.pieces(of: "the trams had no seats \(word)")
    #expect(pieces.first?.turn == .turnsFrom)
    #expect(pieces.first?.isClosedByMarker == true)
  }

  @Test("a sentence opens with the turning words and the granting ones")
  func sentenceOpeners() {
    #expect(
      ContrastReader.sentenceOpeners
        == ["but", "however", "still", "anyway", "yet", "although", "though"])
    #expect(ContrastReader.clauseOpeners == ["but", "however", "although", "though"])
  }
}

/// The answer reader takes its turns from the table: an answer whose sentence opens with any
/// turning word turns back to the person's side.
@Suite("ContrastReader turns in answers")
struct ContrastReaderAnswerTests {
  static let answers = [
    "The trams are cheaper. However, the buses come more often.",
    "Some shops closed. Anyway, the market is busier than ever.",
    "Rents went up a lot. Still, the flats are worth it.",
    "The lake froze early. But the skaters stayed away.",
    "Fewer people fish here now. Yet the river is cleaner.",
    "The bakery sells less bread. However the cakes sell out daily.",
    "Parking got harder. Anyway the new lot opens in May.",
    "Our team lost twice. However, the coach kept everyone.",
    "The library cut its hours. Anyway, most people read online.",
    "The ferry is slow. However, it never breaks down.",
  ]

  @Test("an answer whose sentence opens with a turning word turns back", arguments: answers)
  func turnsBack(answer: String) {
    #expect(AnswerMoveReader.read(answer).turnsBack)
  }
}
