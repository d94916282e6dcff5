import Testing

@testable import SocraticCore

/// Beliefs of these tests' own: one against a cost, one for a place, one that likens a fear to
/// old ones.
private let packs = [
  TopicPack(
    id: "rail", title: "Rail", version: 1, keywords: ["rail", "railway"],
    beliefs: [
      PackBelief(
        text: "High-speed rail is a waste of public money.",
        reasons: [
          "The new line costs more than every hospital built this decade.",
          "Most passengers only save twenty minutes.",
        ],
        replies: [
          "Buses could carry the same people for a tenth of the price.",
          "Every big rail project in history ran over budget.",
        ])
    ], questions: []),
  TopicPack(
    id: "markets", title: "Markets", version: 1, keywords: ["market", "markets"],
    beliefs: [
      PackBelief(
        text: "Street markets keep town centres alive.",
        reasons: [
          "Traders bring people into the centre on days the shops are quiet.",
          "My aunt's stall has drawn the same customers for twenty years.",
        ],
        replies: [
          "Towns that lost their market lost their footfall soon after.",
          "Online shops cannot sell a conversation.",
        ])
    ], questions: []),
  TopicPack(
    id: "robots", title: "Robots", version: 1, keywords: ["robot", "robots"],
    beliefs: [
      PackBelief(
        text: "Fears about robots taking jobs are exaggerated, like old worries about machines.",
        reasons: [
          "Weavers feared the power loom would leave them all starving.",
          "Today's robots still fail at simple tasks like folding towels.",
        ],
        replies: [
          "Each wave of machines created more jobs than it destroyed.",
          "The warnings of mass unemployment have never come true.",
        ])
    ], questions: []),
]

/// The persona's reply and the coach's verdict on a line typed after some others.
private func asked(_ topic: String, _ line: String, after lines: [String] = []) throws
  -> (answer: PersonaAnswer, critique: SessionEvent.Critique)
{
  let setting = CoachingSetting(
    library: PackLibrary(
      packs.map { LoadedPack(pack: $0, source: .builtIn(file: $0.id + ".yaml")) }),
    seed: 3)
  var script = DialogueScript(DrillDialogue.start(setting: setting, topic: topic))
  for earlier in lines { script.type(earlier) }
  let step = script.type(line)
  return try replyAndCritique(in: step)
}

@Suite("The drill persona welcomes fair reflections and sets right only what it never said")
struct PersonaFairReflectionTests {
  @Test(
    "a reflection that pictures its view in words of its own, with no claim about a new thing, is welcomed",
    arguments: [
      ("rail", "so it sounds like the sheer size of the bill is what gets to you"),
      ("rail", "so you feel like you've watched this film before and know how it ends"),
      ("rail", "sounds like you reckon it's a lot of fuss over a short trip"),
      ("rail", "so it feels like throwing good money after bad to you"),
      ("markets", "so for you the market is the beating heart of the place"),
      ("markets", "it sounds like you'd miss the chatter more than the bargains"),
      ("markets", "so you picture the high street going silent without them"),
      ("robots", "so you've heard this tune before and you figure it plays out the same"),
      ("robots", "sounds like the clumsy towel folding makes you relax about it"),
      ("robots", "so you reckon it'll blow over like it always has"),
      ("robots", "so to you it's the same old scare wearing new clothes"),
      ("rail", "it sounds like the whole thing feels wasteful for what you get"),
    ])
  func welcomed(topic: String, line: String) throws {
    let (answer, critique) = try asked(topic, line, after: reasonsFirst)
    #expect(!answer.text.hasPrefix("Not quite"), "\(answer.text)")
    #expect(!critique.problems.contains(ReflectionFit.problem), "\(critique.problems)")
  }

