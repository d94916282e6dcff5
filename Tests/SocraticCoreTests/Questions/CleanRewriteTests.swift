import Testing

@testable import SocraticCore

/// A rewrite is plain English built from a whole topic phrase, and drops the charge the
/// question carried; with no clean phrase, it is left out rather than shown broken.
@Suite("Rewrites keep a whole topic and drop the charge")
struct CleanRewriteTests {
  let critic = QuestionCritic()

  @Test("the motive charged with 'only … because' is left out of the rewrite")
  func onlyBecauseMotiveGoes() throws {
    let critique = try critic.critique(
      "isn't it true you only joined the gym because of your ex?")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "How do you feel about joining the gym?")
  }

  @Test("a past that did not happen is asked as how things would have gone")
  func counterfactualPast() throws {
    let critique = try critic.critique(
      "be honest, you'd have taken the job if the pay had been better, right?")
    #expect(
      critique.suggestion == "How do you think things would have gone if the pay had been better?")
  }

  @Test(
    "an act that sweeps over all they do is the charge, never kept",
    arguments: [
      "why do you always have to turn every chat into an argument",
      "why do you always have to make everything about the dog",
    ])
  func sweepingActIsNotKept(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    let words = (critique.suggestion ?? "").lowercased().split(separator: " ")
    #expect(!words.contains { $0.hasPrefix("every") })
  }

  @Test("'not exactly' scorns; the rewrite leaves 'exactly' out")
  func understatementGoes() throws {
    let critique = try critic.critique("the council isn't exactly a charity is it")
    #expect(critique.suggestion == "What's your view on whether the council is a charity?")
  }

  @Test(
    "'How do you see' never takes a preposition, nor a thing cut from its act",
    arguments: [
      "do you agree with her on that bit?",
      "surely you can see that leaving a puppy in a car on a hot day is dangerous??",
    ])
  func seeHasAWholeObject(question: String) throws {
    let suggestion = try critic.critique(question).suggestion ?? ""
    #expect(!suggestion.hasPrefix("How do you see with"))
    #expect(suggestion != "How do you see a puppy?")
    #expect(!suggestion.contains("whether with"))
  }

  @Test("texting spellings are written out in a rewrite")
  func shorthandWrittenOut() throws {
    let critique = try critic.critique("are u sure about the new job?")
    let words = (critique.suggestion ?? "").split(separator: " ")
    #expect(!words.isEmpty)
    #expect(!words.contains("u"))
  }

  @Test("a jab joined on after a comma is not carried into the rewrite")
  func splicedJabGoes() throws {
    let critique = try critic.critique(
      "why are you so mad about the new fence, it's not even your house")
    #expect(critique.form == .leading)
    #expect(critique.suggestion == "How do you see the new fence?")
  }

  @Test("a 'then' that presses the point is left out of the rewrite; one of time stays")
  func pressingThenGoes() throws {
    let pressed = try critic.critique("so you're quitting the choir then?")
    #expect(pressed.suggestion == "How do you feel about quitting the choir?")
    let timed = try critic.critique("did you like it back then?")
    #expect(timed.suggestion?.hasSuffix("back then?") == true)
  }
}
