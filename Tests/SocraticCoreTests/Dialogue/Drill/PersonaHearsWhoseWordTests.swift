import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief that measures against something ("than"), and one that
/// does not.
private let busPack = TopicPack(
  id: "buses", title: "Buses", version: 1, keywords: ["bus", "buses"],
  beliefs: [
    PackBelief(
      text: "Electric buses are quieter than diesel ones ever were.", side: .for,
      reasons: [
        "You can hold a conversation at the stop while one pulls in.",
        "Drivers say their ears no longer ring at the end of a shift.",
      ]),
    PackBelief(
      text: "Electric buses cost towns too much.", side: .against,
      reasons: ["The batteries wear out within a few winters."]),
  ],
  questions: [])

private let gardenPack = TopicPack(
  id: "gardens", title: "Gardens", version: 1, keywords: ["garden", "gardens"],
  beliefs: [
    PackBelief(
      text: "Shared gardens make a street friendlier.", side: .for,
      reasons: [
        "Neighbours who dig side by side end up talking.",
        "Children get to know the older people on the road.",
      ]),
    PackBelief(
      text: "Shared gardens cause rows over who weeds.", side: .against,
      reasons: ["Someone always ends up doing all the work."]),
  ],
  questions: [])

private let parkPack = TopicPack(
  id: "parks", title: "Parks", version: 1, keywords: ["park", "parks"],
  beliefs: [
    PackBelief(
      text: "All town parks deserve more gardeners.", side: .for,
      reasons: [
        "Beds go to weeds within a single summer.",
        "Benches rot when nobody oils them.",
      ]),
    PackBelief(
      text: "Parks can look after themselves.", side: .against,
      reasons: ["Wild corners are good for bees."]),
  ],
  questions: [])

@Suite("The drill persona hears whose word is whose, and what it is measured against")
struct PersonaHearsWhoseWordTests {
  @Test("what the asker says of their own side is no word put on the persona")
  func askersSideIsNoPushedWord() throws {
    var script = drill(holdingFirstBeliefOf: busPack)
    let reply = try personaReply(
      in: script.type("folk said that about trams and we're all still driving, right?"))
    #expect(!reply.text.contains("your word"), "\(reply.text)")
  }

  @Test("a quantifier after the copula is no quality: the quality after it is handed back")
  func floatedQuantifierIsSkipped() throws {
    var script = drill(holdingFirstBeliefOf: busPack)
    let reply = try personaReply(in: script.type("surely they're all pointless?"))
    #expect(reply.text.hasPrefix("\u{201C}Pointless\u{201D} is your word"), "\(reply.text)")
  }

  @Test("'i didnt say that' after a word handed back is owned as a misreading, confidence unmoved")
  func misreadingIsOwned() throws {
    var script = drill(holdingFirstBeliefOf: busPack)
    script.type("surely they're all pointless?")
    let reply = try personaReply(in: script.type("?? i didnt say pointless"))
    #expect(PersonaVoice.misheardOwned.contains { reply.text.hasPrefix($0) }, "\(reply.text)")
    #expect(reply.confidenceAfter == reply.confidenceBefore)
    // A question after such a word is asked, never taken for one.
    let (asked, critique) = try replyAndCritique(
      in: script.type("i never said it was a bad idea, but how do you know the drivers feel that?"))
    #expect(critique.form == QuestionForm.open.rawValue, "\(critique.form)")
    #expect(!PersonaVoice.misheardOwned.contains { asked.text.hasPrefix($0) }, "\(asked.text)")
  }

  @Test("'compared to what' is answered with what its belief measures against")
  func comparedToWhatNamesTheMeasure() throws {
    var script = drill(holdingFirstBeliefOf: busPack)
    script.type("what makes you say that?")
    let reply = try personaReply(in: script.type("compared to what though?"))
    #expect(reply.text.hasPrefix("Compared with diesel ones: "), "\(reply.text)")
    #expect(!reply.text.contains("know much about"), "\(reply.text)")
  }

  @Test("'compared to what' of a belief that measures against nothing is owned as a gap")
  func comparedToWhatWithNoMeasure() throws {
    var script = drill(holdingFirstBeliefOf: gardenPack)
    script.type("why do you think that?")
    let reply = try personaReply(in: script.type("friendlier compared to what?"))
    #expect(reply.text.hasPrefix("Fair question: I haven't set it beside"), "\(reply.text)")
    #expect(reply.confidenceAfter < reply.confidenceBefore)
  }

  @Test("once it grants its 'all' goes too far, it never says its belief whole with it again")
  func grantIsKept() throws {
    var script = drill(holdingFirstBeliefOf: parkPack)
    let grant = try personaReply(in: script.type("every single one?"))
    #expect(grant.text.hasPrefix("Not every last one"), "\(grant.text)")
    for line in ["do you still think so?", "is that a yes?", "are you sure?", "what do you mean?"] {
      let reply = try personaReply(in: script.type(line))
      #expect(!reply.text.lowercased().contains("all town parks"), "\(line) → \(reply.text)")
    }
  }

  @Test("'who checks it' is owned as a gap, never answered with the belief said again")
  func whoIsOwnedAsAGap() throws {
    var script = drill(holdingFirstBeliefOf: gardenPack)
    script.type("why do you think that?")
    let reply = try personaReply(in: script.type("ok but who checks it?"))
    #expect(reply.text.hasPrefix("Honestly, I haven't worked out who"), "\(reply.text)")
    #expect(reply.confidenceAfter < reply.confidenceBefore)
  }

  @Test("a half of an either/or that says the word again is never named back as its sense")
  func halfWithTheWordIsNoSense() throws {
    var script = drill(holdingFirstBeliefOf: gardenPack)
    let reply = try personaReply(
      in: script.type(
        "what do you mean by friendlier - is chatting with neighbours friendlier, or just waving hello?"
      ))
    #expect(!reply.text.hasPrefix("More the"), "\(reply.text)")
    #expect(!reply.text.contains("neighbours friendlier"), "\(reply.text)")
  }
}
