import Testing

@testable import SocraticCore

/// What the listener said is never given back as theirs, "too" of degree grants nothing, and a
/// plan to meet after "anyway" winds the talk up.
@Suite("The partner dialogue: whose words, what was granted, winding up")
struct PartnerWindingUpTests {
  @Test("a yes after the listener's own statement gives back nothing the listener said")
  func yesAfterAStatement() {
    var script = partnerScript()
    script.type("vinyl sounds better than streaming")
    script.type("/me that's fair. i'm pleased you found something you love")
    let step = script.type("yeah. so what do you listen on then")
    let shown = step.suggestions.map(\.text)
    #expect(!shown.contains { $0.contains("pleased") }, "\(shown)")
  }

  @Test("a yes to the listener's closed question is still given back as theirs")
  func yesAfterAClosedQuestion() {
    var script = partnerScript()
    script.type("vinyl sounds better than streaming")
    script.type("/me would you still buy records if they cost double?")
    let step = script.type("yeah probably")
    #expect(step.suggestedReflection?.contains("still buy records") == true)
  }

  @Test("'too' that says how much grants nothing: no 'you'd grant' after 'I know you …'")
  func tooOfDegree() {
    var script = partnerScript()
    script.type("scooters should be banned from pavements")
    let step = script.type("i know you ride one. the pavements are too narrow for them")
    #expect(step.suggestedReflection?.contains("you'd grant") == false, "\(step.suggestions)")
  }

  @Test(
    "a plan to meet after 'anyway', even after a kind word, winds the talk up",
    arguments: [
      "no its fine, it was good to talk actually. anyway, lunch tomorrow?",
      "ha fair enough. anyway, still on for saturday?",
    ])
  func meetingUp(_ line: String) {
    var script = partnerScript()
    script.type("festivals are overpriced these days")
    script.type("/me what makes you say that")
    script.type("the tickets were two hundred quid and the toilets were grim")
    script.type("/me sorry if that felt like a grilling")
    script.type(line)
    #expect(script.dialogue.state.stage == .close)
  }
}
