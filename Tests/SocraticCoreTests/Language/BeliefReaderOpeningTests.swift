import Testing

@testable import SocraticCore

/// What opens a belief without claiming anything (an interjection, the name of the one spoken
/// to) is no part of the claim, and "its" before what describes reads as "it's".
@Suite("A belief's opening words to the listener")
struct BeliefReaderOpeningTests {
  @Test(
    "an interjection or the listener's name before the belief is left out of the claim",
    arguments: [
      ("honestly sam, cycle lanes are a joke", "cycle lanes are a joke"),
      ("tbh crypto is a scam", "crypto is a scam"),
      ("look, remote work is better", "remote work is better"),
      ("listen, the bus fares are too high", "the bus fares are too high"),
      ("ngl the new mayor is doing fine", "the new mayor is doing fine"),
      ("frankly tom, the council wastes money", "the council wastes money"),
      ("seriously, homework should be banned", "homework should be banned"),
      ("dude, the rent here is insane", "the rent here is insane"),
      ("honestly sarah, the school lunches are awful", "the school lunches are awful"),
      ("listen mate, the buses are too slow", "the buses are too slow"),
    ])
  func openingLeftOut(text: String, claim: String) throws {
    #expect(try BeliefReader.read(text).claim.joinedText == claim)
  }

  @Test(
    "words that only look like an opening stay in the claim",
    arguments: [
      ("man is a social animal", "man"), ("mate is a word people use", "mate"),
      ("honestly china, they're lying", "china"), ("listening to music helps focus", "listening"),
      ("sam is a good mayor", "sam"), ("dude is a word", "dude"),
    ])
  func openingKept(text: String, first: String) throws {
    let claim = try BeliefReader.read(text).claim.joinedText.lowercased()
    #expect(claim.hasPrefix(first), "\(claim)")
  }

  @Test(
    "a second sentence after a comma, opened by a name and 'its', is not part of the claim",
    arguments: [
      (
        "the council is ruining this town with cycle lanes, honestly tom its a joke",
        "the council is ruining this town with cycle lanes"
      ),
      ("school starts too early, sam its not healthy", "school starts too early"),
      ("the new stadium is a waste, honestly sarah its a money pit", "the new stadium is a waste"),
      ("fast food should be taxed, tom its making kids sick", "fast food should be taxed"),
      ("the trains are always late, its a disgrace", "the trains are always late"),
      ("voting should be mandatory, its a duty", "voting should be mandatory"),
      ("cats are better than dogs, its not even close", "cats are better than dogs"),
      ("rent is too high here, its getting worse", "rent is too high here"),
      (
        "the park needs more lights, honestly its a bit scary at night",
        "the park needs more lights"
      ),
      ("phones should be banned in class, its a distraction", "phones should be banned in class"),
    ])
  func splice(text: String, claim: String) throws {
    #expect(try BeliefReader.read(text).claim.joinedText == claim)
  }
}
