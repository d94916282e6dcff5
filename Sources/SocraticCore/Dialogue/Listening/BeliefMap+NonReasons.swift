/// Words filed by their place in an answer that give no ground for the belief: a don't-know
/// ("I couldn't tell you to be honest") is neither a reason nor evidence for one.
extension BeliefMap {
  /// Whether an item only says they don't know: a don't-know phrase with at most
  /// `dontKnowOtherWordLimit` words besides it and the hedges around it.
  static func isDontKnow(_ text: String) -> Bool {
    let words = plainWords(text)
    guard let cue = dontKnowCues.first(where: { has($0, in: words) }) else { return false }
    let others = words.filter {
      !cue.contains($0) && !ReflectionWriter.hedges.contains($0) && !dontKnowFillers.contains($0)
    }
    return others.count <= dontKnowOtherWordLimit
  }

  /// Phrases that say they don't know.
  private static let dontKnowCues: [[String]] = [
    "couldnt tell you", "cant tell you", "couldnt say", "cant say", "dont know", "no idea",
    "idk", "dunno", "not sure", "no clue", "beats me", "who knows", "cant remember",
    "dont remember", "couldnt remember",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words around a don't-know that say nothing more: "to be honest", "really".
  private static let dontKnowFillers: Set<String> = [
    "i", "to", "be", "honest", "really", "just", "tbh", "mate", "lol", "haha", "that", "it",
    "exactly", "actually", "um", "erm", "well", "sorry",
  ]

  /// The most other words a don't-know has.
  private static let dontKnowOtherWordLimit = 1

  /// Whether an item only says the claim again ("you still think it should", "because it
  /// just is"): no word of it is besides the claim's and the words of holding a view.
  static func restatesClaim(_ text: String, claim: String) -> Bool {
    let said = Set(plainWords(text)).subtracting(holdingWords)
    return said.isSubset(of: Set(plainWords(claim)))
  }

  /// Words that say a view is held, and the words around them: "i still think it should".
  private static let holdingWords: Set<String> = [
    "i", "you", "im", "youre", "still", "think", "thinks", "believe", "reckon", "feel", "say",
    "said", "it", "its", "is", "should", "be", "so", "that", "just", "really", "do", "does",
    "same", "yes", "yeah", "yep", "because", "bc", "cause", "coz", "the", "thing", "way",
    "view", "mind", "my", "your", "like", "honestly", "well", "why", "thats", "what", "they",
    "them", "theyre", "we", "he", "she", "still",
  ]
}
