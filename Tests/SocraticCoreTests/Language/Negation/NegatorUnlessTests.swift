import SocraticCore
import Testing

/// "X will Y unless Z" says that without Z, X will Y: its denial is that X will not Y even
/// without Z, never "X will not Y unless Z", which claims that only Z could bring Y about.
@Suite("Negator: an unless condition")
struct NegatorUnlessTests {
  @Test(
    "denies the clause even without the condition",
    arguments: [
      (
        "Rents will keep rising unless the council builds more homes",
        "Rents will not keep rising even if the council does not build more homes"
      ),
      (
        "The river will flood unless the dam is repaired",
        "The river will not flood even if the dam is not repaired"
      ),
      (
        "Small shops will close unless the town cuts parking fees",
        "Small shops will not close even if the town does not cut parking fees"
      ),
      (
        "Coral reefs will die out unless we stop warming the oceans",
        "Coral reefs will not die out even if we do not stop warming the oceans"
      ),
      (
        "The club will go bust, unless someone buys it",
        "The club will not go bust even if no one buys it"
      ),
      (
        "Teachers will quit unless their pay goes up",
        "Teachers will not quit even if their pay does not go up"
      ),
      (
        "Unless farmers get subsidies, food prices will soar",
        "Even if farmers do not get subsidies, food prices will not soar"
      ),
      (
        "Unless the league changes its rules, fans will stop coming",
        "Even if the league does not change its rules, fans will not stop coming"
      ),
      (
        "Antibiotics will stop working unless doctors prescribe fewer of them",
        "Antibiotics will not stop working even if doctors do not prescribe fewer of them"
      ),
      (
        "Nobody reads the news unless it is free",
        "Somebody reads the news even if it is not free"
      ),
    ])
  func deniesUnless(claim: String, denial: String) {
    #expect(Negator.contradiction(of: claim) == denial)
  }

  @Test("a clause without unless is negated as before")
  func withoutUnless() {
    #expect(
      Negator.contradiction(of: "Deepfakes will wreck elections")
        == "Deepfakes will not wreck elections")
  }
}
