import Testing

@testable import SocraticCore

/// Partner reads the moment before it suggests: openers, fillers and the name of the one
/// spoken to are no claim; a sting, the years felt or a need after a change is no reason to
/// test; warmth and thanks are no distress; a plan just named is taken up, never doubted.
@Suite("The partner dialogue: reading the moment before suggesting")
struct PartnerReadsTheMomentTests {
  /// A talk with a claim on the table, the listener's question asked.
  private func talking() -> DialogueScript<PartnerDialogue> {
    var script = partnerScript()
    script.type("i reckon the allotment is more bother than its worth now")
    script.type("/me what makes it feel like that?")
    return script
  }

  /// Every suggestion of a step, lowercased.
  private func said(_ step: DialogueStep) -> [String] {
    step.suggestions.map { $0.text.lowercased() }
  }

  @Test(
    "openers and asides said before a view are never the claim, given back or asked about",
    arguments: [
      ("ok so hear me out lol. im gonna quit the gym and just run outside", "hear me out"),
      ("right so dont judge me. im moving back to my mums for a bit", "judge"),
      ("ok right so promise u wont laugh. the tram is quicker than the bus", "laugh"),
      ("nah seriously, the tram is quicker than the bus", "nah"),
    ])
  func openers(_ line: String, _ opener: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(!said(step).isEmpty)
    #expect(!said(step).contains { $0.contains(opener) }, "\(said(step))")
    #expect(script.dialogue.state.claim?.claim.contains(opener) != true)
  }

  @Test("an opener and an aside alone state no claim")
  func openerAlone() {
    var script = partnerScript()
    let step = script.type("right so dont laugh.")
    #expect(script.dialogue.state.claim == nil)
    #expect(!said(step).contains { $0.contains("laugh") }, "\(said(step))")
  }

  @Test("the name of the one spoken to, after their age, is no word of what they say")
  func nameAfterAnAge() {
    var script = talking()
    let step = script.type("well im 64 Margaret, i know my own mind")
    #expect(!said(step).contains { $0.contains("margaret") }, "\(said(step))")
  }

  @Test(
    "a sting from someone close or the years felt holds the stage and is never put to the test",
    arguments: [
      "my dad told me at xmas dinner i was a waste of space. in front of my cousins n all",
      "my sister keeps calling me a flake cos i packed in uni",
      "well im not getting any younger. my mum went at 77 and i think about that",
    ])
  func disclosure(_ line: String) {
    var script = talking()
    let before = script.dialogue.state.stage
    let step = script.type(line)
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(script.dialogue.state.stage == before, "\(notices)")
    let testing = ["wrong", "disagree", "how do you know", "how sure", "seen with your own eyes"]
    #expect(
      !said(step).contains { text in testing.contains(where: text.contains) }, "\(said(step))")
    #expect(!step.suggestedQuestions.contains { [.inversion, .evidence].contains($0.kind) })
  }

  @Test("the years felt are met as the years felt, never as a loss alone")
  func ageing() {
    var script = talking()
    let step = script.type(
      "im not a spring chicken am i. my brother went at 70, you start counting")
    #expect(step.suggestedReflection?.contains("older") == true, "\(said(step))")
  }

  @Test(
    "being touched or thankful is met warmly: no distress read in it, no goodbye, no question",
    arguments: [
      "stop it ull have me in tears. cheers sis",
      "aw ur gonna set me off in the chippy, ta bro",
      "right well im glad you called hun",
    ])
  func touched(_ line: String) {
    var script = talking()
    let step = script.type(line)
    let distress = ["hard", "holding up", "help", "matters most"]
    #expect(
      !said(step).contains { text in distress.contains(where: text.contains) }, "\(said(step))")
    #expect(script.dialogue.state.stage != .close)
    #expect(step.suggestedQuestions.isEmpty, "\(said(step))")
  }

  @Test("a goodbye after being glad of the call gets no counsellor's thanks for sharing")
  func goodbyeAfterGladness() {
    var script = talking()
    script.type("right well im glad you called hun")
    let step = script.type("love you. drive safe. ta ra")
    #expect(!said(step).contains { $0.contains("isn't easy to say") }, "\(said(step))")
  }

  @Test(
    "a plan just named, with its next step, is taken up and never doubted",
    arguments: [
      "ok. i'll sign up for the 5k in may and if my knee holds up i'll do the 10k in autumn",
      "fine. i'm gonna ask at the council first, then if they say no i'll write to the mp",
    ])
  func plan(_ line: String) {
    var script = talking()
    let step = script.type(line)
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(script.dialogue.state.stage != .falsifiability, "\(notices)")
    #expect(!notices.contains { $0.hasPrefix("They gave a reason") }, "\(notices)")
    let doubting = ["chances", "wrong", "disagree", "seen with your own eyes"]
    #expect(
      !said(step).contains { text in doubting.contains(where: text.contains) }, "\(said(step))")
    #expect(!step.suggestedQuestions.isEmpty)
  }

  @Test(
    "a need after a change in their life, or despair after an anyway, never winds the talk up",
    arguments: [
      "ever since i got made redundant i feel like i need a win tbh",
      "since the split i need a result of some kind",
      "anyway whats the point in trying",
    ])
  func needOrDespair(_ line: String) {
    var script = talking()
    let step = script.type(line)
    let notices = DialogueScript<PartnerDialogue>.notices(step)
    #expect(script.dialogue.state.stage != .close, "\(notices)")
    #expect(!step.suggestions.contains { PartnerLines.isClosingLine($0.text) }, "\(said(step))")
  }
}
