import Foundation
import Testing

@testable import SocraticCore

@Suite("The skeleton the three dialogues share")
struct SessionDialogueTests {
  static let coaching = CoachingSetting(library: DialogueFixtures.library, seed: 7)

  /// What `/help` lists in a mode, as typed.
  static func helpUsages(_ step: DialogueStep) -> [String] {
    guard case .help(let specs) = step.outputs.first else { return [] }
    return specs.map(\.usage)
  }

  /// Every command a mode's enum and the shared ones name, as typed.
  static func enumUsages<Command: ModeCommand>(_: Command.Type) -> Set<String> {
    Set(Command.allCases.map(\.spec.usage) + SharedCommand.allCases.map(\.spec.usage))
  }

  @Test("each mode's /help lists every command of its enum and every shared one, once")
  func helpListsEveryCommand() {
    var explore = ExploreScript()
    var partner = DialogueScript(PartnerDialogue.start(setting: Self.coaching))
    var drill = DialogueScript(DrillDialogue.start(setting: Self.coaching, topic: "crypto"))
    let listed = [
      (Self.helpUsages(explore.type("/help")), Self.enumUsages(ExploreCommand.self)),
      (Self.helpUsages(partner.type("/help")), Self.enumUsages(PartnerCommand.self)),
      (Self.helpUsages(drill.type("/help")), Self.enumUsages(DrillCommand.self)),
    ]
    for (help, commands) in listed {
      #expect(Set(help) == commands)
      #expect(help.count == commands.count)
    }
  }

  @Test(
    "explore keeps the engine's reading of a belief, live and resumed: the key terms are invert's",
    arguments: [
      "Remote work makes teams slower because nobody talks in the hallway any more.",
      "I honestly think nuclear power is the safest energy we have.",
      "My sister never listens when we argue about money.",
      // "waste" is the verb here, not part of "people waste": only the engine's parse knows it.
      "Rich people waste money.",
    ])
  func beliefReadingAsInvert(belief: String) throws {
    let setting = DialogueFixtures.setting()
    let expected = try setting.engine.analyze(belief)
    var live = ExploreScript(belief: belief)
    live.type(["y", "70"])
    #expect(live.dialogue.state.belief?.terms == expected.terms)
    let resumed = ExploreScript(resuming: live.events, setting: setting)
    #expect(resumed.dialogue.state.belief?.terms == expected.terms)
    #expect(resumed.dialogue.state.belief?.topics == expected.topics)
    #expect(resumed.dialogue.state == live.dialogue.state)
  }

  @Test("a belief logged as the engine no longer reads it is resumed as logged")
  func beliefReadingAsLogged() {
    let logged = SessionEvent.Belief(
      text: "Cats rule the house.", claim: "cats rule the whole house",
      inverted: "cats do not rule the whole house", reason: nil)
    let resumed = ExploreScript(
      resuming: [.topic(.init(topic: nil)), .belief(logged)], setting: DialogueFixtures.setting())
    #expect(resumed.dialogue.state.belief?.claim == "cats rule the whole house")
    #expect(resumed.dialogue.state.belief?.inverted == "cats do not rule the whole house")
  }

  @Test("every mode names a topic pack that is not loaded any more in the same words")
  func packNotLoadedNotice() {
    let explore = ExploreScript(
      resuming: [.topic(.init(topic: "climate"))], topic: "climate",
      setting: DialogueFixtures.setting())
    let partner = DialogueScript(
      PartnerDialogue.resume(
        DialogueScript<PartnerDialogue>.transcript(
          [.stage(.init(stage: "claim")), .theySaid(.init(text: "It is too late to act."))],
          mode: .partner, topic: "climate"),
        setting: Self.coaching))
    let persona = SessionEvent.Persona(
      belief: "It is too late to act.", claim: "it is too late to act",
      inverted: "it is not too late to act", confidence: 75, reasons: ["the ice is melting"],
      pack: "climate")
    let drill = DialogueScript(
      DrillDialogue.resume(
        DialogueScript<DrillDialogue>.transcript([.persona(persona)], mode: .drill),
        setting: Self.coaching))
    let expected =
      "The topic pack 'climate' this session used is not loaded, so its questions and replies "
      + "are left out. Load it with --pack FILE to have them."
    #expect(ExploreScript.notices(explore.steps[0]).first == expected)
    #expect(DialogueScript<PartnerDialogue>.notices(partner.steps[0]).first == expected)
    #expect(DialogueScript<DrillDialogue>.notices(drill.steps[0]).first == expected)
  }

  @Test("a note is logged alike in every mode, after what the mode logs first")
  func noteInEveryMode() {
    var explore = ExploreScript(belief: "Remote work makes teams slower.")
    var partner = DialogueScript(PartnerDialogue.start(setting: Self.coaching))
    var drill = DialogueScript(DrillDialogue.start(setting: Self.coaching, topic: "crypto"))
    let note = SessionEvent.Payload.note(.init(text: "prices only rise", category: .assumption))
    #expect(explore.type("/note assumption: prices only rise").events == [note])
    #expect(partner.type("/note assumption: prices only rise").events.last == note)
    #expect(partner.events.first == .stage(.init(stage: "claim")))
    #expect(drill.type("/note assumption: prices only rise").events.last == note)
    guard case .persona = drill.events.first else {
      Issue.record("the persona is not logged before the note")
      return
    }
  }
}
