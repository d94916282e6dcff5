import Testing

@testable import SocraticCore

/// Three beliefs of these tests' own, each with reasons that speak of the persona's own life
/// ("my evenings", "my commute", "my nephew") and replies that name cases.
private let packs = [
  TopicPack(
    id: "libraries", title: "Libraries", version: 1, keywords: ["library", "libraries"],
    beliefs: [
      PackBelief(
        text: "Public libraries are the best defence a town has against loneliness.",
        reasons: [
          "Libraries are free, so nobody is priced out of my evenings there.",
          "Every town that closed its library saw its clubs and groups fade away.",
        ],
        replies: [
          "Look at what happened to reading groups in Hull, Leeds and York.",
          "Cafés did the same job once, and libraries ask for nothing in return.",
        ])
    ], questions: []),
  TopicPack(
    id: "cycling", title: "Cycling", version: 1, keywords: ["cycling", "bike"],
    beliefs: [
      PackBelief(
        text: "Cities will choke on traffic unless they build protected bike lanes.",
        reasons: [
          "Painted lanes do not stop drivers from squeezing past riders.",
          "My commute got calmer once our street got a kerb between bikes and cars.",
        ],
        replies: [
          "Look at how riding grew in Seville once the kerbed lanes went in.",
          "Every new road fills with cars within a few years.",
        ])
    ], questions: []),
  TopicPack(
    id: "phones", title: "Phones", version: 1, keywords: ["phone", "phones", "school"],
    beliefs: [
      PackBelief(
        text: "Phones should be banned in schools.",
        reasons: [
          "Pupils glance at their screens every few minutes, so lessons keep splintering.",
          "Bullying carries on in group chats the moment the bell rings.",
        ],
        replies: [
          "My nephew's school locked them away and the playground got loud again.",
          "Teachers would have to collect them at the gate each morning.",
        ])
    ], questions: []),
]

/// The persona's reply to the last of some lines typed in a drill on one of these topics.
private func reply(_ topic: String, after lines: [String]) throws -> PersonaAnswer {
  let setting = CoachingSetting(
    library: PackLibrary(
      packs.map { LoadedPack(pack: $0, source: .builtIn(file: $0.id + ".yaml")) }),
    seed: 1)
  var script = DialogueScript(DrillDialogue.start(setting: setting, topic: topic))
  var step = DialogueStep()
  for line in lines { step = script.type(line) }
  return try personaReply(in: step)
}

/// The critic's verdict on the last of some lines typed in a drill.
private func review(_ topic: String, after lines: [String]) throws -> SessionEvent.Critique {
  let setting = CoachingSetting(
    library: PackLibrary(
      packs.map { LoadedPack(pack: $0, source: .builtIn(file: $0.id + ".yaml")) }),
    seed: 1)
  var script = DialogueScript(DrillDialogue.start(setting: setting, topic: topic))
  var step = DialogueStep()
  for line in lines { step = script.type(line) }
  return try #require(
    step.outputs.lazy.compactMap { output -> SessionEvent.Critique? in
      if case .review(let review) = output { return review.critique }
      return nil
    }.first)
}

@Suite("The drill persona answers by the question's terms")
struct PersonaTermTests {
  @Test(
    "a word it used itself is defined from the line it used it in, and it is not shaken",
    arguments: [
      ("libraries", "what do you mean by priced out exactly?", "priced out"),
      ("libraries", "what do you mean by fade away?", "fade away"),
      ("libraries", "when you say clubs, what do you mean?", "clubs"),
      ("cycling", "what do you mean by squeezing past, like overtaking close?", "squeezing"),
      ("cycling", "what do you mean by painted lanes?", "painted lanes"),
      ("cycling", "what do you mean by calmer exactly?", "calmer"),
      ("cycling", "what do you mean by a kerb?", "kerb"),
      ("phones", "what do you mean by splintering?", "splintering"),
      ("phones", "what do you mean by group chats?", "group chats"),
      ("phones", "what do you mean by glance exactly?", "glance"),
    ])
  func ownWord(topic: String, question: String, term: String) throws {
    let answer = try reply(topic, after: reasonsFirst + [question])
    #expect(answer.text.contains(term), "\(answer.text)")
    for dodge in ["don't actually know", "I didn't say", "haven't really thought"] {
      #expect(!answer.text.contains(dodge), "\(answer.text)")
    }
    #expect(answer.confidenceAfter == answer.confidenceBefore)
  }

