import Testing

@testable import SocraticCore

private let why = "What leads you to think so?"
private let outsider = "How might someone who disagrees with you explain the same facts?"
private let more = "Apart from that, what else leads you to see it this way?"
private let rerate = "Where are you now, from 0 to 100, and what has moved, if anything?"

/// What a person says the listener got wrong comes off the closing map: a thing handed back
/// to whose it was, a point they deny granting, a reason turned down, a point taken back with
/// the view it came from.
private let setRight: [ClosingCase] = [
  ClosingCase(
    claim: "councils should protect allotments",
    turns: [
      (.reasons, why, "i couldnt get my tomatoes going after they moved the plots to the tip"),
      (
        .rerate, rerate,
        "70. that was my aunt couldnt get her tomatoes going, not me. i live in a flat"
      ),
    ],
    hidden: [("Your reasons", "tomatoes")]),
  ClosingCase(
    claim: "a four day week would work for most firms",
    turns: [
      (.reasons, why, "my mates firm did it and nobody missed a deadline"),
      (
        .outsider, outsider,
        "theyd point to shops that need someone in every day, which is fair, some jobs never stop"
      ),
      (.rerate, rerate, "i didnt grant that some jobs never stop, thats why rotas exist"),
    ],
    hidden: [("What you granted", "jobs"), ("Where you got to", "grant")]),
  ClosingCase(
    claim: "the village needs a new primary school",
    turns: [
      (.reasons, why, "the classes are thirty eight kids each and the hall is a portacabin"),
      (
        .inversion, outsider,
        "well i guess you could say falling birth rates will empty the classes anyway. my brother in law says that, hes a planner. but the council could have planned"
      ),
      (
        .moreReasons, more,
        "forget the birth rate thing, that was my brother in laws idea not mine. main thing is the classes"
      ),
    ],
    hidden: [(nil, "birth rate"), ("What others say", "brother")]),
  ClosingCase(
    claim: "phones should be banned in schools",
    turns: [
      (.reasons, why, "the haidt book says phones wreck teenage attention"),
      (
        .rerate, rerate,
        "no my reason wasnt the haidt book. it was my daughter, shes 13 and never puts hers down"
      ),
    ],
    hidden: [(nil, "haidt")]),
]

private let ahead = "Where does your view lead in ten years, for you and for others?"

/// A step away from the talk is granted nothing, and
/// where they got to is a view that says something read alone.
private let notMeant: [ClosingCase] = [
  ClosingCase(
    claim: "rents in the city are out of control",
    turns: [
      (.reasons, why, "i pay 900 for a box room and my wage hasnt moved in three years"),
      (
        .probe, ahead,
        "for me i move back up north probably. for the country idk, nothing changes. anyway sorry got a ping, new job on in hackney"
      ),
    ],
    hidden: [("What you granted", "ping")]),
  ClosingCase(
    claim: "homework should be scrapped",
    turns: [
      (.reasons, why, "my daughter does two hours a night and cries over it"),
      (.rerate, rerate, "60. but thats school not home, its different"),
    ],
    hidden: [("Where you got to", "different")]),
]

@Suite("The map set right by what the listener got wrong")
struct MapSetRightTests {
  @Test("what they say the listener got wrong is not shown back at the close", arguments: setRight)
  func setRightAtClose(_ closing: ClosingCase) {
    let digest = closing.map.digest
    for (heading, words) in closing.hidden {
      let items = digest.filter { heading == nil || $0.heading == heading }.flatMap(\.items)
      #expect(!items.contains { $0.contains(words) }, "\(heading ?? "any") ∋ \(words): \(digest)")
    }
  }

  @Test(
    "a step away is no point granted, and 'it's different' no place they got to",
    arguments: notMeant)
  func notMeantAtClose(_ closing: ClosingCase) { setRightAtClose(closing) }

  @Test(
    "a last word that tells the listener it got them wrong is owned before the thanks",
    arguments: [
      "that was my cousin who lost the shop, not me. anyway got to go, bye",
      "i didnt grant that the rent went up, thats my whole point. right im off",
      "i literally just said forget the parking. cheers anyway",
    ])
  func closingOwnsCorrection(line: String) {
    var script = ExploreClosingWordTests.atRerate(
      "The high street is dying", answer: "rents have doubled and the bank closed")
    script.type("65")
    let last = script.type(line)
    #expect(script.dialogue.state.phase == .finished)
    #expect(
      ExploreScript.notices(last).prefix(2)
        == [
          "You're right, I had that wrong.",
          "Thank you for thinking about the high street out loud with me.",
        ]
    )
    #expect(ExploreScript.reflections(last).isEmpty)
  }
}
