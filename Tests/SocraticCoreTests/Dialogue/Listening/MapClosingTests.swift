import Foundation
import Testing

@testable import SocraticCore

/// A thread folded from its questions and answers, with what its closing "What you said"
/// must and must not show.
struct ClosingCase: Sendable, CustomStringConvertible {
  var claim: String
  /// Each question's arc and words, and the answer given to it.
  var turns: [(arc: ExploreArcStep, question: String, answer: String)]
  /// Under a heading, an item with these words.
  var shown: [(heading: String, words: String)] = []
  /// Under a heading, no item with these words (any heading when nil).
  var hidden: [(heading: String?, words: String)] = []

  var description: String { claim + " / " + (turns.last?.answer ?? "") }

  /// The map the thread's events fold into.
  var map: BeliefMap {
    var fold = BeliefMapFold()
    fold.apply(.belief(SessionEvent.Belief(text: claim, claim: claim)))
    for (number, turn) in turns.enumerated() {
      fold.apply(
        .question(
          SessionEvent.QuestionAsked(
            number: number + 1, kind: .evidence, text: turn.question, source: .engine,
            arc: turn.arc.rawValue)))
      fold.apply(.answer(SessionEvent.Answer(question: number + 1, text: turn.answer)))
    }
    return fold.map
  }
}

private let why = "What leads you to think so?"
private let outsider = "How might someone who disagrees with you explain the same facts?"

/// A correction takes the item it contradicts off the map and files what they meant.
private let corrections: [ClosingCase] = [
  ClosingCase(
    claim: "school uniforms should go",
    turns: [
      (.reasons, why, "because they cost parents a fortune every september"),
      (
        .probe, "How do you know that they cost parents a fortune every september?",
        "no, that's not what i meant. i meant the branded blazers cost a fortune"
      ),
    ],
    shown: [("Your reasons", "branded blazers")],
    hidden: [("Your reasons", "every september")]),
  ClosingCase(
    claim: "our town needs a bypass",
    turns: [
      (.reasons, why, "lorries shake the old houses on the high street"),
      (
        .probe, "How do you know that lorries shake the old houses on the high street?",
        "i never said that, that's what the heritage lot would say. i said the traffic never stops"
      ),
    ],
    shown: [("Your reasons", "the traffic never stops")],
    hidden: [("Your reasons", "shake the old houses")]),
  ClosingCase(
    claim: "the gym membership is a waste of money",
    turns: [
      (.reasons, why, "i only used the gym four times since january"),
      (
        .probe, "What does that tell you?",
        "well not the gym as such, the contract. it locks you in for a year"
      ),
    ],
    hidden: [("Your reasons", "four times")]),
  ClosingCase(
    claim: "electric cars are overhyped",
    turns: [
      (.reasons, why, "the batteries wear out after a few years"),
      (
        .probe, "How do you know that the batteries wear out after a few years?",
        "that's their argument, not mine. mine is that charging takes forever on a long trip"
      ),
    ],
    hidden: [("Your reasons", "batteries wear out")]),
  ClosingCase(
    claim: "my sister should move back home",
    turns: [
      (.reasons, why, "she hates her job in the city"),
      (
        .probe, "How do you know that she hates her job in the city?",
        "i didnt say that. i said she never sees her friends anymore"
      ),
    ],
    shown: [("Your reasons", "she never sees her friends")],
    hidden: [("Your reasons", "hates her job")]),
  ClosingCase(
    claim: "the local library should open on sundays",
    turns: [
      (.reasons, why, "students have nowhere quiet to revise at weekends"),
      (
        .probe, "How do you know that students have nowhere quiet to revise at weekends?",
        "i did not say students. i said families with small flats"
      ),
    ],
    hidden: [("Your reasons", "nowhere quiet")]),
  ClosingCase(
    claim: "our team should drop the weekly standup",
    turns: [
      (.reasons, why, "the meeting runs over every single week"),
      (
        .probe, "What does that tell you?",
        "not the meeting itself, the status updates. nobody listens to them"
      ),
    ],
    shown: [("Your reasons", "status updates")],
    hidden: [("Your reasons", "runs over")]),
  ClosingCase(
    claim: "fireworks should be banned for private use",
    turns: [
      (.reasons, why, "my dog shakes for hours every november"),
      (
        .probe, "How do you know that your dog shakes for hours every november?",
        "that's not what i said. i said the bangs go on till two in the morning"
      ),
    ],
    shown: [("Your reasons", "the bangs go on")],
    hidden: [("Your reasons", "dog shakes")]),
  ClosingCase(
    claim: "smartphones should be banned in schools",
    turns: [
      (.reasons, why, "kids film each other in class and post it"),
      (.outsider, outsider, "they'd say phones keep kids safe on the way home"),
      (
        .probe, "How do you know that phones keep kids safe on the way home?",
        "i didnt say that, that's the parents' side. i said the filming is the problem"
      ),
    ],
    shown: [("Your reasons", "kids film each other")],
    hidden: [("Your reasons", "keep kids safe")]),
  ClosingCase(
    claim: "the new bike lanes made traffic worse",
    turns: [
      (.reasons, why, "the bus takes twenty minutes longer now"),
      (
        .probe, "How do you know that the bus takes twenty minutes longer now?",
        "i never meant that. i meant the junction by the station backs up"
      ),
    ],
    shown: [("Your reasons", "the junction by the station backs up")],
    hidden: [("Your reasons", "twenty minutes")]),
]

