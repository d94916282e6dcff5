import Testing

@testable import SocraticCore

/// An explore conversation that reaches the mid-session recap, with what the recap, the
/// tool's reply to what is said to it, and the closing "What you said" must and must not show.
struct RecapConversation: Sendable, CustomStringConvertible {
  var belief: String
  /// Typed in turn; the recap comes after the last of them.
  var answers: [String]
  /// Words the recap holds, in this order.
  var recap: [String]
  /// Words the recap never holds.
  var neverInRecap: [String] = []
  /// Said to the recap.
  var reply: String
  /// Words the lines shown after the reply hold, in this order.
  var afterReply: [String]
  /// Words no line shown after the reply holds.
  var neverAfterReply: [String] = []
  /// Whether the reply leaves the recap waiting (a bare "no"), with no question yet.
  var waits = false
  /// Typed after the reply, before `/quit`.
  var later: [String] = []
  /// Words no line shown after those holds.
  var neverLater: [String] = []
  /// The words the first of "Your reasons" holds at the close: the reason they lean on.
  var leading: String?
  /// Under a heading, an item with these words.
  var filed: [(heading: String, words: String)] = []
  /// Under a heading (any when nil), no item with these words.
  var neverFiled: [(heading: String?, words: String)] = []
  /// Whether the last answer is given to "which weighs most", asked then whatever the arc
  /// would have asked (the session resumed with that question as the last asked).
  var answersWhichWeighsMost = false

  var description: String { belief }

