import Testing

@testable import SocraticCore

/// Lines that make the persona give both its reasons first.
let reasonsFirst = ["what got you into this view?", "why else do you believe it?"]

/// The persona's reply in a drill step.
func personaReply(in step: DialogueStep) throws -> PersonaAnswer {
  try #require(
    step.outputs.lazy.compactMap { output -> PersonaAnswer? in
      if case .personaReply(let answer) = output { return answer }
      return nil
    }.first)
}

/// The persona's reply and the coach's verdict in a drill step.
func replyAndCritique(in step: DialogueStep) throws
  -> (answer: PersonaAnswer, critique: SessionEvent.Critique)
{
  let answer = try personaReply(in: step)
  let critique = try #require(
    step.outputs.lazy.compactMap { output -> SessionEvent.Critique? in
      if case .review(let review) = output { return review.critique }
      return nil
    }.first)
  return (answer, critique)
}

/// A drill whose persona holds the first belief of a pack of a test's own: the first seed
/// that gives it.
func drill(holdingFirstBeliefOf pack: TopicPack) -> DialogueScript<DrillDialogue> {
  let library = PackLibrary([LoadedPack(pack: pack, source: .builtIn(file: "\(pack.id).yaml"))])
  for seed in UInt64(0)..<64 {
    let started = DrillDialogue.start(
      setting: CoachingSetting(library: library, seed: seed), topic: pack.id)
    if started.dialogue.state.persona?.belief == pack.beliefs[0].text {
      return DialogueScript(started)
    }
  }
  fatalError("no seed gives the belief")
}

/// The steps of a drill on a pack of a test's own, one a line typed, in order.
func drillSteps(typing lines: [String], holdingFirstBeliefOf pack: TopicPack) -> [DialogueStep] {
  var script = drill(holdingFirstBeliefOf: pack)
  return lines.map { script.type($0) }
}

/// What the persona says to each line typed, in turn, in a drill on a pack of a test's own.
func personaReplies(typing lines: [String], holdingFirstBeliefOf pack: TopicPack) throws
  -> [PersonaAnswer]
{
  try drillSteps(typing: lines, holdingFirstBeliefOf: pack).map(personaReply(in:))
}

/// The text of every notice in a drill step.
func drillNotices(_ step: DialogueStep) -> [String] {
  DialogueScript<DrillDialogue>.notices(step)
}
