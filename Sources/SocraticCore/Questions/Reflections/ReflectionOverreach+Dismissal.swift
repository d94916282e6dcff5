// A reflection that sets aside what they named: a concern apart from the other overreaches.
extension ReflectionOverreach {
  /// The words with which a reflection denies a thing they named, when they did not deny it
  /// themselves: "not really the money" after "the money is what gets me". A "not" before
  /// their word, with only softeners and determiners between, sets it aside.
  static func dismissal(in words: [String], heard: [String]) -> String? {
    for index in words.indices where isDenial(words[index]) {
      var next = index + 1
      while next < words.count, dismissalGaps.contains(words[next]) { next += 1 }
      // A thing named, after its determiner ("not the money"), not an act ("don't want").
      guard next < words.count, isClaimWord(words[next]),
        words[(index + 1)..<next].contains(where: thingOpeners.contains)
      else { continue }
      let named = stem(words[next])
      let said = heard.indices.filter { stem(heard[$0]) == named }
      guard !said.isEmpty,
        !said.contains(where: { at in
          heard[max(0, at - deniedReach)..<at].contains(where: isDenial)
        })
      else { continue }
      return words[index...next].joined(separator: " ")
    }
    return nil
  }

  /// Whether a word denies what follows it: "not", or a negated auxiliary as typed ("isnt",
  /// "doesn't").
  private static func isDenial(_ word: String) -> Bool {
    FunctionWords.negates(word)
  }

  /// Words between a "not" and the thing it sets aside: "not really about the", "not so much".
  private static let dismissalGaps: Set<String> = [
    "really", "just", "about", "so", "much", "the", "a", "an", "your", "their", "his", "her",
    "all", "that", "actually", "even", "to", "do", "with",
  ]

  /// Words that open the name of a thing: "the", "your", "about".
  private static let thingOpeners: Set<String> = [
    "the", "a", "an", "your", "their", "his", "her", "about", "that",
  ]

  /// How many words before their own word a "not" of theirs may stand: "isn't even the money".
  private static let deniedReach = 4
}
