import Testing

@testable import SocraticCore

/// The opposite of preferring one course to another is preferring the other: the two sides of
/// "rather than" change places, never "should not buy rather than rent".
@Suite("Negating a preference")
struct NegatorPreferenceTests {
  @Test(
    "a preference between two courses turns the other way",
    arguments: [
      ("we should cycle rather than drive", "we should drive rather than cycle"),
      (
        "councils should fix the roads rather than build new ones",
        "councils should build new ones rather than fix the roads"
      ),
      (
        "you would rather walk than wait for the bus", "you would rather wait for the bus than walk"
      ),
      (
        "kids should play outside rather than sit on tablets.",
        "kids should sit on tablets rather than play outside."
      ),
    ])
  func preferenceSwapped(text: String, inverted: String) {
    #expect(Negator.contradiction(of: text) == inverted)
  }

  @Test(
    "a contrast that is not between two courses is still denied",
    arguments: [
      ("we should cycle to work", "we should not cycle to work"),
      ("the town needs buses rather than cars", "the town does not need buses rather than cars"),
      ("we should not cycle rather than drive", "we should cycle rather than drive"),
    ])
  func otherContrastDenied(text: String, inverted: String) {
    #expect(Negator.contradiction(of: text) == inverted)
  }
}
