import Testing

@testable import SocraticCore

/// Coaching a reader can trust: one call for every practical fact only the person knows, a
/// complex reflection that names the feeling under their words left unfaulted, what they said
/// given back counted as a reflection, and a rewrite shown only when it reads right.
@Suite("Coaching a reader can trust")
struct TrustedCoachingTests {
  let critic = QuestionCritic()

  static let ownFact =
    "closed, and fine as it is: it asks a plain fact or plan of their own, which only they can"
    + " tell you"

  @Test(
    "a practical fact of their own day or errands is fine as it is, with no rewrite",
    arguments: [
      "who locked the back door last night",
      "where did you put the spare key?",
      "have you renewed your passport yet",
      "when is your dentist appointment?",
    ])
  func ownFact(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == [Self.ownFact])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "what they have lived, asked yes or no, invites them to tell it: fine, with no rewrite",
    arguments: ["have you ever been a juror", "did you ever work nights yourself?"])
  func ownExperience(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.count == 1)
    #expect(critique.problems.first?.contains("fine as it is") == true)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "where what they said leaves them is open; where a thing is, is a fact",
    arguments: [
      ("so where does all this leave you now?", QuestionForm.open),
      ("where does it put you with your sister?", .open),
      ("where is the nearest ferry port?", .closed),
    ])
  func whereItLeaves(question: String, form: QuestionForm) throws {
    #expect(try critic.critique(question).form == form)
  }

  @Test(
    "a complex reflection that names the feeling under their words is not faulted",
    arguments: [
      (
        "It's not the house itself, it's that Grandad drew up the will with my cousin and never"
          + " once mentioned it to me.",
        "so it's less about what the will says and more that you felt left out of it"
      ),
      (
        "Nobody else in the office ever refills the printer, it's always me.",
        "so you feel like the only one who bothers"
      ),
      (
        "what happens to the allotment if we go to Wales for a fortnight?",
        "you're worried about who'll water the vegetables while you're all away"
      ),
      (
        "they kept her in overnight and I honestly thought we might lose her",
        "oh I remember, you texted me from the ward. that must have been frightening"
      ),
    ])
  func feelingNamed(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.problems.isEmpty)
  }

  @Test("their own words turned to them give back, whatever cue of advice they carry")
  func theirWordsTurned() throws {
    let after = "I need my van back by Friday, I'm moving house."
    let line = "you need the van back by friday."
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .simple)
    #expect(try critic.critique(line).form == .statement)
  }

  @Test("an echo of their news with a question mark gives it back")
  func echoOfTheirNews() throws {
    let critique = try critic.critique(
      "your cousin bought it?? wow", after: "my cousin bought the old chapel last spring")
    #expect(critique.form == .reflection)
    #expect(critique.suggestion == nil)
  }

  @Test("a plan of theirs stretched to score a point leads, its signs in the order said")
  func planStretched() throws {
    let critique = try critic.critique(
      "so you're just going to give the whole garden over to the neighbours then")
    #expect(critique.form == .leading)
    #expect(critique.problems.first?.hasPrefix("'just … whole … then'") == true)
  }

  @Test(
    "a rewrite keeps the question readable and drops the asker's answer",
    arguments: [
      (
        "isn't it obvious the bus was late because the driver stopped for a smoke?",
        "Why do you think the bus was late?"
      ),
      (
        "why can't you just put the milk back in the fridge like a normal person?",
        "What gets in the way of putting the milk back in the fridge?"
      ),
    ])
  func readableRewrite(question: String, rewrite: String) throws {
    #expect(try critic.critique(question).suggestion == rewrite)
  }

  @Test(
    "no rewrite rather than one that blames, loses its referent or makes no sense",
    arguments: [
      "don't you think you should have rung before coming round?",
      "be honest, you lost my umbrella didn't you?",
      "isn't it true that people said the same thing about television in the 50s and we still read?",
      "honestly you're the kindest grandad I know",
    ])
  func noRewrite(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form != .open)
    #expect(critique.suggestion == nil)
  }

  @Test("in the drill, a lived yes/no called fine as it is gets no 'better' wording")
  func drillFineAsItIs() throws {
    let setting = CoachingSetting(library: PackLibrary.builtIn(), seed: 5)
    var script = DialogueScript(DrillDialogue.start(setting: setting, topic: "politics"))
    script.type("why do you think that")
    let (_, critique) = try replyAndCritique(
      in: script.type("have you ever worked at a polling station"))
    #expect(critique.form == "closed")
    #expect(critique.problems.first?.contains("fine as it is") == true)
    #expect(critique.suggestion == nil)
  }

  @Test("'go on then' with a plan after it agrees; it asks nothing")
  func assent() throws {
    #expect(try critic.critique("go on then, chippy after. you're paying mind").form != .open)
  }
}
