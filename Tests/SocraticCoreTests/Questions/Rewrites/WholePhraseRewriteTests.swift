import Testing

@testable import SocraticCore

/// A rewrite keeps a whole noun phrase or none, and never keeps the asker's verdict or
/// accusation; a chat-spelt why-never question is read as the charge it is.
@Suite("Rewrites that keep a whole phrase and no verdict")
struct WholePhraseRewriteTests {
  let critic = QuestionCritic()

  @Test("a noun phrase that goes on after 'and' is not cut in half for 'How do you see'")
  func coordinatedPhrase() throws {
    let critique = try critic.critique(
      "is a quick and cheap repair the same thing as a proper and lasting repair?")
    #expect(critique.suggestion?.lowercased().contains("see a quick?") != true)
    #expect(critique.suggestion?.hasSuffix(" a quick?") != true)
  }

  @Test(
    "a verdict put as a negative question is not handed over to weigh up",
    arguments: ["isn't that a bit of a cop out?", "isn't the new app a bit of a cop-out?"])
  func verdictNotWeighed(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.suggestion?.contains("weigh up") != true)
  }

  @Test("a complaint that they make things about themselves keeps no part of the charge")
  func selfCentredCharge() throws {
    let critique = try critic.critique(
      "why do you always have to make the wedding about you?")
    #expect(critique.form == .leading)
    #expect(critique.suggestion?.contains("about you") != true)
    #expect(critique.suggestion?.lowercased().hasPrefix("how do you see the wedding") != true)
  }

  @Test("'why are you being so …' about a thing judges the person, like 'why are you so …'")
  func beingSoAboutIt() throws {
    let critique = try critic.critique("why are you being so fussy about the seating plan?")
    #expect(critique.form == .leading, "\(critique.form)")
  }

  @Test(
    "a why-never question in chat spelling is read as the charge it is",
    arguments: ["wy u nevr cum to my gigs", "why you never answer the phone"])
  func chatWhyNever(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(critique.form)")
  }
}
