import Testing

@testable import SocraticCore

/// The one death table (`AnswerCues.deathsTold`) keeps to deaths: a trip someone went on, grief
/// given someone, a lorry passed or a player's passing is given back as said, never met with
/// "I'm so sorry"; a death told by when someone went or passed still is.
@Suite("Explore: the death table keeps to deaths")
struct ExploreDeathTableSenseTests {
  private static let belief = "Festivals are good for young people."

  @Test(
    "a trip, a telling-off, an overtaking or a player's passing is given back, not mourned",
    arguments: [
      (
        "My daughter loves festivals, she went last week and said it was worth it",
        "You're saying your daughter loves festivals, she went last week and said it was worth it."
      ),
      ("I gave her grief for being late", "You're saying you gave her grief for being late."),
      (
        "Dad passed a lorry on the bend and nearly crashed",
        "You're saying dad passed a lorry on the bend and nearly crashed."
      ),
      (
        "his passing has been brilliant this season",
        "You're saying his passing has been brilliant this season."
      ),
      ("they went in may and loved it", "You're saying they went in may and loved it."),
      (
        "she went last summer with the whole choir",
        "You're saying she went last summer with the whole choir."
      ),
      (
        "we gave her grief about the wellies all weekend",
        "You're saying you gave her grief about the wellies all weekend."
      ),
    ])
  func notADeath(answer: String, givenBack: String) {
    #expect(ExploreScript.reflectionAfterLast(of: [answer], to: Self.belief) == givenBack)
  }

  @Test(
    "a death told by when someone went or passed is still owned",
    arguments: [
      ("mum went in may and the house has been so quiet", "I'm so sorry about your mum."),
      ("dad passed in his sleep last winter", "I'm so sorry about your dad."),
      ("he passed two years ago, just before the summer", "I'm so sorry for your loss."),
      ("in her grief she stopped going out at all", "I'm so sorry for your loss."),
    ])
  func stillADeath(answer: String, owned: String) {
    let reflection = ExploreScript.reflectionAfterLast(of: [answer], to: Self.belief)
    #expect(reflection == owned)
  }
}