/// What others say, and a comparison, is no reason of theirs.
private let voices: [ClosingCase] = [
  ClosingCase(
    claim: "the four day week would work here",
    turns: [
      (
        .reasons, why,
        "the managers all said it would wreck output, but our trial month was our best month"
      )
    ],
    hidden: [("Your reasons", "wreck output")]),
  ClosingCase(
    claim: "the new stadium is a mistake",
    turns: [
      (
        .reasons, why,
        "the council says it will bring jobs. like the shops will all be busy on match days"
      )
    ],
    hidden: [("Your reasons", "shops will all be busy"), ("Your reasons", "bring jobs")]),
  ClosingCase(
    claim: "ready meals are not real cooking",
    turns: [
      (
        .reasons, why,
        "that's like saying i built a house because i bought a flat pack wardrobe"
      )
    ],
    hidden: [("Your reasons", "flat pack wardrobe")]),
  ClosingCase(
    claim: "homeschooling is better for shy kids",
    turns: [
      (.reasons, why, "experts warned it would isolate them. my son has more friends now")
    ],
    shown: [("What others say", "isolate them")],
    hidden: [("Your reasons", "isolate them")]),
  ClosingCase(
    claim: "streaming killed the album",
    turns: [
      (.reasons, why, "it's the same as when radio played only the singles and people bought those")
    ],
    hidden: [("Your reasons", "bought those")]),
  ClosingCase(
    claim: "the bakery should stay open late",
    turns: [
      (
        .reasons, why,
        "people argue nobody buys bread after six. but we sell out of rolls by eight most nights"
      )
    ],
    hidden: [("Your reasons", "nobody buys bread")]),
  ClosingCase(
    claim: "tattoos should be allowed for nurses",
    turns: [
      (.reasons, why, "my matron reckons patients find them scary. half my patients ask about mine")
    ],
    hidden: [("Your reasons", "find them scary")]),
  ClosingCase(
    claim: "self checkouts are a step backwards",
    turns: [
      (.reasons, why, "it's as if the shop made me an unpaid cashier for my own groceries")
    ],
    hidden: [("Your reasons", "unpaid cashier")]),
  ClosingCase(
    claim: "the village should keep its post office",
    turns: [
      (
        .reasons, why,
        "they keep saying it loses money every year, but the old folk have no other bank"
      )
    ],
    hidden: [("Your reasons", "loses money")]),
  ClosingCase(
    claim: "board games beat video games for families",
    turns: [
      (
        .reasons, why,
        "everyone says screens rot your brain. as in kids go quiet and stare for hours"
      )
    ],
    hidden: [("Your reasons", "stare for hours"), ("Your reasons", "rot your brain")]),
]