  func check() {
    var script = ExploreScript()
    script.type([belief, "y", "75"])
    // What was logged before a resume, which the resumed script's steps do not hold.
    var earlier: [SessionEvent.Payload] = []
    if answersWhichWeighsMost, let last = answers.last {
      script.type(Array(answers.dropLast()))
      earlier = Self.withLastAskedWhichWeighsMost(script.events)
      script = ExploreScript(resuming: earlier, setting: DialogueFixtures.setting())
      script.type(last)
    } else {
      script.type(answers)
    }
    let asked = script.questions.map(\.text)
    guard case .checkingRecap = script.dialogue.state.phase else {
      Issue.record("no recap waits after the answers: \(asked)")
      return
    }
    let recap =
      script.events.compactMap { event -> String? in
        if case .summary(let value) = event, value.isCheck { return value.text }
        return nil
      }.last ?? ""
    #expect(recap.hasSuffix("Did I get that right?"), "\(recap)")
    Self.expectInOrder(recap, self.recap)
    for words in neverInRecap { #expect(!recap.contains(words), "\(recap)") }
    let step = script.type(reply)
    let shown =
      ExploreScript.notices(step).joined(separator: " ")
      + (ExploreScript.question(step).map { " " + $0.text } ?? "")
    Self.expectInOrder(shown, afterReply)
    for words in neverAfterReply { #expect(!shown.contains(words), "\(shown)") }
    // The reply answers the recap, not the question before it, and the questions go on.
    #expect((ExploreScript.question(step) == nil) == waits, "\(shown)")
    let before = script.steps.count
    script.type(later)
    let laterShown = script.steps.dropFirst(before).flatMap(ExploreScript.notices)
    for words in neverLater {
      #expect(!laterShown.contains { $0.contains(words) }, "\(laterShown)")
    }
    script.type(["/quit", "60"])
    let digest = SessionSummary(ExploreScript.transcript(earlier + script.events)).mapDigest
    let items = { (heading: String) in digest.first { $0.heading == heading }?.items ?? [] }
    if let leading {
      #expect(items("Your reasons").first?.contains(leading) == true, "\(digest)")
    }
    for (heading, words) in filed {
      #expect(items(heading).contains { $0.contains(words) }, "\(heading): \(digest)")
    }
    for (heading, words) in neverFiled {
      let shown = heading.map(items) ?? digest.flatMap(\.items)
      #expect(!shown.contains { $0.contains(words) }, "\(words): \(digest)")
    }
  }

  /// The events with their last question made the arc's "which weighs most".
  static func withLastAskedWhichWeighsMost(_ events: [SessionEvent.Payload])
    -> [SessionEvent.Payload]
  {
    var events = events
    if let last = events.lastIndex(where: { if case .question = $0 { true } else { false } }),
      case .question(var asked) = events[last]
    {
      asked.text = "Of the reasons you gave, which one carries the most weight for you?"
      asked.arc = ExploreArcStep.weight.rawValue
      events[last] = .question(asked)
    }
    return events
  }

  static func expectInOrder(_ text: String, _ words: [String]) {
    var rest = Substring(text)
    for word in words {
      guard let range = rest.range(of: word) else {
        Issue.record("'\(word)' not in order in: \(text)")
        return
      }
      rest = rest[range.upperBound...]
    }
  }
}

private let conversations: [RecapConversation] = [
  // A yes: acknowledged, and the questions go on; the reason named as weighing most leads.
  RecapConversation(
    belief: "the council should build more bike lanes",
    answers: [
      "cyclists get clipped by vans all the time on the ring road",
      "my neighbour got knocked off last spring",
      "plus fewer cars would mean less traffic for everyone",
      "the lights on the ring road back up for a mile every morning",
      "probably the vans one, cyclists getting clipped",
    ],
    recap: ["So you think", "bike lanes", "mostly because", "cyclists get clipped"],
    neverInRecap: ["less traffic"],
    reply: "yeah pretty much",
    afterReply: ["Good."],
    neverAfterReply: ["Sorry"],
    leading: "cyclists get clipped"),
  // A correction naming another reason on the map: that one leads, given back once with an
  // apology, in their words.
  RecapConversation(
    belief: "my brother should sell his car",
    answers: [
      "he barely drives it, it sits outside for weeks",
      "the insurance alone costs him a fortune every year",
      "also he lives right by the train station",
      "the insurance one i'd say",
    ],
    recap: ["mostly because", "insurance"],
    reply: "not really, i said he barely drives it, that's the main thing",
    afterReply: ["Sorry, I got that wrong", "he barely drives it"],
    leading: "barely drives it",
    filed: [("Your reasons", "insurance")]),
  // A correction that names nothing on the map: their words lead; a later miss is owned
  // without a second apology.
  RecapConversation(
    belief: "schools should ban phones in class",
    answers: [
      "kids cant focus with them buzzing in their pockets",
      "teachers spend half the lesson telling them to put them away",
      "and the bullying on group chats carries on all day",
      "it's been on the news loads, the head wrote to parents about it",
      "the focus thing",
    ],
    recap: ["mostly because", "focus"],
    reply: "no, it's more that they never talk to each other at lunch anymore",
    afterReply: ["Sorry, I got that wrong \u{2014} they never talk to each other at lunch"],
    later: [
      "the canteen is dead quiet, everyone's on their screens",
      "no i meant the canteen at lunch, not the classrooms",
    ],
    neverLater: ["Sorry"],
    leading: "never talk to each other",
    filed: [("Your reasons", "focus")]),
  // A bare no, then what they meant; a reason dropped by its words, in a wording of its own.
  RecapConversation(
    belief: "our office should go back to five days in",
    answers: [
      "new starters learn way faster sitting next to people",
      "and the parking out front is empty most days which is a waste",
      "people skip the meetings when they're at home",
      "half the team has cameras off and nobody says a word",
      "the new starters one",
    ],
    recap: ["mostly because", "new starters learn"],
    reply: "no",
    afterReply: ["Sorry, I got that wrong. What did I miss?"],
    waits: true,
    later: [
      "it's more the meetings, people just skip them",
      "ok ignore what i said about the parking, that was me being petty",
    ],
    leading: "meetings",
    filed: [("Reasons you set aside", "parking")],
    neverFiled: [("Your reasons", "parking")]),
  // The one that weighs most, named only in the answer to which weighs most: filed and leading.
  RecapConversation(
    belief: "we should move to the coast next year",
    answers: [
      "house prices there are half what we pay now",
      "the kids would be outdoors more instead of on screens",
      "my partner grew up by the sea and misses it",
      "she'd say the same, she brings it up every summer",
      "honestly the thing about my mum being on her own up there",
    ],
    recap: ["mostly because", "your mum"],
    reply: "yes",
    afterReply: ["Good."],
    leading: "mum",
    answersWhichWeighsMost: true),
]

@Suite("Explore: the mid-session recap asks whether it got them right and listens to the answer")
struct ExploreRecapTests {
  @Test("the recap, the reply to it and the closing map", arguments: conversations)
  func conversation(_ conversation: RecapConversation) {
    conversation.check()
  }

  @Test("a recap waiting for its answer is shown again on resuming, and then answered")
  func resumesAtTheRecap() {
    var script = ExploreScript()
    script.type(["the bus fare should be free for under 18s", "y", "75"])
    script.type([
      "families on low pay cant afford to send kids into town",
      "my niece walks two miles to college to save the fare",
      "also it gets teenagers used to the bus before they can drive",
      "the buses are half empty after nine anyway",
      "the families one",
    ])
    var resumed = ExploreScript(resuming: script.events, setting: DialogueFixtures.setting())
    let recap = ExploreScript.notices(resumed.last).last ?? ""
    #expect(recap.hasSuffix("Did I get that right?"), "\(ExploreScript.notices(resumed.last))")
    let step = resumed.type("yep")
    #expect(ExploreScript.notices(step).first == "Good. Let's go on.")
  }
}
