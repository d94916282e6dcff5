import Testing

@testable import SocraticCore

/// Conversations where the map could file the wrong thing: who they are told beside their
/// reason, a half of a reason they set aside, a point granted when asked which weighs most.
private let conversations: [LeaningConversation] = [
  // A span of their own life is background; the reason told after it is theirs.
  LeaningConversation(
    belief: "libraries should open on sundays",
    answers: [
      "i've read there every week since i retired, and it's the only warm quiet room for miles",
      "lol no, i don't care about the warm bit, it's the quiet",
    ],
    neverFiled: [("Your reasons", "since i retired"), ("Your reasons", "warm")],
    neverInRecap: ["since you retired", "care about"]),
  // Setting one half of a reason aside takes only that half off.
  LeaningConversation(
    belief: "dogs should be kept on leads in parks",
    answers: [
      "they chase the ducks and they knock kids over",
      "i'm not bothered about the ducks, it's the little ones getting hurt",
    ],
    filed: [("Your reasons", "knock kids over")],
    neverFiled: [("Your reasons", "ducks"), ("Where you got to", "bothered")]),
]

@Suite("Explore: the map files what they mean, and only what they set aside comes off")
struct ExploreMapFilesWhatTheyMeanTests {
  @Test("the closing map and recap", arguments: conversations)
  func filed(_ conversation: LeaningConversation) { conversation.check() }

  @Test(
    "a setting-aside of half a reason is given back as the turn",
    arguments: [
      (
        "they're cheap and my mates all have one",
        "i couldn't care less about my mates, it's the price",
        "it's the price, not your mates."
      ),
      (
        "the buses are late and the drivers are rude",
        "i'm not fussed about the drivers, it's the waiting",
        "it's the waiting, not the drivers."
      ),
    ])
  func turn(reason: String, turn: String, given: String) {
    var script = ExploreScript.questioning("The council should run the buses", answers: [reason])
    let step = script.type(turn)
    let said = ExploreScript.reflections(step)
    #expect(said.contains { $0.hasSuffix(given) }, "\(said)")
  }

  @Test("a line of who they are gives way to the reason said after it")
  func background() {
    let read = AnswerMoveReader.read(
      "i've walked that path every morning since we moved here, and the new fence blocks it",
      expectsReason: true)
    #expect(read.reasons == ["the new fence blocks it"], "\(read.reasons)")
  }

  @Test("a point granted when asked which reason weighs most is no reason")
  func grantedAtWeight() {
    var fold = BeliefMapFold()
    fold.apply(.belief(.init(text: "trams beat buses", claim: "trams beat buses")))
    fold.apply(
      .question(
        .init(
          number: 1, kind: .evidence, text: "Which of those carries the most weight for you?",
          source: .engine,
          arc: ExploreArcStep.weight.rawValue)))
    fold.apply(
      .answer(.init(question: 1, text: "fair point, the track costs a fortune to lay", moves: [])))
    #expect(!fold.map.reasons.contains { $0.text.contains("costs a fortune") }, "\(fold.map)")
  }

  @Test("an answer of control characters alone files nothing and does not crash")
  func controlCharactersAlone() {
    var fold = BeliefMapFold()
    fold.apply(.belief(.init(text: "trams beat buses", claim: "trams beat buses")))
    fold.apply(.answer(.init(question: 1, text: "\u{13}\u{7F}\u{04}", moves: [])))
    #expect(fold.map.reasons.isEmpty, "\(fold.map)")
  }
}
