import Testing

@testable import SocraticCore

/// Conversations where something they said is easy to misfile: a relative's line they turn
/// down, a sensation told as a reason, a date given for when it started, a feeling they say
/// they did not have, a feeling they say is not theirs.
private let conversations: [LeaningConversation] = [
  // A group that feels something is their reason, not that group's view; an aunt's line they
  // turn down and a line the other side would say are no place they got to.
  LeaningConversation(
    belief: "social media is bad for teenagers",
    answers: [
      "teenagers feel pressure to look perfect all the time, and they compare themselves with everyone",
      "my little sister deletes photos if they dont get enough likes within an hour",
      "my aunt says its just a phase and every generation had something, but i dont buy that at all",
      "theyd say kids always found ways to be mean, its nothing new",
      "the comparing is the big one for me, thats what does the damage",
    ],
    filed: [("Your reasons", "feel pressure to look perfect")],
    neverFiled: [
      ("What others say", "feel pressure"), ("Where you got to", "nothing new"),
      ("Your reasons", "phase"),
    ],
    recap: ["feel pressure to look perfect"]),
  // When it started, with a date, is a story, never a reason; a feeling they say they did not
  // have leaves the map for the better word.
  LeaningConversation(
    belief: "the new bypass was a waste of money",
    answers: [
      "the traffic in the village is just as bad as before it opened",
      "i drive through at eight every morning and it still backs up past the church",
      "spring 2022 it was",
      "the council spent forty million on it and the buses got cut the same year",
      "honestly it makes me angry",
      "i wasnt angry exactly, more fed up with the council",
    ],
    leading: "traffic in the village",
    neverFiled: [(nil, "2022"), ("Feelings you named", "angry")],
    recap: ["traffic in the village"],
    neverInRecap: ["angry", "2022"]),
  // A supposition they argue against, and a doubt they deny, are nothing they granted.
  LeaningConversation(
    belief: "self checkouts are killing jobs",
    answers: [
      "the big supermarket near me had twelve tills and now it has two, the rest are machines",
      "if its all just cost cutting then the machines get off lightly dont they. and they dont",
      "im not less sure, im just saying the machines are the cause",
      "the staff who went were mostly older women who wont find work easily",
    ],
    neverFiled: [("What you granted", "get off lightly"), ("What you granted", "less sure")],
    neverInRecap: ["get off lightly", "less sure"]),
  // How long they have lived somewhere is where they come from, not a reason.
  LeaningConversation(
    belief: "short lets are ruining the city centre",
    answers: [
      "ive been renting round here since 2015",
      "rents doubled because landlords make more from tourists than from us",
      "the corner shop closed because nobody lives above it anymore",
    ],
    neverFiled: [("Your reasons", "2015")],
    neverInRecap: ["2015"]),
  // A feeling they say they do not have, told where a reason was asked, is no reason.
  LeaningConversation(
    belief: "evening classes are worth it for adults",
    answers: [
      "my brother thought i was daft for signing up for pottery at 50",
      "im not bitter about it, just saying",
      "the class got me out of the house twice a week when i was low",
    ],
    filed: [("Your reasons", "out of the house")],
    neverFiled: [("Your reasons", "bitter")],
    neverInRecap: ["bitter"]),
]

@Suite("Explore: the map files what others said, dates and denied feelings where they belong")
struct ExploreMapFilingTests {
  @Test("the closing map and the recap show what they meant", arguments: conversations)
  func conversation(_ conversation: LeaningConversation) {
    conversation.check()
  }

  /// "What you said" after a reason about fireworks and one more answer to a question of
  /// this arc.
  private static func digest(after arc: ExploreArcStep, _ answer: String) -> [String: [String]] {
    var fold = BeliefMapFold()
    let claim = "the town should ban fireworks"
    fold.apply(.belief(SessionEvent.Belief(text: claim, claim: claim)))
    let turns: [(ExploreArcStep, String)] = [
      (.reasons, "the dogs on our street shake for hours every time"), (arc, answer),
    ]
    for (index, (arc, answer)) in turns.enumerated() {
      fold.apply(
        .question(
          SessionEvent.QuestionAsked(
            number: index + 1, kind: arc == .inversion ? .inversion : .evidence,
            text: "What do you make of it?", source: .engine, arc: arc.rawValue)))
      fold.apply(.answer(SessionEvent.Answer(question: index + 1, text: answer)))
    }
    return Dictionary(uniqueKeysWithValues: fold.map.digest.map { ($0.heading, $0.items) })
  }

  @Test("what they say lowered their rating is no reason, even past a \"but\"")
  func loweredRating() {
    let digest = Self.digest(
      after: .rerate,
      "70. the kids loving the display, i cant pretend that isnt lovely. but the dogs still")
    let reasons = digest["Your reasons"] ?? []
    #expect(reasons.count == 1, "\(digest)")
    #expect(!reasons.contains { $0.contains("lovely") }, "\(digest)")
  }

  @Test("a mind they say has not changed is not what moved their rating")
  func nothingMoved() {
    let digest = Self.digest(after: .rerate, "85. i havent changed my mind really")
    #expect(digest["What moved your rating"] == nil, "\(digest)")
  }

  @Test("the other side's line, told when asked for it, is not granted")
  func reportedLine() {
    let digest = Self.digest(
      after: .inversion, "theyd say its tradition, its only one night a year")
    #expect(!(digest["What you granted"] ?? []).contains { $0.contains("tradition") }, "\(digest)")
  }

  @Test("a goodbye with the closing rating is answered warmly before the map")
  func farewell() {
    var script = ExploreScript.questioning(
      "the library should open on sundays",
      answers: ["students have nowhere quiet to work at weekends", "/quit"])
    let step = script.type("65. thanks for this, bye")
    #expect(
      ExploreScript.notices(step).contains(
        "Thank you for thinking about the library out loud with me."))
    #expect(step.outputs.last == .closingSummary)
  }
}
