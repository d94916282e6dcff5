import Testing

@testable import SocraticCore

@Suite("The drill persona owns a word only in a form of the same sense")
struct PersonaOtherWordsTests {
  private let voice = PersonaVoice(
    persona: SessionEvent.Persona(
      belief: "Night buses are worth the cost.", claim: "night buses are worth the cost",
      inverted: "night buses are not worth the cost", confidence: 75,
      reasons: ["People who work late get home safe.", "It's hard to get a taxi at 2am."],
      pack: nil),
    replies: [], terms: [])

  @Test(
    "a longer word that is a word of its own is the asker's, not a form of the persona's",
    arguments: ["costly", "lately", "shortly"])
  func otherWord(word: String) {
    #expect(!voice.usesItself(word))
  }

  @Test("a word of a stock line it has not said is the asker's until it says that line")
  func stockLineWord() {
    #expect(!voice.usesItself("hardly"))
    #expect(
      voice.usesItself(
        "hardly", saidSentences: ["hardly ever would be more exact but close enough"]))
  }

  @Test("a plural or adverb of its own word is still its own")
  func sameSense() {
    #expect(voice.usesItself("costs"))
    #expect(PersonaVoice.isSameSense("obvious", "obviously"))
  }
}
