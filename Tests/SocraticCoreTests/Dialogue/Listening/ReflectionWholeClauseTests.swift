import Testing

@testable import SocraticCore

@Suite("A reflection gives back a whole clause, with what it points at and spelt as it stands")
struct ReflectionWholeClauseTests {
  @Test(
    "a count standing where its noun should is no clause, in any frame",
    arguments: [
      "In your experience, 12 boxes in the hall.",
      "You're saying three vans on a street that narrow.",
      "In your experience, 7 lads in a three bed flat.",
    ])
  func countWithoutItsNoun(line: String) {
    #expect(!ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "a stance verb with its subject lost, or a clause in the slot of a thing, is turned down",
    arguments: [
      "You're saying really reckon the tram was a waste of money.",
      "In your experience, still think monthly is too long.",
      "So a lot of it comes from the telly is full of it.",
    ])
  func brokenSlot(line: String) {
    #expect(!ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "a thing counted or named in a slot that takes it still passes",
    arguments: [
      "So you've got 4 kids in a two bed flat.",
      "So for you it comes down to the people who run it.",
      "So for you it comes down to the stuff my boss says.",
    ])
  func wholeSlot(line: String) {
    #expect(ReflectionCheck.isFramedWell(line))
  }

  @Test(
    "a clause whose 'them' or 'their' was cut from what it means is not given back",
    arguments: [
      ("i drive a taxi so im on the roads all night and the state of them is shocking", "of them"),
      ("the kids and their parents park on the zigzags every morning", "their parents"),
    ])
  func pointerCutFromItsThing(answer: String, words: String) {
    let text = reflected(answer) ?? ""
    #expect(text.contains(words) == words.hasPrefix("their"))
  }

  @Test(
    "'their' said with 'there' is never pasted back; 'there' for a place is",
    arguments: [
      ("they send you there to do there online forms. its a faff", "there online", false),
      ("i go to there website and it never loads", "there website", false),
      ("we stayed there for years and loved it", "stayed there for years", true),
    ])
  func thereForTheir(answer: String, words: String, isGiven: Bool) {
    #expect((reflected(answer)?.contains(words) ?? false) == isGiven)
  }
}
