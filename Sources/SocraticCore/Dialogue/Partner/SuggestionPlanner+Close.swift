/// What the planner offers at the close.
extension SuggestionPlanner {
  /// The lines to say at the close (`PartnerClosing`), after the answer to what they asked of
  /// the listener as they go ("saturday yeah? gotta run"): a goodbye never leaves it hanging.
  static func closing(_ words: TheirWords, _ context: Context) -> [PartnerSuggestion] {
    let answer = ListenerQuestion.read(words).map { [PartnerSuggestion.answer($0.guidance)] }
    // Once they softened the claim, it is never said back in its old, strong form.
    let lines = PartnerClosing.lines(
      for: words,
      claim: context.hasConceded || context.isPersonalTalk ? nil : context.claim?.claim,
      isAfterGoodbye: context.isAfterGoodbye,
      followsOpeningUp: context.followsOpeningUp, offered: context.offered,
      isPersonalTalk: context.isPersonalTalk
    ).map(PartnerSuggestion.reflection)
    return Array(((answer ?? []) + lines).prefix(count))
  }
}
