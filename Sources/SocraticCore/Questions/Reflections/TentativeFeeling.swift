/// A feeling guessed at in a few words and put to them to check: "feel watched?", "bit
/// lonely?", "feeling a bit left out?". After their words it names what lies under them, as a
/// complex reflection does, and asks only whether the guess is right. "feel like they're
/// lying?" or "think it's a scam?" puts a view in their mouth instead, and is no such guess.
enum TentativeFeeling {
  /// Whether a short line is a feeling guessed at and nothing more.
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func guesses(_ words: [String]) -> Bool {
    feeling(in: words) != nil
  }

  /// Whether a line guesses at a feeling they did not name ("feel watched?" after "it makes me
  /// anxious"), which goes under their words; "so you feel slow" after "I feel slow" keeps to
  /// them. Without their words, nothing says which it is: false.
  /// - Parameters:
  ///   - words: the line's words in lowercase, as the tokenizer splits them.
  ///   - heard: what they said, in lowercase words, or nil when unknown.
  static func namesAnew(_ words: [String], heard: [String]?) -> Bool {
    guard let heard, let feeling = feeling(in: words) else { return false }
    let theirs = Set(heard.map(TopicWords.lemma(of:)))
    return !theirs.contains(TopicWords.lemma(of: feeling))
  }

  /// The word of feeling a line guesses at, or nil when it is no such guess.
  private static func feeling(in words: [String]) -> String? {
    var said = words.filter { $0.first?.isLetter == true }.drop(while: leadIns.contains)
    while let last = said.last, softeners.contains(last) { said = said.dropLast() }
    guard said.count <= maximumWords, let first = said.first else { return nil }
    let feels = feelingVerbs.contains(first)
    let named = said.dropFirst(feels ? 1 : 0).drop(while: degrees.contains)
    guard let feeling = named.first else { return nil }
    // "feel watched", "feeling left out": how they are, whatever the word, after a verb of
    // feeling; "feel like …", "feel that …" open a view.
    if feels { return named.count <= 2 && !FunctionWords.isFunctionWord(feeling) ? feeling : nil }
    return named.count == 1 && feelings.contains(feeling) ? feeling : nil
  }

  /// The most words such a guess has: a longer line says more than a feeling.
  private static let maximumWords = 6

  /// Words for a feeling, or for how a time or a place feels, that make a guess alone: "lonely?".
  private static let feelings = EmpathicGuess.feltWords.union(AnswerCues.feelingWords)

  /// Verbs of feeling that may open the guess: "feel watched?", "feeling low?".
  private static let feelingVerbs: Set<String> = ["feel", "feels", "feeling", "feelin", "felt"]

  /// Words before the guess that add nothing to it: "so", "and you".
  private static let leadIns: Set<String> = ["so", "and", "or", "but", "you", "just"]

  /// Words that press or soften the feeling: "a bit", "kind of".
  private static let degrees = Downtoners.words.union([
    "a", "so", "really", "quite", "pretty", "very", "kind", "kinda", "sort", "sorta", "of",
    "dead", "proper", "too", "more", "rather",
  ])

  /// Words after the guess that only hedge it: "lonely, maybe?".
  private static let softeners: Set<String> = [
    "maybe", "perhaps", "then", "too", "now", "sometimes",
  ]
}
