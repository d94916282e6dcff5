@testable import SocraticCore

/// A partner dialogue with the test library, as the partner tests start it.
func partnerScript() -> DialogueScript<PartnerDialogue> {
  DialogueScript(
    PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
}

/// What a partner step suggests, read as a user reads it.
extension DialogueStep {
  /// Every suggestion of the step: reflections and questions.
  var suggestions: [PartnerSuggestion] {
    outputs.flatMap { output -> [PartnerSuggestion] in
      if case .suggestions(_, let items) = output { return items }
      return []
    }
  }

  /// The reflection suggested, if any.
  var suggestedReflection: String? {
    suggestions.lazy.compactMap { item in
      if case .reflection(let text) = item { return text }
      return nil
    }.first
  }

  /// The questions suggested.
  var suggestedQuestions: [Question] {
    suggestions.compactMap { item in
      if case .question(let question) = item { return question }
      return nil
    }
  }
}