/// Where they got to is a view of the claim, never a feeling or a pointer back.
private let landings: [ClosingCase] = [
  ClosingCase(
    claim: "remote work is bad for juniors",
    turns: [(.rerate, "How sure are you now, and what moved it?", "maybe 50. i'm just exhausted")],
    hidden: [("Where you got to", "exhausted")]),
  ClosingCase(
    claim: "the tax on sugar works",
    turns: [
      (
        .rerate, "How sure are you now, and what moved it?",
        "65. that's the part i keep coming back to"
      )
    ],
    hidden: [("Where you got to", "the part")]),
  ClosingCase(
    claim: "exams should be scrapped at sixteen",
    turns: [
      (
        .rerate, "How sure are you now, and what moved it?",
        "like 55. i still think exams at sixteen do more harm than good"
      )
    ],
    shown: [("Where you got to", "exams at sixteen do more harm than good")]),
  ClosingCase(
    claim: "city centres should ban cars",
    turns: [
      (
        .rerate, "How sure are you now, and what moved it?",
        "about 40. honestly i'm a bit frustrated"
      )
    ],
    hidden: [("Where you got to", "frustrated")]),
  ClosingCase(
    claim: "social media should verify ages",
    turns: [
      (
        .rerate, "How sure are you now, and what moved it?",
        "70. this is the bit that worries me most"
      )
    ],
    hidden: [("Where you got to", "the bit")]),
]

@Suite("Listening: the closing map")
struct MapClosingTests {
  @Test(
    "a correction removes what it contradicts and files what they meant",
    arguments: corrections)
  func correction(_ closing: ClosingCase) { check(closing) }

  @Test("another's line and a comparison are no reason of theirs", arguments: voices)
  func voice(_ closing: ClosingCase) { check(closing) }

  @Test("where they got to is a view of the claim", arguments: landings)
  func landing(_ closing: ClosingCase) { check(closing) }

  @Test(
    "an item that does not read as a sentence is never shown",
    arguments: [
      "people complain to you about", "the neighbours moan at you for", "you admit is a bit thin",
      "you reckon was the turning point", "you mean you just said", "like you said",
      "your boss was on about", "you guess is fair", "the kids rely on", "you know is unfair",
    ])
  func garbled(item: String) {
    #expect(!BeliefMap.reads(item))
  }

  @Test(
    "an item that reads as a sentence is shown",
    arguments: [
      "your team moved to other work", "the buses stopped running after nine",
      "you can't get the staff",
      "the council cut the grant", "your brother lost his deposit",
      "the jobs didn't vanish, they moved", "nobody checks the pavement",
      "your rent went up twice", "the trial month was your best month",
      "\u{201C}my dad was a typesetter\u{201D}",
    ])
  func wellFormed(item: String) {
    #expect(BeliefMap.reads(item))
  }

  @Test("the JSON map carries where they got to, and a map written with it loads again")
  func landingInJSON() throws {
    let map = ClosingCase(
      claim: "the four day week would work here",
      turns: [
        (.rerate, "How sure are you now?", "70. i still think the four day week would work for us")
      ]
    ).map
    guard case .object(let members) = try JSONValueEncoding.encode(map) else {
      Issue.record("the map is no JSON object")
      return
    }
    #expect(members.contains { $0.0 == "landing" })
    // What is only shown is not read back: a map written with it loads as the map it was.
    let loaded = try JSONDecoder().decode(BeliefMap.self, from: JSONEncoder().encode(map))
    #expect(loaded == map)
  }

  private func check(_ closing: ClosingCase) {
    let digest = closing.map.digest
    for (heading, words) in closing.shown {
      let items = digest.first { $0.heading == heading }?.items ?? []
      #expect(items.contains { $0.contains(words) }, "\(heading) ∌ \(words): \(digest)")
    }
    for (heading, words) in closing.hidden {
      let items = digest.filter { heading == nil || $0.heading == heading }.flatMap(\.items)
      #expect(!items.contains { $0.contains(words) }, "\(heading ?? "any") ∋ \(words): \(digest)")
    }
  }
}
