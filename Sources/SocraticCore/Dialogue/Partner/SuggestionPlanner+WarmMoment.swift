/// What the planner keeps from a warm moment: once they agree, take up an offer or lighten up
/// ("go on then", "deal", "haha fair"), a question that picks apart a word of the claim or
/// weighs how they know it would turn the warmth back into a test.
extension SuggestionPlanner {
  /// Whether a question of this intent is ruled out after their words: asked already in any
  /// wording, or weighing the claim just after a warm moment.
  static func rulesOut(_ intent: QuestionIntent?, _ context: Context) -> Bool {
    guard let intent else { return false }
    if context.answered.contains(intent) { return true }
    return claimWeighingIntents.contains(intent) && context.words.map(isAWarmMoment) == true
  }

  /// Whether their words agree, take up an offer or lighten up.
  static func isAWarmMoment(_ words: TheirWords) -> Bool {
    if [.warm, .joke, .heard].contains(words.moment) { return true }
    let lowered = words.wordTokens.map(\.lowercased)
    return acceptances.contains { lowered.starts(with: $0) }
  }

  /// What weighs the claim rather than follows the person: what a word means, how they know,
  /// how typical it is.
  private static let claimWeighingIntents: Set<QuestionIntent> = [.meaning, .howKnow, .typical]

  /// How taking up an offer or agreeing opens: "go on then", "deal", "alright then".
  private static let acceptances: [[String]] = [
    ["go", "on", "then"], ["go", "on"], ["alright", "then"], ["ok", "then"], ["okay", "then"],
    ["deal"], ["you", "'re", "on"], ["sounds", "good"], ["fine", "then"], ["why", "not"],
    ["fair", "enough"], ["aye", "go", "on"], ["yeah", "go", "on"], ["oh", "go", "on"],
    ["yeah", "alright"], ["yeah", "ok"], ["ok", "deal"],
  ]
}
