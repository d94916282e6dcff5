/// A feeling the person told through its effect rather than by name ("the days are long now",
/// "I barely sleep since the layoffs"): the feeling under it, and when it began, as a
/// reflection gives it back ("It sounds like it's been lonely since she died.").
public struct ImpliedFeeling: Sendable, Equatable {
  /// The feeling under the effect, as a question names it: "lonely", "worn out".
  public var feeling: String
  /// The feeling as a clause after "It sounds like": "it's been lonely".
  public var said: String
  /// When or without what it began, in the second person: "since your wife died", "without
  /// him"; nil when they did not say.
  public var since: String?

  /// The reflection of it: the feeling underneath, named, and when it began.
  public var reflection: String {
    "It sounds like \(said)\(since.map { " " + $0 } ?? "")."
  }

  /// The first effect of `AnswerCues.feltEffects` the person tells as their own in the tokens
  /// of an answer (`AnswerMoveReader.readTokens(of:)`): never in a question, nor in what someone
  /// else is reported to say ("my sister says the house is quiet").
  static func read(in tokens: [Token]) -> ImpliedFeeling? {
    for sentence in SentenceSplitter.sentences(in: tokens) {
      // "what if I had a fall?" tells a fear; any other question tells none.
      if sentence.suffix(2).contains(where: \.hasQuestionMark),
        !AnswerCues.fearQuestionOpeners.matches(sentence.filter(\.isWord))
      {
        continue
      }
      let others = AnswerMoveReader.othersWords(in: sentence)
      for (effect, pattern) in zip(AnswerCues.feltEffects, patterns) {
        guard
          let match = AnswerMoveReader.matches(of: pattern, in: sentence, from: 0).first(where: {
            !others.contains($0.lowerBound)
          })
        else { continue }
        return ImpliedFeeling(
          feeling: effect.feeling, said: effect.said, since: since(in: sentence, near: match))
      }
    }
    return nil
  }

  /// The effect tables, compiled once.
  private static let patterns = AnswerCues.feltEffects.map { PhrasePattern($0.pattern) }

  /// The most words a "since …" keeps to be given back.
  private static let sinceWordLimit = 7

  /// "since she died", "without him": the words from a word of `AnswerCues.feltSince` to the
  /// end of its clause, in the second person, when they end the effect or open the sentence
  /// before it.
  private static func since(in sentence: [Token], near match: Range<Int>) -> String? {
    let starts = sentence.indices.filter {
      AnswerCues.feltSince.contains(sentence[$0].lowercased)
        && ($0 >= match.upperBound - 1 || $0 < match.lowerBound)
    }
    guard let start = starts.first else { return nil }
    var end = start + 1
    while end < sentence.count, sentence[end].kind != .punctuation, end != match.lowerBound {
      end += 1
    }
    let words = sentence[start..<end].filter(\.isWord)
    guard words.count > 1, words.count <= sinceWordLimit else { return nil }
    return ReflectionWriter.secondPersonPhrase(Array(sentence[start..<end]).joinedText)
  }
}
