import Testing

@testable import SocraticCore

/// `/stage` says what has happened since the stage began, so the stage it names is never read
/// as where their last words were.
@Suite("The partner dialogue: what /stage reports")
struct PartnerStageReportTests {
  private func notices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output in
      if case .notice(let text, _) = output { return text }
      return nil
    }
  }

  @Test("after they open up, /stage says the suggestions stay with it and the stage waits")
  func afterOpeningUp() {
    var script = partnerScript()
    script.type("my dad thinks i should take the job in leeds")
    script.type("honestly im scared ill be lonely up there, i dont know anyone and mum is ill")
    let step = script.type("/stage")
    #expect(step.outputs.first == .stages(current: script.dialogue.state.stage))
    #expect(
      notices(step).contains { $0.contains("Their last words opened up") && $0.contains("waits") })
  }

  @Test("/stage counts what they said since the stage began")
  func counts() {
    var script = partnerScript()
    script.type("/stage reasons")
    script.type("my dad thinks i should take the job in leeds")
    script.type("he says the pay is better and id get promoted quicker")
    let step = script.type("/stage")
    #expect(
      notices(step).first?.hasPrefix("They have said 2 things since this stage began (2 in all).")
        == true)
  }

  @Test("a line that moved the stage is counted in all, not since the stage began")
  func countsInAll() {
    var script = partnerScript()
    script.type("my dad thinks i should take the job in leeds")
    script.type("because the pay is better and id get promoted quicker")
    script.type("and leeds has loads going on, he lived there for years")
    let step = script.type("/stage")
    #expect(notices(step).first?.contains("(3 in all)") == true)
  }

  @Test("before they say anything, /stage shows the stages alone")
  func beforeAnything() {
    var script = partnerScript()
    #expect(script.type("/stage").outputs == [.stages(current: .claim)])
  }
}
