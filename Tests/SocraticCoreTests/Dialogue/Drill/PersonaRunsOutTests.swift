import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief, one on the other side about the same matter, one on
/// the other side about another matter, and one on its own side about another matter.
private let gardensPack = TopicPack(
  id: "gardens", title: "Gardens", version: 1, keywords: ["garden", "gardens", "allotment"],
  beliefs: [
    PackBelief(
      text: "Community gardens make a neighbourhood safer.", side: .for,
      reasons: [
        "People who grow food together get to know each other.",
        "An empty lot with a garden on it gets watched all day.",
      ],
      replies: ["My street had two break-ins the year before the garden and none since."]),
    PackBelief(
      text: "Late buses are a waste of council money.", side: .against,
      reasons: ["Most night routes run nearly empty after eleven."]),
    PackBelief(
      text: "Community gardens mostly help people who own their homes.", side: .against,
      reasons: [
        "They push rents up on the streets around them.",
        "Renters rarely get a plot before the waiting list closes.",
      ]),
    PackBelief(
      text: "Parking fines are too low to change anything.", side: .for,
      reasons: ["Drivers just treat a fine as the price of parking."]),
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's replies to some lines, in order.
private func replies(to lines: [String]) throws -> [String] {
  var script = drill(holdingFirstBeliefOf: gardensPack)
  return try lines.map { try personaReply(in: script.type($0)).text }
}

/// The sentences of a text, each as its words in lowercase.
private func sentenceKeys(_ text: String) -> [String] {
  SentenceSplitter.sentences(in: Tokenizer.tokenize(text)).map {
    $0.filter(\.isWord).map(\.lowercased).joined(separator: " ")
  }
}

/// How the persona answers once its ready lines are spent: nothing said twice, and a leading
/// question never gets the reasons it has not earned.
@Suite struct PersonaRunsOutTests {
  @Test func aLongRunOfLeadingQuestionsGetsNoSentenceTwiceAndNoReason() throws {
    let pushes = [
      "dont you think thats a bit naive", "come on, surely you see the problem?",
      "isnt it obvious thats wishful thinking", "you cant seriously believe that?",
      "wait so you just ignore the downsides?", "isn't that kinda extreme lol",
      "don't you think that's wishful thinking?", "doesn't everyone know gardens don't stop crime?",
      "seriously??", "oh come on, really?",
    ]
    let said = try replies(to: pushes)
    let sentences = said.flatMap(sentenceKeys)
    #expect(Set(sentences).count == sentences.count, "\(said)")
    for reason in gardensPack.beliefs[0].reasons + gardensPack.beliefs[0].replies {
      let words = sentenceKeys(reason)[0]
      #expect(!sentences.contains { $0.contains(words) }, "\(said)")
    }
  }

  @Test(arguments: [
    "hmm how did u end up thinking this",
    "um where did you first pick this up",
  ])
  func itsStoryNamesNoFillerWord(line: String) throws {
    let said = try replies(to: [line])[0]
    let filler = line.split(separator: " ")[0]
    #expect(!said.lowercased().contains(" \(filler) "), "\(said)")
  }

  @Test func theOtherSideIsTheViewOnItsOwnMatterNeverAPronounOfAnotherBelief() throws {
    let said = try replies(to: [
      "ok what would ppl on the other side say", "and what else would they say",
    ]).joined(separator: " ")
    #expect(said.contains("renters rarely get a plot"), "\(said)")
    #expect(!said.contains("night routes"), "\(said)")
    #expect(!said.contains("they push rents up"), "\(said)")
  }

  @Test func anotherMatterOnItsSideIsNoLineOfItsOwn() throws {
    let said = try replies(to: [
      "why do u think that", "any other reason", "what else", "and what else is there",
    ]).joined(separator: " ")
    #expect(!said.contains("price of parking"), "\(said)")
  }

  @Test(arguments: ["who do you trust most on this and why", "so who do u listen to on this stuff"])
  func whomItGoesByIsAskedForASource(line: String) throws {
    let said = try replies(to: ["why do you believe that", "any other reason?", line]).last!
    #expect(said.contains("source"), "\(said)")
    #expect(!said.contains("Those are my reasons"), "\(said)")
  }
}