  @Test(
    "a story is the case or the line whose words the question shares, never another",
    arguments: [
      ("libraries", "tell me about a time you saw clubs fade after a closure", "Hull"),
      ("libraries", "can you think of a time when groups faded in your town?", "Hull"),
      ("libraries", "tell me about the first reading group you remember closing", "Hull"),
      ("cycling", "tell me about a time you saw riding grow after lanes went in", "Seville"),
      ("cycling", "can you remember a time a new road filled with cars?", "new road"),
      ("cycling", "tell me about a time you noticed your street got calmer", "kerb"),
      ("phones", "tell me about a time you saw a playground get loud again", "nephew"),
      ("phones", "can you tell me about a time bullying carried on after the bell?", "bell"),
      ("phones", "tell me about the first group chat you remember turning nasty", "group chats"),
      ("phones", "tell me about a time when you saw teachers collect them at the gate", "gate"),
    ])
  func storyByTerms(topic: String, question: String, says: String) throws {
    let answer = try reply(topic, after: [question])
    #expect(answer.text.contains(says), "\(answer.text)")
    #expect(!answer.text.contains("nothing to add"), "\(answer.text)")
  }

  @Test(
    "a story asked about what its lines speak of is not a line about something else",
    arguments: [
      ("libraries", "tell me about a time you saw someone lonely find friends at a club", "Cafés"),
      ("cycling", "tell me about a time you saw drivers squeezing past riders", "Seville"),
      ("phones", "tell me about a time you saw lessons splintering", "gate"),
    ])
  func noUnrelatedStory(topic: String, question: String, never: String) throws {
    let answer = try reply(topic, after: [question])
    #expect(!answer.text.contains(never), "\(answer.text)")
  }

  @Test(
    "a yes or no about its own stake agrees with its own words",
    arguments: [
      ("libraries", "do you spend your evenings at the library yourself?", "Yes, I do"),
      ("libraries", "are your evenings spent there?", nil),
      ("cycling", "do you commute by bike yourself?", "Yes, I do"),
      ("cycling", "did you get a kerb on your street?", "Yes, I did"),
      ("phones", "do you have a nephew at school?", "Yes, I do"),
    ] as [(String, String, String?)])
  func stake(topic: String, question: String, says: String?) throws {
    let answer = try reply(topic, after: [question])
    if let says { #expect(answer.text.hasPrefix(says), "\(answer.text)") }
    #expect(!answer.text.hasPrefix("No,"), "\(answer.text)")
  }

  @Test(
    "a yes or no about its life that none of its words speak of is still no",
    arguments: [
      ("libraries", "have you ever worked in a library?"),
      ("cycling", "have you ever been hit by a car?"),
      ("phones", "do you teach yourself?"),
    ])
  func noStake(topic: String, question: String) throws {
    let answer = try reply(topic, after: [question])
    #expect(answer.text.hasPrefix("No,"), "\(answer.text)")
  }

  @Test(
    "step by step, its reasons sharing the question's words are put together, said or not",
    arguments: [
      ("libraries", "how would that work step by step if a town closed its library?", "clubs"),
      ("cycling", "walk me through it step by step, what happens when a road is built?", "road"),
      ("phones", "how exactly would that work, step by step, at the gate?", "gate"),
    ])
  func steps(topic: String, question: String, says: String) throws {
    let answer = try reply(topic, after: reasonsFirst + [question])
    #expect(answer.text.contains(says), "\(answer.text)")
    #expect(!answer.text.contains("couldn't lay out"), "\(answer.text)")
  }

  @Test(
    "a reflection that adds a view it never held is set right and coached as such",
    arguments: [
      ("libraries", "so you're saying the council wastes money on roads and that annoys you"),
      ("libraries", "so it sounds like taxes are too high for most families"),
      ("cycling", "so you're saying electric scooters are the real danger"),
      ("cycling", "it sounds like you think petrol prices should double"),
      ("phones", "so you're saying parents are too soft these days, and that worries you"),
      ("phones", "you're saying exams have got far too easy"),
    ])
  func wrongReflection(topic: String, line: String) throws {
    let answer = try reply(topic, after: [line])
    #expect(answer.text.hasPrefix("Not quite"), "\(answer.text)")
    let critique = try review(topic, after: [line])
    if critique.form == "reflection" {
      #expect(critique.problems.contains(ReflectionFit.problem))
    }
  }

  @Test(
    "a reflection of what it said, a feeling added, is welcomed",
    arguments: [
      ("libraries", "so it sounds like being priced out of your evenings worries you"),
      ("cycling", "so you're saying painted lanes don't protect riders"),
      ("phones", "so it sounds like the bullying in group chats really upsets you"),
      ("phones", "you're saying lessons keep splintering"),
    ])
  func faithfulReflection(topic: String, line: String) throws {
    let answer = try reply(topic, after: [line])
    #expect(!answer.text.hasPrefix("Not quite"), "\(answer.text)")
    // Welcomed: it agrees, and goes on with a point of its own.
    let agrees = PersonaVoice.agreements.contains { answer.text.hasPrefix($0) }
    #expect(agrees, "\(answer.text)")
  }
}