  @Test(
    "a reflection that makes a new thing the subject of a claim is set right, naming that thing",
    arguments: [
      ("rail", "so you're saying the drivers will always strike", "drivers"),
      ("rail", "so it sounds like the engineers are hiding something", "engineers"),
      ("rail", "you're saying that ticket prices should be frozen", "prices"),
      ("markets", "so you think supermarkets should be taxed harder", "supermarkets"),
      ("markets", "it sounds like parking charges are driving everyone away", "charges"),
      ("markets", "so you think landlords are charging too much", "landlords"),
      ("robots", "so you're saying unions are blocking progress", "unions"),
      ("robots", "it sounds like schools are teaching the wrong skills", "schools"),
      ("robots", "so you think governments must pay everyone a basic wage", "governments"),
      ("robots", "you're saying bosses will share the profits fairly", "bosses"),
    ])
  func setRight(topic: String, line: String, thing: String) throws {
    let (answer, _) = try asked(topic, line)
    #expect(answer.text.hasPrefix("Not quite"), "\(answer.text)")
    #expect(answer.text.contains("I didn't say anything about"), "\(answer.text)")
    #expect(answer.text.contains(thing), "\(answer.text)")
  }

  @Test(
    "a checking summary with a question mark that gives back its last line is coached as a reflection",
    arguments: [
      ("rail", "so the twenty minutes feel like too little? like the trip is barely quicker"),
      ("rail", "so the passengers gain very little? like the time saved is tiny"),
      ("markets", "so the quiet days are when traders matter most? like they fill the gap"),
      ("robots", "so the clumsy robots reassure you? like towels beat them every time"),
    ])
  func checkingSummary(topic: String, line: String) throws {
    let (_, critique) = try asked(topic, line, after: reasonsFirst)
    #expect(critique.form == QuestionForm.reflection.rawValue, "\(critique.form)")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test(
    "a feeling put on it with a question mark, about what it never spoke of, is coached as leading and met as leading",
    arguments: [
      ("rail", "so you feel cheated by the council?"),
      ("markets", "so you feel ignored by the supermarkets?"),
      ("robots", "so you feel threatened by the tech giants?"),
    ])
  func leadingFeeling(topic: String, line: String) throws {
    let (answer, critique) = try asked(topic, line, after: reasonsFirst)
    #expect(critique.form == QuestionForm.leading.rawValue, "\(critique.form)")
    for welcome in ["That's right", "Pretty much", "Yes", "You've got it", "Exactly"] {
      #expect(!answer.text.hasPrefix(welcome), "\(answer.text)")
    }
    #expect(answer.confidenceAfter > answer.confidenceBefore, "\(answer.text)")
  }

  @Test("the roots of words are one root with a suffix, not any shared opening")
  func roots() {
    #expect(ReflectionFit.sharesRoot("waste", "wasteful"))
    #expect(ReflectionFit.sharesRoot("happy", "happiness"))
    #expect(ReflectionFit.sharesRoot("mine", "miner"))
    #expect(ReflectionFit.sharesRoot("decide", "deciding"))
    #expect(!ReflectionFit.sharesRoot("care", "cars"))
    #expect(!ReflectionFit.sharesRoot("scale", "scam"))
    #expect(!ReflectionFit.sharesRoot("port", "portrait"))
  }
}

@Suite("The drill persona meets a leading question by what it does")
struct PersonaLeadingTests {
  @Test(
    "a leading claim about the world is met, never with 'putting words in my mouth'",
    arguments: [
      ("rail", "but surely a faster train is worth something, isn't it?"),
      ("rail", "don't you think the roads are just as expensive?"),
      ("rail", "surely the trains free up the motorways, don't they?"),
      ("markets", "surely people just prefer shopping online now, don't they?"),
      ("markets", "wouldn't you agree that rents are the real problem?"),
      ("markets", "don't you think the stalls only sell cheap junk?"),
      ("robots", "isn't it obvious that this time the machines can think?"),
      ("robots", "don't you think the factory towns never recovered?"),
      ("robots", "surely a chatbot is different from a loom, isn't it?"),
      ("robots", "wouldn't you say the pace of change is faster now?"),
      ("robots", "surely you can see a chatbot is different from a loom?"),
    ])
  func engaged(topic: String, question: String) throws {
    let (answer, _) = try asked(topic, question)
    #expect(!answer.text.contains("putting words in my mouth"), "\(answer.text)")
  }

  @Test(
    "a leading question that puts a view or a motive on it is refused as words in its mouth",
    arguments: [
      ("rail", "you're only against it because you never take the train, right?"),
      ("rail", "you just don't want your taxes spent on it, do you?"),
      ("markets", "you're saying that because your aunt has a stall, aren't you?"),
      ("markets", "admit it, you only like markets for the nostalgia"),
      ("robots", "you just like the old ways better, don't you?"),
      ("robots", "you're just saying that cos you're scared of change, right?"),
    ])
  func refused(topic: String, question: String) throws {
    let (answer, critique) = try asked(topic, question)
    guard critique.form == QuestionForm.leading.rawValue else { return }
    #expect(answer.text.contains("putting words in my mouth"), "\(answer.text)")
  }
}

