import Testing

@testable import SocraticCore

/// A pack of these tests' own: an everyday belief about an allotment, with its own life in it.
private let plotBelief = PackBelief(
  text: "Keeping an allotment saves a household real money.", side: .for,
  reasons: [
    "A handful of seed packets costs less than a week of shop salad.",
    "Kale and chard keep cropping from spring right through to the frost.",
  ],
  replies: [
    "Our freezer was full of our own beans by September.",
    "I'd change my mind if the water bills and the plot rent came to more than the veg.",
  ])

private let plotPack = TopicPack(
  id: "plots", title: "Allotments", version: 1, keywords: ["allotment", "plot", "veg"],
  beliefs: [plotBelief],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// Every line of the pack's belief: what the persona may answer with.
private let plotLines = plotBelief.reasons + plotBelief.replies

/// The persona's answers to some lines, in order.
private func answers(to lines: [String]) throws -> [PersonaAnswer] {
  try personaReplies(typing: lines, holdingFirstBeliefOf: plotPack)
}

/// A word of the question that names nothing it could know of (a form of "be", a feeling, an
/// amount, a verb after an adverb) is never a "term" it pretends not to know, and shakes
/// nothing.
@Suite struct PersonaTermIsAThingTests {
  @Test(
    "a question whose only odd word names no thing is answered unshaken, with no pretended gap",
    arguments: [
      "what's been going on down the plot lately then?",
      "do you still grow much up there?",
      "what would help you feel less knackered after a day up there",
      "why bother when a bag of carrots is only a couple of quid?",
    ])
  func answeredFromItsLines(line: String) throws {
    let answer = try #require(try answers(to: [line]).first)
    #expect(answer.confidenceAfter == answer.confidenceBefore, "\(answer.text)")
    // It answers from a line of its own, or its belief, said in its own words.
    let spoken = answer.text.lowercased()
    #expect(
      (plotLines + [plotBelief.text]).contains { spoken.contains($0.lowercased().dropLast()) },
      "\(answer.text)")
  }
}

/// Someone of its own named, whose view no line of its gives, is not handed a doubt of its own
/// reason: the persona says it does not know how they see it.
@Suite struct PersonaViewerKeepsToWhatItKnowsTests {
  @Test("how its brother would see it: it does not know, and says so")
  func ownPersonUnknownView() throws {
    let answer = try #require(try answers(to: ["how would your brother see it?"]).first)
    #expect(
      answer.text
        == "My brother? I honestly couldn't tell you how he sees it; it's never really come up "
        + "between us.")
  }
}

/// A view put in its mouth as if given back is rejected for its real view, never welcomed.
@Suite struct PersonaRejectsCaricatureTests {
  @Test("a caricature after its reason gets its real view back, firmly")
  func caricatureRejected() throws {
    let said = try answers(to: [
      "why do you think it saves money?", "so you're basically saying shop veg is pointless then?",
    ])
    #expect(
      said[1].text.hasPrefix(PersonaVoice.caricatureDenied + " What I'm saying is that "),
      "\(said[1].text)")
    #expect(said[1].text.contains("saves a household real money"), "\(said[1].text)")
  }
}

/// A feeling of its own given back is met with how it feels, and moves nothing.
@Suite struct PersonaOwnsItsFeelingTests {
  @Test(
    "an empathic line about how it feels gets a feeling back, unshaken and undug",
    arguments: ["you sound worn out by it all", "sounds like you're fed up with the weeding"])
  func feelingOwned(line: String) throws {
    let said = try answers(to: ["why do you think it saves money?", line])
    #expect(said[1].text.hasPrefix(PersonaVoice.feelingOwning), "\(said[1].text)")
    #expect(said[1].confidenceAfter == said[1].confidenceBefore)
  }
}

/// A pack of these tests' own, against something: asked what put it off, it says how it came to
/// its view, from its own lines.
private let cruiseBelief = PackBelief(
  text: "Cruise holidays are a poor way to see a country.", side: .against,
  reasons: [
    "You get a few hours ashore in each port and then you're off again.",
    "The ship keeps your money on board instead of in local cafes.",
  ],
  replies: ["On our one cruise we saw Dubrovnik for three hours, in a queue."])

private let cruisePack = TopicPack(
  id: "cruises", title: "Cruises", version: 1, keywords: ["cruise", "ship", "port"],
  beliefs: [cruiseBelief], questions: [])

@Suite struct PersonaSaysWhatPutItOffTests {
  @Test("asked what put it off, it tells what happened, never its belief word for word")
  func whatPutItOff() throws {
    let said = try personaReplies(
      typing: ["why do you say that?", "what's happened that put you off them?"],
      holdingFirstBeliefOf: cruisePack)
    #expect(!said[1].text.hasPrefix("I mean it plainly"), "\(said[1].text)")
    let lived = cruiseBelief.reasons + cruiseBelief.replies
    #expect(lived.contains { said[1].text.contains($0.dropFirst().dropLast()) }, "\(said[1].text)")
  }
}
