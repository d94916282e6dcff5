import Testing

@testable import SocraticCore

/// Conversations as people type them (lowercase, run-ons, dialect): the reflection given back
/// after each answer is its point in one whole clause of theirs, never the scene they set
/// first, a consequent in place of its condition, or two clauses spliced into broken English.
@Suite("Explore gives back the point of an answer, in whole clauses")
struct ExploreReflectionPointTests {
  /// The reflection shown after typing the belief, "y", a rating and the answers, the last
  /// answer's alone.
  private func reflection(_ belief: String, _ answers: [String]) -> String {
    ExploreScript.reflectionAfterLast(of: answers, to: belief)
  }

  @Test(
    "the contrast said in outrage is given back, never the job or the years that set the scene",
    arguments: [
      (
        "Football clubs should pay more tax.",
        "i run the tuck shop at our ground, done it 18 year. the volunteers give up every saturday for nothing. and then you got the owners buying yachts off the back of it?? its a farce",
        "what gets you is the owners buying yachts", ["tuck shop", "18 year"]
      ),
      (
        "Landlords should be licensed.",
        "i fix boilers for a living, twenty odd year now. half my callouts are flats with no heating all winter. meanwhile the agents take their cut every month and never lift a finger!!",
        "what gets you is that the agents take their cut every month", ["boilers", "twenty"]
      ),
    ] as [(String, String, String, [String])])
  func contrastOverScene(belief: String, answer: String, point: String, scene: [String]) {
    let said = reflection(belief, [answer])
    #expect(said.contains(point), "\(said)")
    for words in scene { #expect(!said.contains(words), "\(said)") }
  }

  @Test("where they work and how long is scene: the sentence after it carries the point")
  func sceneThenPoint() {
    let said = reflection(
      "Primary schools are underfunded.",
      [
        "i teach at a little primary in hull, been at it 9 year. the reading scores have dropped every year since the cuts"
      ])
    #expect(said.contains("the reading scores have dropped every year since the cuts"), "\(said)")
    #expect(!said.contains("hull"), "\(said)")
  }

  @Test("a feeling said with a contrast is named as a feeling, and what it is about given back")
  func feelingWithContrast() {
    let said = reflection(
      "Big companies should pay their cleaners more.",
      [
        "ive cleaned offices for 20 year. we get minimum wage and then the directors vote themselves a pay rise. makes me sick"
      ])
    #expect(said.contains("disgusted"), "\(said)")
    #expect(said.contains("the directors vote themselves a pay rise"), "\(said)")
    #expect(!said.contains("feeling sick"), "\(said)")
  }

  @Test(
    "what would change their mind is the if-clause, never the grant that follows 'then'",
    arguments: [
      "if they actually paid their cleaners a proper wage then fair enough id say let them get on with it",
      "well if the club put the ticket money back into the town then fair play, id leave them alone",
    ])
  func conditionGivenBack(answer: String) {
    let said = reflection("Football clubs should pay more tax.", ["they make millions", answer])
    #expect(said.contains("if "), "\(said)")
    #expect(said.contains("the club put") || said.contains("they actually paid"), "\(said)")
    #expect(!said.contains("grant"), "\(said)")
  }

  @Test("a 'maybe' in what the condition would grant is theirs, and stays")
  func hedgedOutcomeKept() {
    let said = reflection(
      "Football clubs should pay more tax.",
      [
        "they make millions",
        "if the ground was still half empty after that then fair enough maybe my brother is right",
      ])
    #expect(said.contains("maybe your brother is right"), "\(said)")
  }

  @Test("a grant after 'so' gives back what gave them pause, as one clause")
  func pauseNotChain() {
    let said = reflection(
      "Hospitals should stop using agency nurses.",
      [
        "they cost three times as much",
        "ok the wards are stretched already so maybe you've got a point there",
      ])
    #expect(said.contains("the wards are stretched already"), "\(said)")
    #expect(said.contains("pause"), "\(said)")
    #expect(!said.contains(" so "), "\(said)")
  }

  @Test("a clause typed without its subject after a comma is cut, not spliced on")
  func subjectlessTail() {
    let said = reflection(
      "Night shifts should pay double.", ["i work nights on the wards, been doing it since covid"])
    #expect(said.contains("you work nights on the wards"), "\(said)")
    #expect(!said.contains("been doing"), "\(said)")
  }

  @Test("a 'no' that names the person meant owns the miss and names them in what follows")
  func personPutRight() {
    let said = reflection(
      "Grammar schools are unfair.",
      ["my cousin got in and hated it", "no my neighbour, its her boy that got in not her"])
    #expect(said.hasPrefix(ReflectionWriter.repair), "\(said)")
    #expect(said.contains("your neighbour's boy"), "\(said)")
  }

  @Test("a clause typed without its subject is never given back as one")
  func droppedSubject() {
    let said = reflection(
      "Council tax is unfair.", ["always ends up with the same streets paying for it"])
    #expect(!said.contains("So always"), "\(said)")
    #expect(!said.contains("saying always"), "\(said)")
  }
}
