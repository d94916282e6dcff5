import Testing

@testable import SocraticCore

/// Reassurance, a challenge and validation in the person's own lines (`/me`): warmth or their
/// own view is never credited as giving back what was said, and validation, an offer taken up
/// or a goodbye with the day to meet is never coached as an opinion or as steering.
@Suite("Partner coaches reassurance and validation in the person's own lines")
struct PartnerReassuranceTests {
  /// The notices and the critique of a `/me` line said after what they said.
  private func coaching(of line: String, after theySaid: [String]) -> (
    notices: [String], critique: SessionEvent.Critique?
  ) {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    for said in theySaid { script.type(said) }
    let step = script.type("/me " + line)
    let critique = step.events.lazy.compactMap { event -> SessionEvent.Critique? in
      if case .asked(let value) = event { return value.critique }
      return nil
    }.first
    return (DialogueScript<PartnerDialogue>.notices(step), critique)
  }

  @Test(
    "reassurance or a challenge before a question is not credited as a reflection",
    arguments: [
      (
        "honestly i feel like a right idiot even bringing it up",
        "you're not an idiot. what would make it feel less awkward?"
      ),
      (
        "im not a kid who needs looking after",
        "nobody thinks you're a kid nan. how do you see it?"
      ),
      (
        "i'd put the whole 3 grand in straight away",
        "3 grand is most of what you've got tho. what if it flops?"
      ),
    ] as [(String, String)])
  func reassuranceNotCredited(theySaid: String, line: String) {
    let coached = coaching(of: line, after: ["the gym is only for young people lol", theySaid])
    #expect(!coached.notices.contains(MeLine.reflectionCredit), "\(coached.notices)")
  }

  @Test("a reflection before a question is still credited")
  func reflectionStillCredited() {
    let coached = coaching(
      of: "so you'd feel like the odd one out. what would help with that?",
      after: ["the gym is only for young people lol", "i'd be the oldest there by miles"])
    #expect(coached.notices.contains(MeLine.reflectionCredit), "\(coached.notices)")
  }

  @Test(
    "validation, taking up what they asked, and a goodbye with a day are right as they are",
    arguments: [
      (
        "thats the park where grandad walked the dog. going there without him would be hard for anyone",
        ListenerCourtesy.Kind.empathy
      ),
      ("anyone would feel nervous the first time", .empathy),
      ("yeah i can drive you, its no bother. id love to.", .warmth),
      ("see you friday nan. ta-ra", .closing),
      ("laters mum", .closing),
    ] as [(String, ListenerCourtesy.Kind)])
  func rightAsItIs(line: String, kind: ListenerCourtesy.Kind) {
    let coached = coaching(
      of: line,
      after: ["the gym is only for young people lol", "i dont know if i could walk in alone"])
    #expect(coached.critique?.problems == [kind.verdict], "\(String(describing: coached.critique))")
    #expect(coached.critique?.suggestion == nil)
  }

  @Test(
    "a sentence that is more than the scene keeps a line from being empathy",
    arguments: [
      "you should just go. it would be hard for anyone",
      "i think you're overthinking it. anyone would be nervous",
      "id like to see you try the class",
    ])
  func notEmpathy(line: String) {
    #expect(ListenerCourtesy.kind(of: line) == nil)
  }
}