@Suite("The drill persona answers every ask in a question")
struct PersonaEveryAskTests {
  @Test(
    "asked whose measure a word is, besides what it means, it says whose",
    arguments: [
      ("rail", "what do you mean by waste? like waste to who"),
      ("rail", "what do you mean by a waste, and a waste for whom?"),
      ("markets", "what do you mean by alive? alive for who?"),
      ("rail", "what do you mean by waste - a waste by whose standards?"),
      ("rail", "what do you mean by a waste? who decides that?"),
    ])
  func whose(topic: String, question: String) throws {
    let (answer, _) = try asked(topic, question)
    // What it means by the word comes first: its definition, else that it means nothing
    // technical by it.
    #expect(
      answer.text.hasPrefix("By \u{201C}")
        || answer.text.hasPrefix("I don't mean anything technical by \u{201C}"), "\(answer.text)")
    #expect(answer.text.contains("for one, and "), "\(answer.text)")
    #expect(answer.text.hasSuffix("weighs it the way I do."), "\(answer.text)")
  }

  @Test("asked whose measure a word it never used is, it says only that it never used it")
  func whoseOfAWordNeverUsed() throws {
    let (answer, _) = try asked("rail", "what do you mean by greedy? greedy by whose standards?")
    #expect(answer.text.hasPrefix("I didn't say \u{201C}greedy\u{201D}."), "\(answer.text)")
    #expect(!answer.text.contains("weighs it the way I do"), "\(answer.text)")
  }

  @Test(
    "a loaded word of its own lines is defined, not pointed at",
    arguments: [
      ("robots", "when you say fail, what do you mean by fail?", "not do what"),
      ("robots", "what do you mean by fail at simple tasks?", "not do what"),
    ])
  func defined(topic: String, question: String, says: String) throws {
    let (answer, _) = try asked(topic, question, after: reasonsFirst)
    #expect(answer.text.contains(says), "\(answer.text)")
    #expect(!answer.text.contains("something you can point to"), "\(answer.text)")
  }

  @Test(
    "asked about its own experience, it answers from its own life, not how it came to the view",
    arguments: [
      ("robots", "what's your own experience been with robots, like at work?"),
      ("rail", "whats your own experience of the railway been?"),
      ("markets", "what has your experience been with markets?"),
    ])
  func ownExperience(topic: String, question: String) throws {
    let (answer, _) = try asked(topic, question)
    #expect(!answer.text.hasPrefix("Bit by bit"), "\(answer.text)")
    #expect(!answer.text.hasPrefix("It came from"), "\(answer.text)")
  }

  @Test(
    "asked whether any of it held even a bit, it grants an edge case and says why it holds on",
    arguments: [
      ("robots", "did any of those old worries come true, even a bit?"),
      ("rail", "did any of the big projects pay off, even a little?"),
      ("markets", "have the markets lost any customers, even slightly?"),
    ])
  func exception(topic: String, question: String) throws {
    let (answer, _) = try asked(topic, question)
    #expect(
      PersonaVoice.exceptionGrants.contains { answer.text.hasPrefix($0) }, "\(answer.text)")
  }

  @Test(
    "a step-by-step question is coached as where the view leads, never as inversion",
    arguments: [
      (
        "rail", "how would that work step by step, if buses ran the same route, where's the saving?"
      ),
      ("markets", "walk me through it step by step: how does a trader bring in shoppers?"),
      ("robots", "how exactly would it work, step by step, when a robot meets a towel?"),
    ])
  func mechanism(topic: String, question: String) throws {
    let (_, critique) = try asked(topic, question)
    #expect(critique.kind != QuestionKind.inversion, "\(String(describing: critique.kind))")
  }

  @Test("a question about what would change its mind is coached in those words")
  func changeOfMindLabel() throws {
    let (_, critique) = try asked("rail", "what would change your mind about this?")
    #expect(critique.kind == .inversion)
    #expect(critique.detail == "what would change their mind")
  }
}
