import Testing

@testable import SocraticCore

/// A verb is read as a verb where a noun reading would leave the sentence broken: before its
/// particle, after "and" under a shared modal, and after a plural subject; the denial then
/// reads as English.
@Suite("Negator reads the verb before a particle, after a shared modal and a plural subject")
struct NegatorVerbReadingTests {
  @Test(
    "an '-s' verb before its particle is the verb, never the head of a compound noun",
    arguments: [
      (
        "the bake sale gives back to the school",
        "the bake sale does not give back to the school"
      ),
      ("the book club pays back every penny", "the book club does not pay back every penny"),
    ])
  func verbBeforeParticle(claim: String, denied: String) {
    #expect(Negator.contradiction(of: claim) == denied)
  }

  @Test(
    "a second verb after 'and' under the same modal is one predicate, denied once",
    arguments: [
      (
        "landlords should fix the damp and paint walls",
        "landlords should not fix the damp and paint walls"
      ),
      (
        "tenants should report mould and demand repairs",
        "tenants should not report mould and demand repairs"
      ),
    ])
  func sharedModal(claim: String, denied: String) {
    #expect(Negator.contradiction(of: claim) == denied)
  }

  @Test(
    "a plural subject takes a bare verb; the '-s' word after it is its object",
    arguments: [
      (
        "street parties bring neighbours together",
        "street parties do not bring neighbours together"
      ),
      ("markets draw crowds together", "markets do not draw crowds together"),
    ])
  func pluralSubject(claim: String, denied: String) {
    #expect(Negator.contradiction(of: claim) == denied)
  }

  @Test("an '-s' word after an '-ing' noun is the verb when a new clause of its own follows")
  func ingNounThenClause() {
    #expect(
      Negator.contradiction(of: "the swimming works, and it costs very little")
        == "the swimming does not work, and it costs very little")
  }
}
