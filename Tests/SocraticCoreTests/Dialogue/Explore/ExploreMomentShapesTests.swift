import Testing

@testable import SocraticCore

/// Moments told in shapes with no word for them, answered first: a feeling about where they
/// stand, a grant whose object comes first, a view of their own found, who did it put right.
@Suite("Moments in shapes with no cue word, answered in the next move")
struct ExploreMomentShapesTests {
  /// A feeling told with no word for it, and words the reflection must hold.
  static let unnamedFeelings: [(answer: String, shown: String)] = [
    ("I can't cook much, Margaret always did the cooking.", "you used to rely on Margaret"),
    ("I don't do the forms, my husband always handled the paperwork.", "rely on your husband"),
    ("honestly it's like they've decided we'll all just die out up here", "written off"),
    ("nobody consulted the parents, we got a text the night before", "not to have been asked"),
    ("nobody in charge ever listened to us about the flooding", "let down"),
    ("I was the first one in my family to finish school, so it matters", "proud"),
    ("I'm not one to moan, we get by most weeks", "rather not make a fuss"),
    (
      "my sister's basically coping with it all on her own since the divorce",
      "a lot for your sister to carry alone"
    ),
  ]

  @Test("a feeling told with no word for it is named under the fact", arguments: unnamedFeelings)
  func unnamedFeeling(answer: String, shown: String) {
    let said = ExploreScript.reflectionAfterLast(
      of: [answer], to: "Small towns need their libraries kept open.")
    #expect(said.lowercased().contains(shown.lowercased()), "\(answer) → \(said)")
  }

  /// Grants whose object comes first, and what the reflection says they granted.
  static let frontedGrants: [(answer: String, shown: String)] = [
    (
      "the cycle lanes I'll give them. but the buses are a joke",
      "you'd grant them the cycle lanes, but the buses are a joke."
    ),
    (
      "The new pool I'll give him, he pushed for that. But the roads are still awful",
      "you'd grant him the new pool"
    ),
  ]

  @Test("a grant whose object comes first says what was granted", arguments: frontedGrants)
  func frontedGrant(answer: String, shown: String) {
    let said = ExploreScript.reflectionAfterLast(of: [answer], to: "The council has let us down.")
    #expect(said.lowercased().contains(shown.lowercased()), "\(answer) → \(said)")
  }

  @Test("a grant whose object comes first is read as what it grants")
  func frontedGrantRead() {
    let read = AnswerMoveReader.read("the cycle lanes I'll give them. but the buses are a joke")
    #expect(read.doubts == ["the cycle lanes I'll give them"], "\(read)")
    #expect(read.plan == nil)
  }

  @Test("'I'll give them a ring' grants nothing")
  func planIsNoGrant() {
    let said = ExploreScript.reflectionAfterLast(
      of: ["I'll give them a ring about the potholes tomorrow"], to: "The council has let us down.")
    #expect(!said.contains("grant"), "\(said)")
  }

  /// Views of their own found or narrowed, and what the reflection gives back.
  static let findings: [(answer: String, shown: String)] = [
    (
      "hm. maybe that's the real issue for me, it's the fees not the teaching",
      "that may be the real issue for you: it's the fees not the teaching."
    ),
    ("ok so that's the actual problem for me", "that's the actual problem for you."),
  ]

  @Test("a view of theirs found is given back as theirs, never as doubt", arguments: findings)
  func finding(answer: String, shown: String) {
    let said = ExploreScript.reflectionAfterLast(
      of: ["the loans are huge", answer], to: "University is not worth the money.")
    #expect(said.contains(shown), "\(answer) → \(said)")
    #expect(!said.contains("less sure") && !said.contains("grant"), "\(answer) → \(said)")
  }

  /// Who did it put right by a stressed subject after "no".
  static let stressedCorrections: [(answer: String, shown: String)] = [
    (
      "no SHE signed up for it, the school only sent the link",
      "Sorry, I got that wrong. So she signed up for it"
    ),
    ("nah THEY picked the route, the driver just followed it", "Sorry, I got that wrong."),
  ]

  @Test("'no HE did' owns the miss and gives back who did it", arguments: stressedCorrections)
  func stressedCorrection(answer: String, shown: String) {
    let said = ExploreScript.reflectionAfterLast(
      of: ["my daughter's on some betting app now", answer],
      to: "Gambling adverts should be banned.")
    #expect(said.contains(shown), "\(answer) → \(said)")
  }
}
