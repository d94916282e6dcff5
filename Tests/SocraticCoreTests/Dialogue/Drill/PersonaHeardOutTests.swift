import Testing

@testable import SocraticCore

@Suite("The persona owns a reflection that gives back all it has said")
struct PersonaHeardOutTests {
  /// A persona of these tests' own: a belief about parks at night.
  private let voice = PersonaVoice(
    persona: SessionEvent.Persona(
      belief: "Parks should close their gates at sunset.",
      claim: "parks should close their gates at sunset",
      inverted: "parks should not close their gates at sunset", confidence: 80,
      reasons: ["Most of the damage to parks is done after dark."]),
    replies: [], terms: [])

  @Test("with nothing new left to say to a reflection, it says it was heard, in words not said yet")
  func stonewallBecomesHeard() {
    let stonewall = PersonaVoice.Reply(text: PersonaVoice.nothingToAdd[0])
    #expect(voice.heardOut(stonewall, saidSentences: []).text == "Yes, that's about where I am.")
    let said = PersonaVoice.sentenceKeys(of: "Yes, that's about where I am.")
    #expect(
      voice.heardOut(stonewall, saidSentences: said).text == "That's a fair summary of it, yes.")
  }

  @Test("once it has said each way of owning it was heard, it says none of them again")
  func heardOutNeverRepeats() {
    let stonewall = PersonaVoice.Reply(text: PersonaVoice.nothingToAdd[1])
    let said = PersonaVoice.heardOutLines.reduce(into: Set<String>()) {
      $0.formUnion(PersonaVoice.sentenceKeys(of: $1))
    }
    #expect(voice.heardOut(stonewall, saidSentences: said) == stonewall)
  }

  @Test("a reply with something in it is left as it is")
  func answerKept() {
    let answer = PersonaVoice.Reply(text: "Most of the damage to parks is done after dark.")
    #expect(voice.heardOut(answer, saidSentences: []) == answer)
  }
}
