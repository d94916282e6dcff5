/// What the language layer finds in an answer: the facts follow-up questions are made from.
///
/// Only the start of a long answer is read (`readLimit` characters): a follow-up is about what
/// the person said first, and reading stays fast for an answer of any length.
struct AnswerReading {
  /// How many characters of an answer are read.
  static let readLimit = 1_000
  /// How many of its sentences are looked at for a reason or a key phrase.
  static let sentenceLimit = 8

  /// The answer's tokens.
  let tokens: [Token]
  /// Its sentences, each without what opens it and without its final punctuation.
  let sentences: [[Token]]
  /// How many words and numbers it has.
  let wordCount: Int

  init(_ answer: String) {
    // The prefix walks no further than the limit; counting the whole answer first would not.
    tokens = Shorthand.expanded(
      Tokenizer.tokenize(TypedTextLimit.prefix(of: answer, characters: Self.readLimit)))
    sentences = SentenceSplitter.sentences(in: tokens).prefix(Self.sentenceLimit)
      .map(BeliefReader.trimmed).filter { $0.contains(where: \.isWord) }
    wordCount = tokens.count(where: \.isWord)
  }

  /// Whether it says nothing to follow up on: no words, one word ("Yes.", "Maybe", "Dunno"),
  /// or a few words that say the person does not know ("I don't know", "Not sure", "No
  /// idea").
  var isNonAnswer: Bool {
    if wordCount <= 1 { return true }
    guard wordCount <= 6 else { return false }
    let words = tokens.filter(\.isWord).map(\.lowercased)
    let saysNotKnowing = words.contains { Self.knowingWords.contains($0) }
    let isNegated = words.contains { Self.negations.contains($0) || $0.hasSuffix("n't") }
    return saysNotKnowing && isNegated
  }

  /// Words about knowing or being able to say, which a negation turns into "I don't know".
  private static let knowingWords: Set<String> = [
    "know", "knows", "knew", "sure", "certain", "idea", "clue", "tell", "say", "remember",
  ]

  private static let negations: Set<String> = ["not", "no", "never", "nothing", "none"]

  /// The first reason the answer gives: after "because" (and the other connectives
  /// `ReasonSplitter` knows) in a sentence, or a whole sentence that starts with one, as
  /// answers to why-questions do. First person is reflected: "because I lost money" → the
  /// clause "you lost money".
  var reason: ReasonSplitter.Content? {
    for sentence in sentences {
      let reasonTokens: [Token]? =
        ReasonSplitter.startsWithConnective(sentence)
        ? sentence : ReasonSplitter.split(sentence).reason
      guard let reasonTokens, reasonTokens.allSatisfy(Self.isPlain),
        let content = ReasonSplitter.content(of: reasonTokens)
      else { continue }
      switch content {
      case .clause(let tokens): return .clause(Self.asQuoted(tokens))
      case .thing(let tokens): return .thing(Self.asQuoted(tokens))
      }
    }
    return nil
  }

  /// The key terms the answer uses, as the finder reports them.
  func terms(_ finder: KeyTermFinder) -> [String] {
    finder.terms(in: tokens)
  }

  /// The phrase of a long answer worth putting back to the person: of the clauses of its
  /// sentences (the parts between commas, semicolons and dashes) that state something (they
  /// have a verb), the one with the most words that carry meaning, without frames ("I think")
  /// or a leading "and"/"but"/"so", reflected to the second person. A sentence too long to
  /// quote whole counts by its clauses; when none of them fits, the longest statement is cut to
  /// its first words, with an ellipsis. Nil when nothing in the answer states anything in plain
  /// words.
  func keyPhrase(ellipsis: String = "\u{2026}") -> String? {
    var best: (tokens: [Token], weight: Int)?
    var longest: (tokens: [Token], words: Int)?
    for sentence in sentences where sentence.allSatisfy(Self.isPlain) {
      for piece in Self.clauses(of: sentence) {
        let words = piece.count(where: \.isWord)
        guard words >= 3 else { continue }
        guard words <= Self.phraseWordLimit else {
          // Only its first words could be quoted: only they are parsed, so a clause of any
          // length costs the same.
          let start = Self.firstWords(of: piece)
          if words > longest?.words ?? 0, ClauseParser.finiteVerbIndex(in: start) != nil {
            longest = (start, words)
          }
          continue
        }
        guard ClauseParser.finiteVerbIndex(in: piece) != nil else { continue }
        let weight = piece.count { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) }
        if weight > best?.weight ?? 0 { best = (piece, weight) }
      }
    }
    if let tokens = best?.tokens { return Self.asQuoted(tokens).joinedText }
    guard let longest else { return nil }
    return Self.asQuoted(longest.tokens).joinedText + ellipsis
  }

  /// A sentence's clauses: split at commas, semicolons, colons and dashes, each without frames
  /// and without the words that only join it to the one before.
  private static func clauses(of sentence: [Token]) -> [[Token]] {
    let separators: Set<String> = [",", ";", ":", "-", "\u{2013}", "\u{2014}"]
    var pieces: [[Token]] = [[]]
    for token in sentence {
      if token.kind == .punctuation, separators.contains(token.text) {
        pieces.append([])
      } else {
        pieces[pieces.count - 1].append(token)
      }
    }
    return pieces.map { piece in
      var tokens = piece
      while let first = tokens.first, leadingFillers.contains(first.lowercased) {
        tokens.removeFirst()
      }
      guard !tokens.isEmpty else { return [] }
      tokens[0].hasSpaceBefore = false
      return FrameRemover.removingFrames(from: tokens).tokens
    }
  }

  /// The start of a clause too long to quote: its first words, two fewer than a phrase may
  /// have, to leave room for the ellipsis.
  private static func firstWords(of tokens: [Token]) -> [Token] {
    var words = 0
    return Array(
      tokens.prefix { token in
        if token.isWord { words += 1 }
        return words <= phraseWordLimit - 2
      })
  }

  /// The most words a reflected phrase keeps.
  private static let phraseWordLimit = 14

  /// Words that open a sentence without adding to it.
  private static let leadingFillers: Set<String> = [
    "and", "but", "so", "also", "well", "yes", "yeah", "no", "ok", "okay", "plus", "then",
  ]

  /// Whether a token can be quoted back as it is: words, numbers and ordinary punctuation, not
  /// symbols that may be the remains of an escape sequence or a control character.
  private static func isPlain(_ token: Token) -> Bool {
    switch token.kind {
    case .word, .number: return true
    case .punctuation: return !["[", "]", "{", "}", "\\"].contains(token.text)
    case .symbol: return ["$", "%", "&", "+", "=", "\u{20AC}", "\u{00A3}"].contains(token.text)
    }
  }

  /// Tokens as they read inside a question put to the person: first person reflected, the
  /// first word in lowercase unless it is a name, no punctuation at either end.
  private static func asQuoted(_ tokens: [Token]) -> [Token] {
    BeliefReader.casingFirstWord(FirstPersonReflector.reflect(BeliefReader.trimmed(tokens)))
  }
}
