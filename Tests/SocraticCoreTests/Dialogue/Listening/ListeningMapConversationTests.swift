import Testing

@testable import SocraticCore

/// Whole explore conversations, written the way people talk, with what the person sees: the
/// reflection after an answer, and where the closing "What you said" files each point.
struct MapConversation: Sendable, CustomStringConvertible {
  var belief: String
  var confidence: String
  var answers: [String]
  /// Words a reflection right after the answer of that index gives back.
  var reflects: [Int: String] = [:]
  /// Under a heading of "What you said", an item with these words.
  var filed: [(heading: String, words: String)] = []
  /// Words that no item of "What you said" holds.
  var neverFiled: [String] = []
  /// Headings "What you said" does not have.
  var absent: [String] = []

  var description: String { belief }
}

private let conversations: [MapConversation] = [
  MapConversation(
    belief: "honestly our office going hybrid has wrecked the team", confidence: "80",
    answers: [
      "we used to sort things out at the coffee machine, now it all needs a calendar invite",
      "my director says output is up but I dont buy it, the numbers are just tickets closed",
      "the interns are drowning though, one of them told me she cried in the bathroom",
      "if I saw new people learn as fast as before I guess I would change my mind",
    ],
    reflects: [
      1: "your director says output is up, but you don't buy it",
      3: "as fast as before, maybe you would change your mind",
    ],
    filed: [
      ("Your reasons", "the interns are drowning (\u{201C}one of them told me she cried"),
      ("What others say", "your director says output is up, but you don't buy it"),
      ("What would change your mind", "maybe you would change your mind"),
    ],
    neverFiled: ["tickets closed", "you guess"]),
  MapConversation(
    belief: "my brother should stop lending money to his friends", confidence: "70",
    answers: [
      "because they never pay him back and then he asks our parents for rent",
      "my aunt says it's generous of him but she doesn't see the fights it causes",
      "but his credit card is maxed out now",
    ],
    reflects: [1: "your aunt says it's generous of him, but you think she doesn't see"],
    filed: [
      ("Your reasons", "his credit card is maxed out now"),
      ("What others say", "your aunt says it's generous of him"),
    ]),
  MapConversation(
    belief: "the flu shot is not worth getting", confidence: "60",
    answers: [
      "because I got it twice and still got sick both winters",
      "I heard it on a podcast that it only works half the time, but I guess I never looked it up",
      "if my doctor showed me numbers for people my age I would reconsider",
    ],
    reflects: [1: "you never looked it up"],
    filed: [
      ("What you came to see", "you never looked it up"), ("Where it comes from", "podcast"),
      ("What would change your mind", "if your doctor showed you numbers for people your age"),
    ],
    neverFiled: ["I guess"]),
  MapConversation(
    belief: "house prices are crazy because of investors buying everything", confidence: "85",
    answers: [
      "three houses on my road were bought by the same company last year",
      "the housing trust report said investors bought a third of sales",
      "my neighbour says it's just interest rates, but he would say that, he owns four places",
    ],
    filed: [
      ("Your reasons", "investors buying everything"),
      ("Where it comes from", "the housing trust report"),
      ("What others say", "your neighbour says it's just interest rates, but you don't buy it"),
    ]),
  MapConversation(
    belief: "betting adverts should be banned from football", confidence: "90",
    answers: [
      "because they go after young lads who can't afford to lose",
      "if problem gambling went down with the adverts still on tv I'd reconsider",
    ],
    absent: ["Where it comes from"]),
  MapConversation(
    belief: "church does more harm than good", confidence: "70",
    answers: [
      "it made me ashamed of everything, I grew up going every sunday and was scared of hell",
      "my granddad says church got him through the war, and I can't argue with that",
      "I feel angry and kind of sad about it",
    ],
    reflects: [
      0: "you grew up going every sunday and were scared of hell",
      1: "your granddad says church got him through the war, and you can't argue with that",
    ],
    filed: [
      ("What others say", "and you can't argue with that"),
      ("Feelings you named", "angry and sad"),
    ],
    neverFiled: ["kind"]),
  MapConversation(
    belief: "AI will replace most office jobs within ten years", confidence: "70",
    answers: [
      "because it already drafts reports better than half my colleagues",
      "people say new jobs will turn up like with the internet, but this time it's different",
      "though to be honest I don't really know what the new jobs would be",
    ],
    reflects: [
      1: "people say new jobs will turn up like with the internet, but you think this time",
      2: "you don't really know what the new jobs would be",
    ],
    filed: [("What you granted", "you don't really know what the new jobs would be")]),
  MapConversation(
    belief: "saving is pointless with house prices like this", confidence: "80",
    answers: [
      "I put away 200 a month and prices climb faster than that",
      "the mortgage guy told me to just stop buying lunch, like that's the problem",
    ],
    reflects: [
      0: "you put away 200 a month and prices climb faster than that",
      1: "the mortgage guy told you to just stop buying lunch, but you don't buy it",
    ],
    filed: [("Your reasons", "you put away 200 a month and prices climb faster than that")],
    neverFiled: ["like that's the problem"]),
]

@Suite("Listening: the map of a whole conversation")
struct ListeningMapConversationTests {
  @Test(
    "each answer's point is given back and filed where a facilitator would",
    arguments: conversations)
  func conversation(_ conversation: MapConversation) {
    var script = ExploreScript()
    script.type([conversation.belief, "y", conversation.confidence])
    var reflections: [[String]] = []
    for answer in conversation.answers {
      reflections.append(ExploreScript.reflections(script.type(answer)))
    }
    for (index, words) in conversation.reflects {
      #expect(
        reflections[index].contains { $0.lowercased().contains(words.lowercased()) },
        "answer \(index): \(reflections[index])")
    }
    let digest = script.dialogue.state.map.digest
    for (heading, words) in conversation.filed {
      let items = digest.first { $0.heading == heading }?.items ?? []
      #expect(items.contains { $0.contains(words) }, "\(heading): \(digest)")
    }
    let every = digest.flatMap(\.items)
    for heading in conversation.absent {
      #expect(!digest.contains { $0.heading == heading }, "\(heading): \(digest)")
    }
    for words in conversation.neverFiled {
      #expect(!every.contains { $0.contains(words) }, "\(words): \(digest)")
    }
  }
}

@Suite("Listening: one answer given back")
struct ListeningReflectionShapeTests {
  @Test(
    "the point is given back in plain English, hedges kept as hedges",
    arguments: [
      (
        "at my school they closed the art room to buy tablets",
        "So at your school they closed the art room to buy tablets."
      ),
      (
        "I suppose if I rented further out it could work, but my friends are all here",
        "So you grant that if you rented further out it could work, but your friends are all here."
      ),
      (
        "I mean maybe the older players cope fine with it",
        "So you're thinking maybe the older players cope fine with it."
      ),
      ("I'm so tired of arguing about it", "It sounds like you're so tired of arguing about it."),
    ])
  func shape(answer: String, text: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }

  @Test("a belief's 'because of …' is summed up as the thing it names")
  func becauseOf() {
    var map = BeliefMap(claim: "rent is too high")
    map.record(AnswerMoveReader.read("because of investors in our town"))
    map.record(AnswerMoveReader.read("honestly I'm exhausted"))
    #expect(
      ReflectionWriter.summary(of: map)
        == "So far, you think rent is too high because of investors in your town. You feel "
        + "exhausted.")
  }

  @Test("a feeling named with 'tired of' is named once")
  func tiredOf() {
    #expect(AnswerMoveReader.read("honestly I'm tired of moving every year").feelings == ["fed up"])
  }
}
