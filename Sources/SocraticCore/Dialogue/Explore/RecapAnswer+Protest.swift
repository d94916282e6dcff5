/// The protest in a turn-down of a recap ("that's backwards lol", "that's not what I said", "you're
/// not listening"): it says the recap was wrong, never what they meant, and is no part of the
/// correction given back or filed.
extension RecapAnswer {
  /// A line said to a recap without its protest: the parts (sentences and comma clauses) that
  /// say what is so, joined as typed; "" when only protest and filler were said; nil when the
  /// line holds no protest.
  static func withoutProtest(_ line: String) -> String? {
    var hasProtest = false
    var kept: [String] = []
    for sentence in BeliefMap.sentences(of: line) {
      var parts: [String] = []
      for part in sentence.split(separator: ",").map(String.init) {
        let words = BeliefMap.plainWords(part).filter { !protestFillers.contains($0) }
        if words.isEmpty { continue }
        if isProtest(words) {
          hasProtest = true
          continue
        }
        parts.append(part.trimmingCharacters(in: .whitespaces))
      }
      if !parts.isEmpty { kept.append(parts.joined(separator: ", ")) }
    }
    guard hasProtest else { return nil }
    return kept.joined(separator: " ")
  }

  /// Whether a part's words (fillers off) are a protest, with at most a word or two after it
  /// ("that's backwards again", "you're not listening at all").
  private static func isProtest(_ words: [String]) -> Bool {
    protestCues.contains { cue in
      words.starts(with: cue) && words.count <= cue.count + 2
    }
  }

  /// Words that only protest that the recap got them wrong.
  private static let protestCues: [[String]] = [
    "thats backwards", "thats the wrong way round", "wrong way round", "other way round",
    "thats the other way round", "thats not what i said", "not what i said",
    "thats not what i meant", "not what i meant", "thats wrong", "youre wrong", "wrong",
    "you got it wrong", "you got that wrong", "youve got it wrong", "youve got that wrong",
    "youre not listening", "you arent listening", "you didnt listen", "thats not it",
    "thats not right", "you misunderstood", "you missed the point", "i never said that",
    "i didnt say that", "thats not what im saying", "not what im saying", "read it again",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words around a protest that say nothing: "no no", "lol", "mate".
  private static let protestFillers: Set<String> = [
    "no", "nah", "nope", "lol", "lmao", "haha", "omg", "ugh", "mate", "man", "oh", "god",
    "well", "um", "erm", "like", "come", "on", "honestly", "seriously", "totally", "completely",
  ]
}
