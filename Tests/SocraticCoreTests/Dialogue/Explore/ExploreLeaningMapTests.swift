import Testing

@testable import SocraticCore

/// A whole explore conversation with what its closing "What you said" and the recap before
/// the closing rating must and must not show.
struct LeaningConversation: Sendable, CustomStringConvertible {
  var belief: String
  var answers: [String]
  /// The words the first of "Your reasons" holds: the reason they lean on.
  var leading: String?
  /// Under a heading, an item with these words.
  var filed: [(heading: String, words: String)] = []
  /// Under a heading (any when nil), no item with these words.
  var neverFiled: [(heading: String?, words: String)] = []
  /// Words the recap before the closing rating holds, in this order.
  var recap: [String] = []
  /// Words the recap never holds.
  var neverInRecap: [String] = []

  var description: String { belief }

  /// Runs the session (rating 75, the answers, `/quit` at 60) and checks the closing map and
  /// the last recap against what this conversation expects.
  func check() {
    var script = ExploreScript()
    script.type([belief, "y", "75"])
    script.type(answers)
    script.type(["/quit", "60"])
    let digest = SessionSummary(ExploreScript.transcript(script.events)).mapDigest
    let items = { (heading: String) in digest.first { $0.heading == heading }?.items ?? [] }
    let asked = script.questions.map(\.text)
    if let leading {
      #expect(items("Your reasons").first?.contains(leading) == true, "\(digest) \(asked)")
    }
    for (heading, words) in filed {
      #expect(items(heading).contains { $0.contains(words) }, "\(heading): \(digest) \(asked)")
    }
    for (heading, words) in neverFiled {
      let shown = heading.map(items) ?? digest.flatMap(\.items)
      #expect(!shown.contains { $0.contains(words) }, "\(words): \(digest) \(asked)")
    }
    let recap =
      script.events.compactMap { event -> String? in
        if case .summary(let value) = event { return value.text }
        return nil
      }.last ?? ""
    var rest = Substring(recap)
    for words in self.recap {
      guard let range = rest.range(of: words) else {
        Issue.record("'\(words)' not in order in the recap: \(recap)")
        break
      }
      rest = rest[range.upperBound...]
    }
    for words in neverInRecap {
      #expect(!recap.contains(words), "\(recap)")
    }
  }
}

private let conversations: [LeaningConversation] = [
  // A reason called the main one, a feeling said as an answer, a named outlet.
  LeaningConversation(
    belief: "the village pub should be saved by the community",
    answers: [
      "the pub is the only place left where old and young actually mix",
      "i'm livid about it if i'm honest",
      "there was an ITV piece on pubs closing, something like one a day",
      "also the brewery just wants to sell it off for flats",
      "the main thing is that old and young mix there, nowhere else does that",
    ],
    leading: "old and young",
    filed: [("Feelings you named", "livid"), ("Where it comes from", "ITV piece")],
    neverFiled: [("Your reasons", "livid")],
    // "livid" is taken up at once, so the brewery line answers the inversion question and
    // one reason is left: the recap leads with it, with no "mostly".
    recap: ["because", "old and young"],
    neverInRecap: ["livid about it"]),
  // A part of a reason set aside, and a feeling put in a better word.
  LeaningConversation(
    belief: "our street should be made one way",
    answers: [
      "cars race down it to dodge the lights on the main road",
      "and the parking is a nightmare on bin day",
      "it makes me nervous honestly",
      "nervous is probably the wrong word, more like angry",
      "scrap the parking bit, that isn't really it",
    ],
    leading: "race down it",
    filed: [("Feelings you named", "angry")],
    neverFiled: [
      ("Your reasons", "parking"), ("Feelings you named", "nervous"), (nil, "wrong word"),
    ],
    neverInRecap: ["parking", "nervous", "wrong word"]),
  // A reason given again leads; one called minor leaves.
  LeaningConversation(
    belief: "the school day should start later for teenagers",
    answers: [
      "teenagers have body clocks that run late, so they can't fall asleep early",
      "also sports clubs run late in the evening anyway",
      "no, the sports clubs thing is minor",
      "their body clocks run late, that's what it comes back to for me",
    ],
    leading: "body clocks",
    neverFiled: [("Your reasons", "sports clubs")],
    neverInRecap: ["sports clubs"]),
  // A story set aside as a bad example, a named station, a main reason said late.
  LeaningConversation(
    belief: "the new housing estate will ruin the town",
    answers: [
      "the roads are already jammed every morning",
      "like last week it took me forty minutes to get to the station",
      "i heard it on Radio Leeds that there'll be six hundred more houses",
      "fine, the station thing was a bad example, that was roadworks",
      "the big thing is the schools are full already",
    ],
    leading: "schools are full",
    filed: [("Where it comes from", "Radio Leeds")],
    neverFiled: [(nil, "forty minutes"), (nil, "bad example")],
    recap: ["mostly because", "schools are full"],
    neverInRecap: ["forty minutes"]),
]

@Suite("Explore: the map leads with the reason they lean on and drops what they set aside")
struct ExploreLeaningMapTests {
  @Test("the closing map and the recap show what they meant", arguments: conversations)
  func conversation(_ conversation: LeaningConversation) {
    conversation.check()
  }

  @Test("a better word for a feeling is given back as that feeling, not as a doubt")
  func betterWord() {
    var script = ExploreScript.questioning(
      "the library should open on sundays",
      answers: ["students have nowhere quiet to work at weekends", "it makes me sad honestly"])
    let step = script.type("sad is maybe the wrong word, more like frustrated")
    let reflections = ExploreScript.reflections(step)
    #expect(reflections == ["You're feeling more frustrated than sad."])
    #expect(script.dialogue.state.map.feelings.contains("frustrated"))
    #expect(!script.dialogue.state.map.feelings.contains("sad"))
    #expect(script.dialogue.state.map.doubts.isEmpty)
  }
}
