import Testing

@testable import SocraticCore

/// A belief restated in answer to "Did I get your claim right?" comes with words that answer
/// the question ("sort of.", "not quite, the point is …"): the claim is what follows them.
@Suite("A belief restated in reply")
struct BeliefReaderReplyTests {
  @Test(
    "a reply before the restated belief is no part of the claim",
    arguments: [
      (
        "kinda. its more like cars should pay to enter the centre",
        "cars should pay to enter the centre"
      ),
      ("not quite, the point is that schools need more teachers", "schools need more teachers"),
      ("nope lol. the landlord should fix the boiler", "the landlord should fix the boiler"),
      ("sort of... my point is phones dont belong in class", "phones dont belong in class"),
      ("not exactly. what i meant is the tram is too expensive", "the tram is too expensive"),
      ("almost, the thing is that kids need more sleep", "kids need more sleep"),
      ("nah not really. dogs should be on a lead in parks", "dogs should be on a lead in parks"),
      ("ugh ok. the night bus should run till two", "the night bus should run till two"),
      ("hmm. fine. kids get too much homework", "kids get too much homework"),
      ("hmmm. the bins should go out on fridays", "the bins should go out on fridays"),
    ])
  func replyLeftOut(text: String, claim: String) throws {
    let belief = try BeliefReader.read(text)
    #expect(belief.claim.joinedText == claim)
    #expect(!belief.inverted.joinedText.contains("quite"))
  }

  @Test(
    "a short answer alone, or words that only look like one, stay a belief's words",
    arguments: [
      ("close friends matter more than money", "close friends matter more than money"),
      ("almost everyone lies on their cv", "almost everyone lies on their cv"),
    ])
  func replyWordsKept(text: String, claim: String) throws {
    #expect(try BeliefReader.read(text).claim.joinedText == claim)
  }
}

/// Chat after a belief (a laugh, an eye-roll and what follows it) is said about the belief and
/// is no part of the claim or its inversion.
@Suite("Chat after a belief")
struct BeliefReaderChatTailTests {
  @Test(
    "what follows a laugh inside the belief's sentence is context",
    arguments: [
      (
        "the gym is a waste of money lol 40 quid a month to sit in traffic",
        "the gym is a waste of money", "40 quid a month to sit in traffic."
      ),
      (
        "self checkouts are ruining shops lmao nobody even works there now",
        "self checkouts are ruining shops", "nobody even works there now."
      ),
      (
        "the council never listens \u{1F644} they just do what they want",
        "the council never listens", "they just do what they want."
      ),
    ])
  func laughEndsClaim(text: String, claim: String, context: String) throws {
    let belief = try BeliefReader.read(text)
    #expect(belief.claim.joinedText == claim)
    #expect(belief.context.joinedText == context)
    #expect(!belief.inverted.joinedText.contains("quid"))
  }

  @Test(
    "a laugh or chat tag at the end goes from the claim and its inversion",
    arguments: [
      ("trains here are a joke tbh", "trains here are a joke", "trains here are not a joke"),
      ("the new flats are ugly lol", "the new flats are ugly", "the new flats are not ugly"),
      (
        "tipping culture is out of hand \u{1F644}", "tipping culture is out of hand",
        "tipping culture is not out of hand"
      ),
    ])
  func tagDropped(text: String, claim: String, inverted: String) throws {
    let belief = try BeliefReader.read(text)
    #expect(belief.claim.joinedText == claim)
    #expect(belief.inverted.joinedText == inverted)
  }
}

/// A condition typed without its comma ("if i get my niece a phone she'll stop reading"): the
/// main clause starts at the subject pronoun that opens it, and it is what the inversion denies.
@Suite("A belief that is a condition typed without its comma")
struct BeliefReaderCommalessConditionTests {
  @Test(
    "the main clause is read and inverted, not a word of the condition",
    arguments: [
      ("if i get my niece a phone she'll stop reading", "she will not stop reading")
    ])
  func mainClauseInverted(text: String, inverted: String) throws {
    let belief = try BeliefReader.read(text)
    #expect(belief.inverted.joinedText.hasSuffix(inverted))
  }
}
