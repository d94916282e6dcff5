/// A contrast said in indignation is the point of an answer, whatever scene was set before it:
/// "i've run a food bank for years. and then you got landlords doubling the rent?? its a
/// joke" gives back what gets them ("So what gets you is landlords doubling the rent."), never
/// the years at the food bank.
extension ReflectionWriter {
  /// Words that set what follows against what came before: "and then …", "meanwhile …".
  static let contrastOpeners: [PhrasePattern] = [
    "(and|but)? then", "(and|but)? meanwhile", "and yet", "(and|but)? at the same time",
    "whereas",
  ].map(PhrasePattern.init)

  /// Words that only present what follows them: "you got …", "there's …".
  static let presentingFrames: [PhrasePattern] = [
    "(you|u|ya) ('ve)? (got|get|have|see|hear about)", "there ('s|is|are|were|was)",
    "(we|we 've) (got|have|see)",
  ].map(PhrasePattern.init)

  /// Verdicts that say a thing outrages them: "it's a joke", "that's a disgrace", "not right".
  static let verdicts: [PhrasePattern] = [
    "(it|that|this) ('s|is|was)? (just)? (a|an)? (absolute|total|complete|bloody|actual)? (joke|disgrace|scandal|farce|con|scam|liberty|travesty|shambles|racket|insult)",
    "(it|that|this) ('s|is|was)? (just)? (not right|wrong|ridiculous|obscene|criminal|disgusting|shameful|shocking|outrageous|mental|insane)",
    "(makes|made) me (sick|mad|angry|furious|livid)",
    "(how|why) is (that|this) (fair|right|allowed|ok|okay)",
  ].map(PhrasePattern.init)

  /// What gets them, from a sentence of the answer after the first that sets itself against
  /// what came before, asked or exclaimed or judged in the answer as an outrage; nil when no
  /// sentence does, or its words would not read given back.
  static func contrast(in line: String) -> String? {
    // Read as tokens, so each sentence keeps the marks that end it ("??", "!!").
    let sentences = SentenceSplitter.sentences(
      in: Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(pointReadLimit)))))
    guard sentences.count > 1 else { return nil }
    let isOutraged = sentences.contains { sentence in
      sentence.indices.contains { start in
        verdicts.contains { !$0.matchEnds(in: sentence, from: start).isEmpty }
      }
    }
    for (index, sentence) in sentences.enumerated() {
      let words = Array(sentence.drop { !$0.isWord })
      let isExclaimed = sentence.contains { $0.hasQuestionMark || $0.text.hasPrefix("!") }
      guard isOutraged || isExclaimed else { continue }
      // A sentence after the first may open on the contrast; any may turn to it at a joint
      // ("we're short every shift and then the trust …").
      let joints = words.indices.dropFirst(minimumSetUpWords).filter {
        contrastJoints.contains(words[$0].lowercased)
      }
      for start in (index > 0 ? [0] : []) + joints {
        guard
          let opened = contrastOpeners.lazy.compactMap({
            $0.matchEnds(in: words, from: start).max()
          }).first, opened < words.count,
          let what = whatGets(Array(words[opened...]))
        else { continue }
        return what
      }
    }
    return nil
  }

  /// Words inside a sentence at which it may turn to a contrast.
  private static let contrastJoints: Set<String> = ["and", "but", "whereas", "meanwhile"]

  /// The fewest words a sentence has before it turns to a contrast inside it.
  private static let minimumSetUpWords = 3

  /// What gets them, from the words after a contrast opens: a thing they present ("you got
  /// …") or a clause; nil when neither reads given back.
  private static func whatGets(_ rest: [Token]) -> String? {
    if let framed = presentingFrames.lazy.compactMap({ $0.matchEnds(in: rest, from: 0).max() })
      .first
    {
      let thing = Array(rest[framed...])
      let phrase =
        secondPersonPhrase(thing.joinedText)
        ?? thing.firstIndex { $0.lowercased == "and" }.flatMap {
          secondPersonPhrase(Array(thing[..<$0]).joinedText)
        }
      return phrase.map { "what gets you is \(lowercasedFirst($0))" }
    }
    // "the agents take their cut and never lift a finger": the whole, else its first clause.
    let firstClause = rest.indices.dropFirst(minimumSetUpWords).first {
      contrastJoints.contains(rest[$0].lowercased)
    }.map { Array(rest[..<$0]) }
    guard
      let clause = [rest, firstClause].compactMap({ $0 }).lazy.compactMap({ words in
        givenStatement(words.joinedText).flatMap {
          dropsSubject($0) || $0.split(separator: " ").count > quoteWordLimit ? nil : $0
        }
      }).first
    else { return nil }
    return "what gets you is that \(lowercasedFirst(clause))"
  }
}
