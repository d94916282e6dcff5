import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief whose reasons speak of people the persona knows.
private let shopsPack = TopicPack(
  id: "high-street", title: "High street", version: 1, keywords: ["shop", "shops", "high street"],
  beliefs: [
    PackBelief(
      text: "Independent shops keep a town centre alive.", side: .for,
      reasons: [
        "The bakers I buy from open before dawn and know every regular by name.",
        "Money spent in a family shop stays in the town instead of going to shareholders.",
      ],
      replies: ["Where the chains moved out, the shutters came down within a year."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

private let shopsBelief = "Independent shops keep a town centre alive."

/// The persona's replies to some lines, in order, holding the pack's belief.
private func replies(to lines: [String]) throws -> [String] {
  let library = PackLibrary([
    LoadedPack(pack: shopsPack, source: .builtIn(file: "\(shopsPack.id).yaml"))
  ])
  let start = try #require(
    (0..<64).lazy.map { seed in
      DrillDialogue.start(
        setting: CoachingSetting(library: library, seed: seed), topic: "high-street")
    }.first { $0.dialogue.state.persona?.belief == shopsBelief })
  var script = DialogueScript(start)
  return try lines.map { try personaReply(in: script.type($0)).text }
}

@Suite("The drill persona answers the question it is asked")
struct PersonaAnswersWhatIsAskedTests {
  @Test("a place it has no line on, typed in lowercase, is named as a name and answered about")
  func placeNamed() throws {
    let said = try replies(to: ["what about belgium?", "and what about peru?"])
    #expect(said[0].hasPrefix("Belgium? "), "\(said[0])")
    #expect(said[1].hasPrefix("Peru? "), "\(said[1])")
    // Each applies a reason of its own to the place, and not the same one twice.
    let guess = "Still, I'd guess it's the same story: "
    for reply in said {
      #expect(reply.contains(guess), "\(reply)")
    }
    let guesses = said.compactMap { $0.components(separatedBy: guess).last }
    #expect(Set(guesses).count == 2, "\(said)")
  }

  @Test("a yes or no about whom it knows is answered yes first, with one of them")
  func knowsAny() throws {
    let said = try replies(to: ["do you know any of them yourself?"])
    #expect(said[0].hasPrefix("Yes. "), "\(said[0])")
    #expect(said[0].contains("baker"), "\(said[0])")
  }

  @Test("how it works is told from its reasons onward, never back round to the belief")
  func mechanism() throws {
    let said = try replies(to: ["how exactly does a bakery keep a town going?"])
    #expect(said[0].hasPrefix("The way I see it working: "), "\(said[0])")
    #expect(!said[0].lowercased().contains("keep a town centre alive"), "\(said[0])")
  }
}

/// A pack whose evidence for a reason leans on it with a pronoun ("… them …").
private let carePack = TopicPack(
  id: "care", title: "Care work", version: 1, keywords: ["care", "carers"],
  beliefs: [
    PackBelief(
      text: "Care workers deserve a much higher wage.", side: .for,
      reasons: [
        "Care homes lose their staff to supermarkets that pay more.",
        "Families hand care workers the people they love most.",
      ],
      replies: ["Talk to them and every manager says supermarkets poach the best staff."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's replies to some lines, holding the care pack's belief.
private func careReplies(to lines: [String]) throws -> [String] {
  let library = PackLibrary([LoadedPack(pack: carePack, source: .builtIn(file: "care.yaml"))])
  let start = try #require(
    (0..<64).lazy.map { seed in
      DrillDialogue.start(setting: CoachingSetting(library: library, seed: seed), topic: "care")
    }.first { $0.dialogue.state.persona != nil })
  var script = DialogueScript(start)
  return try lines.map { try personaReply(in: script.type($0)).text }
}

@Suite("The drill persona welcomes a reflection with a line that follows from it")
struct PersonaWelcomeTests {
  @Test("a line that leans on 'them' follows only a reflection of what it leans on")
  func leaningLine() throws {
    let elsewhere = try careReplies(to: [
      "why do homes struggle?", "so you feel families are being let down.",
    ])
    #expect(elsewhere[0].contains("supermarkets that pay more"), "\(elsewhere)")
    #expect(!elsewhere[1].lowercased().contains("talk to them"), "\(elsewhere)")
    let same = try careReplies(to: [
      "why do homes struggle?", "so the supermarkets keep taking the staff.",
    ])
    #expect(same[1].lowercased().contains("talk to them"), "\(same)")
  }
}

@Suite("The drill persona never says it has not thought about its own word")
struct PersonaOwnWordTests {
  @Test("a word of its belief in another form is answered with what it means by it")
  func ownWord() throws {
    let said = try replies(to: ["how would you spot independence in a shop?"])
    #expect(!said[0].contains("know much about"), "\(said[0])")
    #expect(!said[0].contains("haven't really thought"), "\(said[0])")
    #expect(said[0].contains("\u{201C}independent\u{201D}"), "\(said[0])")
  }
}
