/// What the planner keeps from a warm moment: once they agree, take up an offer or lighten up
/// ("go on then", "deal", "haha fair"), a question that picks apart a word of the claim or
/// weighs how they know it would turn the warmth back into a test.
extension SuggestionPlanner {
  /// Whether a question of this intent is ruled out after their words: asked already in any
  /// wording, or weighing the claim just after a warm moment.
  /// A question their words have answered about the claim is not asked again, unless it asks
  /// it of what they just said: after "the waiting lists are ten years long", "What makes you
  /// confident that the waiting lists are ten years long?" asks how they know the reason, which
  /// the reason did not answer.
  /// - Parameter isWarm: whether their words are a warm moment (`isAWarmMoment(_:)`), read
  ///   once a turn.
  static func rulesOut(
    _ intent: QuestionIntent?, _ context: Context, asking key: WordingKey,
    ofTheirTurn askable: Set<String>, isWarm: Bool
  ) -> Bool {
    guard let intent else { return false }
    if context.answered.contains(intent),
      askable.intersection(key.stems).count < turnWordsShared
    {
      return true
    }
    return isWarm && claimWeighingIntents.contains(intent)
  }

  /// The content words of what they just said that a question may ask of (`rulesOut`): those
  /// the claim does not have, none when it is a fact of their own, which they know first hand
  /// ("well im 64" is never asked how they know it), or speaks of the listener. Read once a
  /// turn.
  static func askableStems(of context: Context) -> Set<String> {
    guard let words = context.words else { return [] }
    let opening = words.wordTokens.prefix(ownOpeningLength).map(\.lowercased)
    guard !opening.contains(where: ownWords.contains),
      !words.wordTokens.contains(where: { listenerWords.contains($0.lowercased) })
    else { return [] }
    let claimStems = context.claim.map { WordingKey($0.claim).stems } ?? []
    return WordingKey(words.wordTokens.map(\.text).joined(separator: " ")).stems
      .subtracting(claimStems)
  }

  /// How many of their turn's own content words a question about it shares: one ("feel") is
  /// any question's.
  private static let turnWordsShared = 2

  /// How many words open a turn that tells of the speaker: "well im 64", "my sister has …".
  private static let ownOpeningLength = 3

  /// Words by which a turn speaks of the listener ("the lead is urs"): pasted into a question,
  /// they would be half-turned.
  private static let listenerWords = PartnerMoment.listenerWords.union(["urs", "yours"])

  /// Words by which a turn tells of the speaker.
  private static let ownWords = TheirWords.firstPersonWords.union(BeliefMap.firstPersonWords)

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
