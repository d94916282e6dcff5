import Testing

@testable import SocraticCore

/// Beliefs of these tests' own: one that calls for an act someone does, one that calls for a
/// state nobody is named to bring about; reasons with words the persona can define.
private let ferryPack = TopicPack(
  id: "ferries", title: "ferries", version: 1, keywords: ["ferry", "ferries", "island"],
  beliefs: [
    PackBelief(
      text: "Councils should run the island ferries themselves.",
      reasons: [
        "Private operators cut the winter crossings to save money.",
        "A public ferry would keep fares fair for the people who live there.",
      ],
      replies: [
        "The old timetable was a waste of everyone's morning.",
        "Nobody calls the roads a failure because the state pays for them.",
      ]),
    PackBelief(
      text: "Island ferries should stay free for children.",
      reasons: [
        "Families on the islands already pay more for everything.",
        "Children cross every day to reach the only secondary school.",
      ],
      replies: ["A ticket for a child costs more than a school lunch."]),
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's reply to the last of some lines typed in a drill on one belief of the ferry
/// pack.
private func reply(holding belief: String, after lines: [String]) throws -> PersonaAnswer {
  let pack = TopicPack(
    id: ferryPack.id, title: ferryPack.title, version: 1, keywords: ferryPack.keywords,
    beliefs: ferryPack.beliefs.filter { $0.text.hasPrefix(belief) },
    questions: ferryPack.questions)
  let setting = CoachingSetting(
    library: PackLibrary([LoadedPack(pack: pack, source: .builtIn(file: "ferries.yaml"))]),
    seed: 1)
  var script = DialogueScript(DrillDialogue.start(setting: setting, topic: "ferries"))
  var step = DialogueStep()
  for line in lines { step = script.type(line) }
  return try personaReply(in: step)
}

private let runByCouncils = "Councils should run"
private let freeForChildren = "Island ferries should stay"

@Suite("The drill persona answers by what kind of thing was asked")
struct PersonaAnswerKindTests {
  @Test(
    "asked what the matter is in its own life, it answers in the first person, the same way each time, then why it matters",
    arguments: [
      "what do ferries mean in your own life?",
      "so what has it been like for you?",
      "how has the timetable affected you?",
      "in your day to day, what does this change?",
      "what does the crossing mean to you personally?",
      "how do the fares touch you, if at all?",
      "what is island travel like for you?",
      "in your own life, how often do you take the boat?",
      "what do councils running boats mean in your life?",
      "has the winter timetable affected you much?",
    ])
  func ownLife(question: String) throws {
    let answer = try reply(holding: runByCouncils, after: [question])
    #expect(
      answer.text.hasPrefix(
        "Day to day, not much, honestly: I follow ferries more than I live it."),
      "\(answer.text)")
    #expect(answer.text.contains("Why it matters to me all the same: "), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "asked whether it trusts someone, it says how far, then what it goes on",
    arguments: [
      "do you trust councils to run boats well?",
      "do you really trust the operators to keep the winter crossings?",
      "would you trust a council with the fares?",
      "do you actually trust the state to pay for it?",
      "can you trust the people who set the timetable?",
      "do you trust the numbers on the fares?",
      "would you trust a private operator again?",
      "do you honestly trust the council to keep fares fair?",
      "could you trust them with the budget?",
      "do you trust the ferry staff to say when it's late?",
    ])
  func trust(question: String) throws {
    let answer = try reply(holding: runByCouncils, after: [question])
    #expect(answer.text.hasPrefix("Not blindly, no."), "\(answer.text)")
    #expect(answer.text.contains("What I do go on is this: "), "\(answer.text)")
    #expect(!answer.text.contains("Short answer"), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "a yes or no about its own life is answered, however doubtfully it is put, and never makes it dig in",
    arguments: [
      "have you ever actually taken the ferry yourself?",
      "ok. have you ever actually paid a fare?",
      "have you actually lived on an island?",
      "did you actually use the old timetable?",
      "lol ok. did you really work for a council?",
      "have you ever really sailed in winter?",
      "do you actually use the ferry?",
      "have you actually been on one of the crossings?",
      "hm. did you actually try the winter boat?",
      "have you ever actually bought a ticket for a child?",
    ])
  func ownLifeDoubted(question: String) throws {
    let answer = try reply(holding: runByCouncils, after: [question])
    #expect(answer.text.hasPrefix("No, I "), "\(answer.text)")
    #expect(!answer.text.contains("putting words in my mouth"), "\(answer.text)")
    #expect(answer.confidenceAfter <= answer.confidenceBefore)
  }

  @Test(
    "asked how a plan would work, it says who would do what first and what follows, and what it hasn't worked out",
    arguments: [
      "how would it work step by step?",
      "walk me through it, who does what?",
      "how exactly would that work? who hands out the contracts?",
      "talk me through how it would run",
      "how would it actually work, like who pays the crew?",
      "what is the mechanism, step by step?",
      "take me through it step by step",
      "how precisely would the council do it?",
      "step by step, what happens first?",
      "how would that work in practice, step by step, who checks the boats?",
    ])
  func plannedMechanism(question: String) throws {
    let answer = try reply(holding: runByCouncils, after: [question])
    #expect(
      answer.text.hasPrefix(
        "As I picture it, first councils would run the island ferries themselves; then a public "
          + "ferry would keep fares fair"), "\(answer.text)")
    #expect(answer.text.hasSuffix("I haven't worked out."), "\(answer.text)")
    #expect(!answer.text.contains("Then, "), "\(answer.text)")
  }

  @Test(
    "asked how a state it wants would come about, it steps through its lines, one of them a cause, and is not shaken",
    arguments: [
      "how would it work step by step?", "walk me through it, who pays for the tickets?",
      "how exactly would that work?", "take me through it step by step",
      "what is the mechanism, step by step?", "talk me through how the money gets there",
      "how would it actually work, like who checks the ages?",
      "step by step, what happens at the ticket office?", "how precisely would it be paid for?",
      "walk me through who decides which children count",
    ])
  func unplannedMechanism(question: String) throws {
    let answer = try reply(holding: freeForChildren, after: [question])
    #expect(answer.text.hasPrefix("The way I see it working: "), "\(answer.text)")
    // The steps run on from its lines, never back round to the belief they explain.
    #expect(!answer.text.contains("; and so "), "\(answer.text)")
    #expect(!answer.text.contains("haven't worked it out"), "\(answer.text)")
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "asked what a word of its own means, it defines it, with its own line as the example, never 'the way I used it'",
    arguments: [
      ("what do you mean by fair?", "By \u{201C}fair\u{201D} I mean the same rules for everyone"),
      ("what do you mean by waste", "By \u{201C}waste\u{201D} I mean spending time or money"),
      ("when you say fares, what do you mean?", nil),
      ("what do you mean by 'save money'?", nil),
      ("what does waste mean to you?", "By \u{201C}waste\u{201D} I mean"),
      ("what do you mean by keep fares fair?", "By \u{201C}fair\u{201D} I mean"),
      ("define fair for me", "By \u{201C}fair\u{201D} I mean"),
      ("what counts as a waste?", "By \u{201C}waste\u{201D} I mean"),
      ("what do you mean by failure?", nil),
      ("what do you mean by winter crossings?", nil),
    ] as [(String, String?)])
  func definitions(question: String, opening: String?) throws {
    let said = [
      "why do you think so?", "what else?", "anything more?", "and the timetable?",
    ]
    let answer = try reply(holding: runByCouncils, after: said + [question])
    if let opening { #expect(answer.text.hasPrefix(opening), "\(answer.text)") }
    #expect(!answer.text.contains("the way I used it"), "\(answer.text)")
    #expect(!answer.text.contains("I mean just what I said"), "\(answer.text)")
  }

  @Test(
    "what was done to someone ('got towed') is never taken for a thing the question names",
    arguments: [
      ("is there a story that brought it home? my cousin got stranded last winter", "stranded"),
      ("was there a moment for you? my aunt got overcharged twice", "overcharged"),
      ("any example? my friend was stranded on the mainland", "stranded"),
      ("is there a story behind it? my dad got soaked waiting", "soaked"),
      ("a real case? my son was refused a ticket", "refused"),
      ("is there an experience behind this? my neighbour got stuck overnight", "stuck"),
      ("any example you know? my brother got fined for a late ticket", "fined"),
      ("is there a story? people were delayed all week", "delayed"),
      ("was there one case? my niece was charged the adult fare", "charged"),
      ("is there a moment that stuck? my mum got scammed by a fake booking site", "scammed"),
    ])
  func doneIsNoThing(question: String, done: String) throws {
    let answer = try reply(holding: runByCouncils, after: [question])
    #expect(!answer.text.contains("about \(done)"), "\(answer.text)")
    let read = PersonaQuestion(
      question, form: .closed, kind: nil, belief: "Councils should run the island ferries",
      beliefWords: [], lastReply: nil)
    #expect(!read.things.contains(TopicWords.lemma(of: done)))
    #expect(!read.things.contains(done))
  }
}
