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

  /// Whether an item only gives a score ("id give his plot a 6 out of 10 so far", "7/10 tbh"):
  /// a number out of another is how much they rate a thing, never why the claim holds. The
  /// thing scored, between "give" and the number, may be anything.
  static func isRating(_ text: String) -> Bool {
    let words = plainWords(text)
    guard
      let score = words.indices.first(where: { index in
        words[index].allSatisfy(\.isNumber)
          && (words[index...].dropFirst().starts(with: ["out", "of"])
            || text.contains(words[index] + "/"))
      })
    else { return false }
    let verb = words[..<score].lastIndex(where: scoringVerbs.contains)
    let said = words.indices.filter { index in verb.map { !($0 < index && index < score) } ?? true }
    return said.allSatisfy { index in
      let word = words[index]
      return word.allSatisfy(\.isNumber) || FunctionWords.isFunctionWord(word)
        || ReflectionWriter.hedges.contains(word) || ratingWords.contains(word)
    }
  }

  /// Verbs a score is given by; what follows them up to the number is the thing scored.
  private static let scoringVerbs: Set<String> = ["give", "gave", "rate", "rated", "score"]

  /// Words a score is given with: "I'd give him a 6 out of 10 so far".
  private static let ratingWords: Set<String> = [
    "out", "of", "give", "gave", "id", "say", "rate", "rated", "rating", "score", "so", "far",
    "now", "right",
    "honestly", "tbh", "about", "around", "like", "maybe", "solid", "generous",
  ]
}
