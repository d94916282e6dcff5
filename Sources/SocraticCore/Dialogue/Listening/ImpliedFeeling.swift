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

  /// A loss or a hardship owned plainly in their words ("I'm so sorry about your husband."),
  /// which is the whole reflection; nil for a feeling told through its effect alone.
  public var acknowledgement: String?

  /// The reflection of it: a loss or a hardship owned, or the feeling underneath, named, and
  /// when it began.
  public var reflection: String {
    acknowledgement ?? "It sounds like \(said)\(since.map { " " + $0 } ?? "")."
  }

  /// Whether it tells a loss or a hardship, which outranks any feeling named beside it.
  public var isLoss: Bool { acknowledgement != nil }

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
          feeling: effect.feeling, said: effect.said, since: since(in: sentence, near: match),
          acknowledgement: effect.acknowledgement.map { owned in
            lovedOne(in: sentence, near: match).map {
              owned.named.replacingOccurrences(of: "{who}", with: $0)
            } ?? owned.unnamed
          })
      }
    }
    return nil
  }

  /// "my husband", "our mate davey": whom a loss is of, from the "my" or "our" in or just
  /// before the match, in the second person; nil when they named no one so.
  private static func lovedOne(in sentence: [Token], near match: Range<Int>) -> String? {
    let from = max(match.lowerBound - 1, 0)
    guard
      let start = sentence[from..<match.upperBound].firstIndex(where: {
        ["my", "our", "me"].contains($0.lowercased)
      })
    else { return nil }
    var end = start + 1
    while end < sentence.count, AnswerCues.lovedOneWords.contains(sentence[end].lowercased) {
      end += 1
    }
    guard end > start + 1 else { return nil }
    // "my mate davey": a name after them, a word that is no verb and no word of the sentence's
    // frame.
    if end < sentence.count, sentence[end].isWord, sentence[end].text.count > 1,
      !FunctionWords.isFunctionWord(sentence[end].lowercased),
      Lexicon.verbReadings(of: sentence[end].lowercased).isEmpty,
      !AnswerCues.lossWords.contains(sentence[end].lowercased)
    {
      end += 1
    }
    // "me nan": the dialect "me" is "my".
    var phrase = Array(sentence[start..<end])
    if phrase[0].lowercased == "me" { phrase[0] = phrase[0].replacingText(with: "my") }
    return ReflectionWriter.secondPersonPhrase(phrase.joinedText)
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
    // "me nan": the dialect "me" is "my".
    var phrase = Array(sentence[start..<end])
    if phrase[0].lowercased == "me" { phrase[0] = phrase[0].replacingText(with: "my") }
    return ReflectionWriter.secondPersonPhrase(phrase.joinedText)
  }
}
