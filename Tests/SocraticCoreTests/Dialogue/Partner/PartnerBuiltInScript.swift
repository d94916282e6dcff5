@testable import SocraticCore

/// A partner conversation on the built-in packs (seed 7), with these lines typed in turn.
func builtInPartnerScript(_ lines: [String]) -> DialogueScript<PartnerDialogue> {
  let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
  var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
  script.type(lines)
  return script
}

/// Everything offered in a step: the reflection or lines to say first, then the questions.
func offeredItems(in step: DialogueStep) -> [PartnerSuggestion] {
  step.outputs.flatMap { output -> [PartnerSuggestion] in
    guard case .suggestions(_, let items) = output else { return [] }
    return items
  }
}
