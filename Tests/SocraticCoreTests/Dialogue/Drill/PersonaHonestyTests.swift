import Testing

@testable import SocraticCore

/// Beliefs of these tests' own, each with a story of the persona's life among its replies.
private let honestyPacks: [TopicPack] = [
  TopicPack(
    id: "libraries", title: "libraries", version: 1, keywords: ["library", "libraries", "books"],
    beliefs: [
      PackBelief(
        text: "Public libraries are a waste of money.",
        reasons: [
          "Everyone can read for free on the internet now.",
          "Most branches stand empty on weekdays.",
        ],
        replies: [
          "I have queued an hour just to renew one book.",
          "Councils would get more from spending it on schools.",
        ])
    ],
    questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")]),
  TopicPack(
    id: "games", title: "video games", version: 1, keywords: ["games", "gaming", "teenagers"],
    beliefs: [
      PackBelief(
        text: "Video games make teenagers aggressive.",
        reasons: ["Violent games reward hurting people.", "Teenagers copy what they see."],
        replies: [
          "My nephew shouted at his mother after losing a match.",
          "Parents would have to set limits first.",
        ])
    ],
    questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")]),
  TopicPack(
    id: "water", title: "bottled water", version: 1, keywords: ["water", "bottle", "bottled"],
    beliefs: [
      PackBelief(
        text: "Bottled water is overpriced and pointless.",
        reasons: [
          "Tap water is tested more often than bottled water.",
          "A bottle costs hundreds of times more than the same water from the tap.",
        ],
        replies: [
          "I saw a plant fill bottles straight from the town supply.",
          "Blind tests show people cannot tell the difference.",
        ])
    ],
    questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")]),
]

/// A drill holding the belief of one of these packs.
private func drill(_ pack: TopicPack) -> DialogueScript<DrillDialogue> {
  let setting = CoachingSetting(
    library: PackLibrary([LoadedPack(pack: pack, source: .builtIn(file: pack.id + ".yaml"))]),
    seed: 3)
  return DialogueScript(DrillDialogue.start(setting: setting, topic: pack.id))
}

/// The persona's answer in a step.
private func answer(_ step: DialogueStep) -> PersonaAnswer? {
  step.outputs.lazy.compactMap { output -> PersonaAnswer? in
    if case .personaReply(let answer) = output { return answer }
    return nil
  }.first
}

/// The coached kind of the question in a step.
private func coachedKind(_ step: DialogueStep) -> QuestionKind? {
  step.outputs.lazy.compactMap { output -> QuestionKind? in
    if case .review(let review) = output { return review.critique.kind }
    return nil
  }.first
}

/// A sentence as compared: its words in lowercase.
private func sentenceKeys(_ text: String) -> [String] {
  SentenceSplitter.sentences(in: Tokenizer.tokenize(text)).map {
    $0.filter(\.isWord).map(\.lowercased).joined(separator: " ")
  }
}

@Suite("The drill persona answers honestly: no sentence twice, no story made up")
struct PersonaHonestyTests {
  /// Ten questions a learner might ask in a row, several of the same kind.
  static let sessions: [[String]] = [
    [
      "how did you come to think this", "what do you mean by that exactly",
      "how would that work step by step", "how would it play out step by step for a family",
      "tell me about a time this mattered to you", "can you think of a time it went the other way",
      "what would change your mind", "what else would change your mind",
      "what do you take for granted here", "what are you assuming about people",
    ],
    [
      "what makes you so sure", "what else makes you sure", "and what else",
      "why does this matter to you", "why does it matter so much",
      "tell me about a time you saw it", "is there a time you remember it clearly",
      "how would you explain it step by step", "what would you say to someone who disagrees",
      "what do your critics argue",
    ],
  ]

  @Test(
    "across a whole drill the persona never says the same sentence twice",
    arguments: honestyPacks, sessions)
  func noSentenceTwice(pack: TopicPack, lines: [String]) throws {
    var script = drill(pack)
    var said: Set<String> = []
    for line in lines {
      let reply = try #require(answer(script.type(line)), "\(line)")
      for sentence in sentenceKeys(reply.text) {
        #expect(!said.contains(sentence), "\(line) → \(reply.text)")
        said.insert(sentence)
      }
    }
  }

  static let storyQuestions = [
    "Tell me about a time this happened to you.",
    "Can you think of a time it hit home for you?",
    "Was there a time when you saw it for yourself?",
    "Is there a story from your own life behind this?",
    "Do you remember a time it really mattered?",
    "Tell me a story about it.",
    "Can you recall a time you felt this strongly?",
    "Is there one time you keep thinking of?",
    "Tell me about the time you first noticed it.",
    "Is there a moment from your life that shows it?",
  ]

  @Test(
    "a story is told once; asked again, it says it has none and gives a reason, making none up",
    arguments: storyQuestions)
  func noStoryMadeUp(question: String) throws {
    for pack in honestyPacks {
      var script = drill(pack)
      let told = try #require(answer(script.type("Can you tell me about a time you saw this?")))
      let again = try #require(answer(script.type(question)))
      let replies = pack.beliefs[0].replies
      // A line after a colon runs on in lowercase: either form of it is the line.
      let says = { (text: String, line: String) in
        text.contains(line) || text.contains(PersonaVoice.runOn(line))
      }
      #expect(replies.contains { says(told.text, $0) }, "\(told.text)")
      #expect(!replies.contains { says(again.text, $0) }, "\(again.text)")
      #expect(!again.text.contains("Only the one"), "\(again.text)")
      #expect(
        ([PersonaVoice.noFurtherStory] + PersonaVoice.noStoryLines).contains {
          again.text.hasPrefix($0)
        }, "\(again.text)")
    }
  }

  static let leadingQuestions = [
    "Isn't that a pretty gloomy way to see things?",
    "Surely you can see it's more complicated than that?",
    "Don't you think that's a bit unfair on ordinary people?",
    "Wouldn't you agree most people enjoy it?",
    "You must admit there's another side, right?",
    "Isn't it obvious that people like having the choice?",
    "Don't you think you're being a little harsh?",
    "Surely the benefits outweigh the costs?",
    "Isn't that just a prejudice?",
    "Don't you think that's a cynical view of people?",
  ]

  @Test(
    "a leading question makes it dig in, and the asker's words are never said back",
    arguments: leadingQuestions)
  func leadingNotParroted(question: String) throws {
    for pack in honestyPacks {
      var script = drill(pack)
      let reply = try #require(answer(script.type(question)))
      let asked = Tokenizer.tokenize(question).filter(\.isWord).map(\.lowercased)
      // No run of three of the asker's words comes back.
      let spoken = " " + sentenceKeys(reply.text).joined(separator: " ") + " "
      for start in 0..<max(0, asked.count - 2) {
        let run = asked[start..<(start + 3)].joined(separator: " ")
        #expect(!spoken.contains(" " + run + " "), "\(question) → \(reply.text)")
      }
      #expect(reply.confidenceAfter == reply.confidenceBefore + DrillDialogue.confidenceStep)
    }
  }

  static let changeOfMind = [
    "What would change your mind?", "What would it take for you to think again?",
    "What could make you see it differently?", "What would you need to see to change your view?",
    "What evidence would make you drop this belief?", "What would make you less sure?",
    "If you were wrong, how would you find out?", "What would change your mind about this?",
    "What would have to happen for you to doubt it?", "What might convince you otherwise?",
  ]

  @Test(
    "asked what would change its mind, it names it and its confidence does not move",
    arguments: changeOfMind)
  func changeOfMindNamed(question: String) throws {
    for pack in honestyPacks {
      var script = drill(pack)
      let reply = try #require(answer(script.type(question)))
      #expect(reply.confidenceAfter == reply.confidenceBefore, "\(question) → \(reply.text)")
      let reasons = pack.beliefs[0].reasons.map { PersonaVoice.runOn(String($0.dropLast())) }
      #expect(
        reasons.contains { reply.text.contains($0) } || reply.text.contains("figures or real cases")
          || reply.text.hasPrefix("I'd change my mind if"),
        "\(question) → \(reply.text)")
    }
  }

  static let undefinedTerms: [(pack: Int, question: String, term: String)] = [
    (0, "What do you mean by public libraries?", "public libraries"),
    (0, "When you say public, what do you mean?", "public"),
    (0, "What do you mean by money here?", "money"),
    (1, "What do you mean by video games?", "video games"),
    (1, "What do you mean by aggressive?", "aggressive"),
    (1, "When you say teenagers, who do you mean?", "teenagers"),
    (1, "What counts as aggressive for you?", "aggressive"),
    (2, "What do you mean by overpriced?", "overpriced"),
    (2, "What do you mean by pointless?", "pointless"),
    (2, "When you say bottled water, what do you mean?", "bottled water"),
  ]

  @Test(
    "a word it has no definition for is meant plainly, with what it has in mind",
    arguments: undefinedTerms)
  func undefinedTermCovered(pack: Int, question: String, term: String) throws {
    var script = drill(honestyPacks[pack])
    let reply = try #require(answer(script.type(question)))
    #expect(!reply.text.contains("as I put it"), "\(reply.text)")
    let covers = honestyPacks[pack].beliefs[0].reasons.map { PersonaVoice.runOn($0) }
    #expect(
      reply.text.contains(
        "I don't mean anything technical by \u{201C}\(term)\u{201D}. What I have in mind is that ")
        && covers.contains { reply.text.hasSuffix($0) }
        || reply.text.hasPrefix("By \u{201C}"), "\(reply.text)")
    // Asked again once its reasons are said, it points back to one, never repeating itself.
    _ = script.type("What makes you so sure?")
    _ = script.type("What else makes you sure?")
    let again = try #require(answer(script.type("And what does " + term + " cover, really?")))
    #expect(!again.text.contains("as I put it"), "\(again.text)")
  }

  static let experienceQuestions = [
    "have you ever been let down by a library",
    "did you ever play these games yourself",
    "have you ever tasted the difference yourself",
    "what first got you thinking about this",
    "how did you come to believe this",
    "tell me about a time you saw it happen",
    "can you think of a time it went wrong for someone you know",
    "where did you hear that",
    "can you give me an example",
    "do you know anyone who changed their mind on this",
  ]

  @Test(
    "a question about the persona's own experience is coached as an evidence question",
    arguments: experienceQuestions)
  func experienceIsEvidence(question: String) throws {
    for pack in honestyPacks {
      var script = drill(pack)
      #expect(coachedKind(script.type(question)) == .evidence, "\(question)")
    }
  }
}
