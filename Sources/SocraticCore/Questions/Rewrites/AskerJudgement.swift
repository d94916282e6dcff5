/// Whether a rewrite still carries the asker's judgement of how the person acts, which a
/// rewrite must leave out however it is built: an act done to excess ("overdoing", "way too"),
/// a comparison that argues ("so much better"), or a likening ("drive like a maniac").
enum AskerJudgement {
  /// Whether the words, a rewrite without its "?", carry a judgement.
  static func isCarried(in body: [Token]) -> Bool {
    let words = body.map(\.lowercased)
    return words.indices.contains { index in
      let word = words[index]
      let next = index + 1 < words.count ? words[index + 1] : ""
      if ["way", "far"].contains(word), next == "too" { return true }
      if word == "much", isComparative(next) { return true }
      if word == "like", index > 0, likenedTo.contains(next), isLikening(after: words[index - 1]) {
        return true
      }
      return QuestionRewriter.baseForm(word).flatMap(PersonalAct.excessVerb) != nil
    }
  }

  /// What "like" likens an act to: someone ("like a maniac") or a clause ("like you own it").
  private static let likenedTo: Set<String> = [
    "a", "an", "you", "i", "he", "she", "they", "we", "it", "nobody", "someone", "somebody",
  ]

  /// Whether a word compares: "better", "worse", "more", or an adjective's "-er" form
  /// ("cheaper", "nicer", "easier", "bigger").
  static func isComparative(_ word: String) -> Bool {
    if ["better", "worse", "more", "less"].contains(word) { return true }
    guard word.hasSuffix("er"), word.count > 4 else { return false }
    let stem = word.dropLast(2)
    var stems = [String(stem), String(stem) + "e"]
    if stem.hasSuffix("i") { stems.append(String(stem.dropLast()) + "y") }
    if let last = stem.last, stem.dropLast().last == last { stems.append(String(stem.dropLast())) }
    return stems.contains { Lexicon.classes(of: $0).contains(.adjective) }
  }

  /// Whether "like" after a word likens an act to something ("drive like"), rather than being
  /// a verb ("you like", "would like"), saying what a thing resembles ("look like") or
  /// following a noun ("parents like mine").
  private static func isLikening(after previous: String) -> Bool {
    guard !FunctionWords.isFunctionWord(previous), let base = QuestionRewriter.baseForm(previous)
    else { return false }
    return Lexicon.isVerb(base) && !resemblanceVerbs.contains(base)
  }

  /// Verbs after which "like" says what something resembles or is like.
  private static let resemblanceVerbs: Set<String> = [
    "look", "feel", "sound", "seem", "be", "taste", "smell", "appear",
  ]
}
