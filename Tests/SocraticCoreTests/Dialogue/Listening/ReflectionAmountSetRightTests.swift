import Testing

@testable import SocraticCore

@Suite("An amount set right in the same answer is given back as they last put it")
struct ReflectionAmountSetRightTests {
  @Test(
    "an amount corrected later in the answer is given back as the last one, never the first",
    arguments: [
      (
        "we get 2 or 3 parcels nicked a month round here. actually its more like 6 now, the "
          + "flats get hit constantly",
        "6", "2 or 3"
      ),
      ("we lose 3 or 4 lunch breaks a week to meetings. actually its 5 most weeks", "5", "3 or 4"),
    ])
  func lastAmount(answer: String, last: String, first: String) throws {
    let text = try #require(reflected(answer))
    #expect(text.contains(" \(last) ") && !text.contains(first))
  }

  @Test(
    "'no' after a preposition is a house number, no correction",
    arguments: [
      "5 flats have cameras and none of them saw it. my gran lived at no 9 for years",
      "2 of us still walk to the shop, the one opposite no. 14",
    ])
  func houseNumber(answer: String) {
    #expect(AmountCorrection(in: answer) == nil)
  }

  @Test(
    "an amount is read without the punctuation typed around it, and a plain word as it is",
    arguments: [
      ("the cab home was (£18), no wait... £21!", "£18", "£21"),
      ("we sold 40 tickets actually 55", "40", "55"),
      ("it took 2\u{2026} sorry, 3 hours", "2", "3"),
    ])
  func amountsReadFromWords(line: String, said: String, meant: String) throws {
    let correction = try #require(AmountCorrection(in: line))
    #expect(correction.said == said && correction.meant == meant)
  }
}
