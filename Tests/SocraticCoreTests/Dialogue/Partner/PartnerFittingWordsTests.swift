import Testing

@testable import SocraticCore

/// What partner pastes into a wording reads as a whole clause or a subject: an aside that
/// excuses what comes next, a short yes or no to the listener, or a pack that names no
/// subject are never taken as the belief. Hurt at being judged holds the stage where it is.
@Suite("Partner pastes only words that read")
struct PartnerFittingWordsTests {
  private func texts(_ step: DialogueStep) -> [String] {
    step.suggestions.map { $0.text.lowercased() }
  }

  @Test("a pack for any belief names no subject in the invitations")
  func generalTopic() {
    let dialogue = PartnerDialogue.start(
      setting: CoachingSetting(library: .builtIn(), seed: 7), topic: "general")
    let script = DialogueScript(dialogue)
    guard case .invitations(let questions)? = script.last.outputs.last else {
      Issue.record("no invitations")
      return
    }
    #expect(questions.count == 3)
    #expect(!questions.contains { $0.text.lowercased().contains("general") })
  }

  @Test(
    "an aside that opens the line is no belief to ask about",
    arguments: [
      "okay so promise you wont laugh. ive booked a parachute jump for my 70th",
      "lol ok right dont judge me but. i reckon cats are smarter than dogs tbh",
      "right so hear me out. the four day week would pay for itself",
    ])
  func openingAside(line: String) {
    var script = partnerScript()
    let step = script.type(line)
    for text in texts(step) {
      #expect(!text.contains("laugh") && !text.contains("judge") && !text.contains("hear me"))
    }
    #expect(!step.suggestions.isEmpty)
  }

  @Test(
    "a short yes or no to the listener is no belief: what follows it is",
    arguments: [
      "he does yeah. he reads the paper every sunday and says the telly news is all spin",
      "no it wasnt lol. the bus was late three days running so i just drive in now",
      "she did yes. she always said the council never listens to anyone round here",
    ])
  func shortAnswer(line: String) {
    var script = partnerScript()
    script.type("/me did anyone else in the family think that?")
    let step = script.type(line)
    for text in texts(step) {
      #expect(
        !text.contains("does yeah") && !text.contains("wasnt") && !text.contains("did yes"))
    }
    #expect(!step.suggestions.isEmpty)
  }

  @Test("the belief line of the summary starts after an opening aside or short answer")
  func statedBelief() {
    let aside = SessionEvent.TheySaid(
      text: "okay so promise you wont laugh. you can learn any instrument at sixty",
      claim: "you can learn any instrument at sixty")
    #expect(aside.statedBelief == "you can learn any instrument at sixty")
    let answer = SessionEvent.TheySaid(
      text: "he does yeah. he thinks the trains will be nationalised by spring",
      claim: "he thinks the trains will be nationalised by spring")
    #expect(answer.statedBelief == "he thinks the trains will be nationalised by spring")
  }

  @Test(
    "hurt at being judged holds the stage, and no rating is asked",
    arguments: [
      "forget i said anything lol. its fine",
      "this is why i never tell people stuff. honestly",
      "i knew youd laugh. whatever its fine",
    ])
  func hurtHoldsTheStage(line: String) {
    var script = partnerScript()
    script.type("i think my grandad could tell when the phone was about to ring")
    script.type("/me thats a bit of a stretch isnt it")
    let step = script.type(line)
    let movedOn = step.events.contains { payload in
      if case .stage = payload { return true }
      return false
    }
    #expect(!movedOn)
    #expect(!texts(step).contains { $0.contains("0 to 100") })
  }
}
