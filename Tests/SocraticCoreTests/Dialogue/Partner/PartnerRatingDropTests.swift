import Testing

@testable import SocraticCore

/// A rating revised in the same breath, with a point granted to the listener, is given back
/// whole: the number they settled on, the one they came down from, and what they granted.
@Suite("Partner gives back a rating's drop and the point granted with it")
struct PartnerRatingDropTests {
  @Test(
    "a rating, a lower second thought and a point granted: all three given back",
    arguments: [
      "90. maybe 85 cos the awning is still good ill give you that",
      "90 sure. maybe 85 because the awning is still good, i'll grant you that",
    ])
  func dropAndPointGranted(_ line: String) {
    var script = partnerScript()
    script.type("im selling the caravan before the winter")
    script.type("/me how sure are you of that?")
    let step = script.type(line)
    #expect(
      step.suggestedReflection
        == "So you'd put it at about 85 out of 100, down from 90, and you'd grant that the "
        + "awning is still good.")
  }

  @Test("a point granted the listener, said alone, is a concession")
  func pointGrantedAlone() {
    let words = ["ill", "give", "you", "that"]
    #expect(PartnerCueMatcher.concedingToTheListener.matches(lowercased: words))
  }
}
