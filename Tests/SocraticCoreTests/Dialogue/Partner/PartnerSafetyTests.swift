import Testing

@testable import SocraticCore

/// A danger to life the other person tells is put to the listener before any suggestion, once.
@Suite("The partner dialogue: a danger to life")
struct PartnerSafetyTests {
  private func notices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output in
      if case .notice(let text, _) = output { return text }
      return nil
    }
  }

  @Test("a pain spreading down the arm, with the chest named, is told to the listener once")
  func heart() {
    var script = partnerScript()
    script.type("these chest pains are just my age")
    let stage = script.dialogue.state.stage
    let first = script.type("it goes down my left arm when i do the stairs, that's all")
    #expect(notices(first).contains(SafetyConcern.heart.partnerLine), "\(notices(first))")
    #expect(script.dialogue.state.stage == stage)
    let again = script.type("like i said it goes down my left arm sometimes")
    #expect(!notices(again).contains(SafetyConcern.heart.partnerLine))
  }

  @Test("not wanting to be here any more is told to the listener")
  func ownHarm() {
    var script = partnerScript()
    script.type("nobody would miss me at that job")
    let step = script.type("honestly some nights i don't want to be here anymore")
    #expect(notices(step).contains(SafetyConcern.ownHarm.partnerLine), "\(notices(step))")
  }
}
