import Testing

@testable import SocraticCore

/// Two topics of these tests' own, each with a belief the persona holds and another on its
/// side whose lines it may draw on.
private let cyclingPack = TopicPack(
  id: "cycling", title: "Cycling", version: 1, keywords: ["cycling", "bike", "bicycle"],
  beliefs: [
    PackBelief(
      text: "Every main road should get a protected bike lane.", side: .for,
      reasons: [
        "Painted lines do nothing to stop a lorry drifting over.",
        "Parents will only let children ride where there is a kerb between them and traffic.",
      ],
      replies: [
        "The towns that built them first saw far more people riding to work.",
        "I'd change my mind if towns with protected lanes saw no rise in riders after five years.",
      ]),
    PackBelief(
      text: "Cargo bikes can replace most delivery vans in city centres.", side: .for,
      reasons: [
        "Most parcels weigh less than a bag of shopping.",
        "A cargo bike can stop at the door where a van blocks the street.",
      ],
      replies: ["Couriers on cargo bikes will finish rounds faster once the lanes are clear."]),
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

private let libraryPack = TopicPack(
  id: "libraries", title: "Libraries", version: 1, keywords: ["library", "libraries", "books"],
  beliefs: [
    PackBelief(
      text: "All public libraries deserve more funding than they get.", side: .for,
      reasons: [
        "Libraries are the last warm room a person can sit in without paying.",
        "Job seekers use library computers to fill in applications.",
      ],
      replies: ["Cuts always land on the opening hours first."])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's reply to the last of some lines, holding a belief of a pack.
private func reply(holding belief: String, in pack: TopicPack, after lines: [String]) throws
  -> PersonaAnswer
{
  let library = PackLibrary([LoadedPack(pack: pack, source: .builtIn(file: "\(pack.id).yaml"))])
  let start = try #require(
    (0..<64).lazy.map { seed in
      DrillDialogue.start(setting: CoachingSetting(library: library, seed: seed), topic: pack.id)
    }.first { $0.dialogue.state.persona?.belief == belief })
  var script = DialogueScript(start)
  var step = DialogueStep()
  for line in lines { step = script.type(line) }
  return try personaReply(in: step)
}

private let laneBelief = "Every main road should get a protected bike lane."
private let libraryBelief = "All public libraries deserve more funding than they get."

@Suite("The drill persona answers the thing it was asked about")
struct PersonaOnTopicTests {
  @Test("a thing its own lines do not speak of is answered from its side's lines")
  func sideLine() throws {
    let answer = try reply(
      holding: laneBelief, in: cyclingPack, after: ["and what about the couriers?"])
    #expect(answer.text.hasPrefix("The couriers? Couriers on cargo bikes"), "\(answer.text)")
  }

  @Test(
    "a thing it knows nothing of gets an honest answer about it, and shakes it a little",
    arguments: [
      (laneBelief, cyclingPack, "did Leeds try this?", "Leeds?"),
      (libraryBelief, libraryPack, "is Oxfordshire any different?", "Oxfordshire?"),
    ])
  func knowsLittle(belief: String, pack: TopicPack, question: String, echo: String) throws {
    let answer = try reply(holding: belief, in: pack, after: [question])
    #expect(answer.text.hasPrefix(echo), "\(answer.text)")
    #expect(answer.text.contains("know much about"), "\(answer.text)")
    #expect(answer.confidenceAfter < answer.confidenceBefore)
  }

  @Test("what would change its mind is the pack's kind of evidence, else a kind of its own")
  func changeOfMind() throws {
    let lanes = try reply(
      holding: laneBelief, in: cyclingPack, after: ["what would it take for you to rethink this?"])
    #expect(lanes.text.hasPrefix("I'd change my mind if towns with protected lanes"))
    let books = try reply(
      holding: libraryBelief, in: libraryPack, after: ["what could change your mind on this?"])
    #expect(books.text.contains("figures or real cases"), "\(books.text)")
    #expect(!books.text.contains("If it turned out I was wrong"), "\(books.text)")
  }

  @Test("a probe of its own 'all' is answered with a reason, never refused")
  func probeOfItsWord() throws {
    let answer = try reply(
      holding: libraryBelief, in: libraryPack, after: ["all of them, or only the busy ones?"])
    #expect(answer.text.hasPrefix("Not every last one"), "\(answer.text)")
    #expect(answer.text.contains("libraries are the last warm room"), "\(answer.text)")
    #expect(!answer.text.contains("putting words in my mouth"))
  }

  @Test("a scenario asked step by step is followed, not swapped for its reasons")
  func scenario() throws {
    let answer = try reply(
      holding: laneBelief, in: cyclingPack,
      after: ["say a parcel has to cross town, how does that go, step by step?"])
    #expect(answer.text.hasPrefix("As I picture it: first, most parcels weigh"), "\(answer.text)")
    #expect(!answer.text.contains("painted lines"), "\(answer.text)")
  }

  @Test("a yes or no about its belief gets a reason after the short answer")
  func closedAboutBelief() throws {
    let answer = try reply(
      holding: laneBelief, in: cyclingPack, after: ["is a protected lane really needed?"])
    #expect(answer.text.contains("Short answer"), "\(answer.text)")
    #expect(answer.text.contains("Painted lines do nothing"), "\(answer.text)")
  }
}
