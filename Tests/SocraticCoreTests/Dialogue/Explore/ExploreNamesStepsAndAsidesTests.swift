import Testing

@testable import SocraticCore

/// Names kept as typed after "our" or a word for someone close, a steer back to the topic
/// read as no goodbye, a yes with a word after it, a correction with the belief restated after
/// it, and asides that step away for a moment.
@Suite("Explore names, steers and asides")
struct ExploreNamesStepsAndAsidesTests {
  static let belief = "Kids under sixteen shouldn't have smartphones."

  @Test(
    "an unknown word after a possessive or a word for someone close is a name, kept",
    arguments: [
      ("our jake (14) wants one because all his mates have one", "jake"),
      ("my son dave would just hide it under his pillow", "dave"),
      ("my sister kate gave our kid her old phone", "kate"),
    ])
  func nameKept(line: String, name: String) {
    let corrected = TypoCorrector.correcting(Tokenizer.tokenize(line)).joinedText
    #expect(corrected.split(separator: " ").contains { $0 == name }, "\(corrected)")
  }

  @Test(
    "a slip elsewhere is still set right",
    arguments: [
      ("they shoudl wait till secondary", "should"),
      ("teh school bans them anyway", "the"),
      ("my kids shoudl wait", "should"),
    ])
  func slipCorrected(line: String, word: String) {
    let corrected = TypoCorrector.correcting(Tokenizer.tokenize(line)).joinedText
    #expect(corrected.split(separator: " ").contains { $0 == word }, "\(corrected)")
  }

  @Test("a name after 'our' is given back as typed")
  func nameGivenBack() {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type("our jake got one at 12 and hes glued to it")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(asked.contains("jake got one at 12"), "\(asked)")
  }

  @Test(
    "a wish to talk about their topic instead is a steer back to it, never a goodbye",
    arguments: [
      "i dont want to talk about that anymore. i'd rather talk about the phones tbh…",
      "i'd rather not talk about that anymore, can we talk about the phones",
    ])
  func steerBack(line: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["we lost our mum last spring so its been a hard year"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.backToTopicNotice))
    #expect(ExploreScript.question(step) != nil)
    #expect(script.dialogue.state.phase != .finished)
  }

  @Test("a wish to stop with no topic named still closes the session")
  func stopStillCloses() {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["we lost our mum last spring so its been a hard year"])
    let step = script.type("i dont want to talk about this anymore")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(script.dialogue.state.phase == .closingSession(.left))
  }

  @Test(
    "a yes with one word after it confirms the reading",
    arguments: ["y finally", "yes thanks", "yeah exactly"])
  func yesWithTrailingWord(line: String) {
    var script = ExploreScript()
    script.type(Self.belief)
    script.type(line)
    #expect(script.dialogue.state.phase == .ratingConfidence)
  }

  @Test("a yes turned by the word after it is no confirmation")
  func yesButIsNoConfirmation() {
    var script = ExploreScript()
    script.type(Self.belief)
    script.type("yes but")
    #expect(script.dialogue.state.phase == .confirmingBelief)
  }

  @Test("a name set right, then the belief restated, is read as the belief")
  func correctionThenRestated() {
    var script = ExploreScript()
    script.type("my son dan will lose interest in football if he gets a phone")
    let step = script.type(
      "its dave not dan lol. my son dave will lose interest in football if he gets a phone")
    let beliefs = script.events.compactMap { event -> String? in
      if case .belief(let value) = event { return value.text }
      return nil
    }
    #expect(
      beliefs.last == "my son dave will lose interest in football if he gets a phone",
      "\(ExploreScript.notices(step))")
  }

  @Test(
    "an aside that steps away for a moment waits for them, given back as nothing",
    arguments: [
      "sorry the kettle's just boiled, one sec.",
      "doorbell, brb",
      "i was reading ahead",
      "sorry just scrolling back up",
    ])
  func asideWaits(line: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["they cant put them down, my niece is on hers all night"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step) == [ExploreDialogue.pauseNotice])
    #expect(ExploreScript.reflections(step).isEmpty)
  }

  @Test("the kettle told as part of an answer is no aside")
  func kettleInAnAnswer() {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["they cant put them down, my niece is on hers all night"])
    let step = script.type("she even takes it when she boils the kettle, one hand on the screen")
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.pauseNotice))
  }
}
