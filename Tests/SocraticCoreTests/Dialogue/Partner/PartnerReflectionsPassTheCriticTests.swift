import Testing

@testable import SocraticCore

/// Talks of my own, the way people type to a friend, each a run of what the other person says.
private let talks: [[String]] = [
  [
    "i reckon the new estate is gonna ruin the village tbh",
    "the roads are already rammed and the school's full",
    "idk, i'm just gutted, it won't feel like home anymore",
  ],
  [
    "working from home is the best thing that ever happened to me",
    "no commute, i actually see my kids in the morning now lol",
    "my boss keeps hinting we'll all be back in the office by spring and it scares me tbh",
  ],
  [
    "my dad won't stop driving even though his eyes are going",
    "he nearly clipped a cyclist last week and he just laughed it off",
    "i don't want to be the one who takes his keys, he'd never forgive me",
  ],
]

/// A user who says back what partner suggested is never faulted for it: every reflection
/// partner offers passes the critic, judged against the same line it was offered after.
@Suite("Partner's reflections pass its own critic")
struct PartnerReflectionsPassTheCriticTests {
  @Test(
    "each reflection offered, said by the user after the same line, is coached as well heard",
    arguments: talks.map { $0 }
      + (tableConversations + personaConversations + familyConversations + homeConversations)
      .map { $0.turns.map(\.line) })
  func reflectionsPass(lines: [String]) throws {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    let critic = QuestionCritic()
    for line in lines {
      let step = script.type(line)
      let offered = step.outputs.flatMap { output -> [PartnerSuggestion] in
        if case .suggestions(_, let items) = output { return items }
        return []
      }
      guard case .reflection(let said)? = offered.first else { continue }
      let critique = try critic.critique(said, after: line)
      #expect(critique.form != .leading, "after \u{201C}\(line)\u{201D}, \u{201C}\(said)\u{201D}")
      guard critique.form == .reflection else { continue }
      #expect(
        critique.problems.isEmpty,
        "after \u{201C}\(line)\u{201D}, \u{201C}\(said)\u{201D}: \(critique.problems)")
    }
  }
}
