/// A question typed with its question word last, as people say it aloud: "ended badly how",
/// "not convinced by what tho", "the fees went up where". The question word closes its
/// sentence, so the line asks what it stands for; the drill coaches it as the question it is,
/// and the persona answers it, never agrees with it as if it were a reflection.
extension DrillDialogue {
  /// What a sentence of the line with its question word last asks, as a question the critic
  /// can judge ("How?", "By what?"); nil when no sentence ends on a question word that asks.
  /// A question word a word before takes in asks nothing ("that's why", "i know how"), nor does
  /// one of an idiom ("no matter what").
  static func trailingAsk(in line: String) -> String? {
    let tokens = Tokenizer.tokenize(line)
    let words = tokens.indices.filter { tokens[$0].isWord }
    for (place, index) in words.enumerated() where place > 0 {
      let word = tokens[index].lowercased
      guard PersonaQuestion.questionWords.contains(word),
        closesSentence(after: index, in: tokens)
      else { continue }
      let before = words[..<place].filter { $0 > sentenceStart(before: index, in: tokens) }
        .map { tokens[$0] }
      guard let last = before.last?.lowercased, !afterIdioms.contains(last) else { continue }
      // "by what", "for what": the preposition asks with it, unless a verb takes the
      // phrase in ("it depends on what").
      if FunctionWords.prepositions.contains(last), !stillAsking.contains(last) {
        guard let verb = before.dropLast().last?.lowercased, !afterIdioms.contains(verb)
        else { continue }
        return PersonaVoice.capitalized(last) + " " + word + "?"
      }
      guard !takesIn(before) else { continue }
      return PersonaVoice.capitalized(word) + "?"
    }
    return nil
  }

  /// Whether nothing but chat follows the word at `index` to the end of its sentence.
  private static func closesSentence(after index: Int, in tokens: [Token]) -> Bool {
    for token in tokens[(index + 1)...] {
      if token.isWord {
        guard trailingChat.contains(token.lowercased) else { return false }
      } else {
        return sentenceEnds.contains(token.text)
      }
    }
    return true
  }

  /// The index of the punctuation that ends the sentence before the one holding `index`, or -1.
  private static func sentenceStart(before index: Int, in tokens: [Token]) -> Int {
    tokens[..<index].lastIndex { !$0.isWord && sentenceEnds.contains($0.text) } ?? -1
  }

  /// Words that may follow a trailing question word and say nothing of their own: "how tho".
  private static let trailingChat: Set<String> = [
    "tho", "though", "then", "exactly", "again", "really", "now", "lol", "mate", "like",
  ]

  /// Marks that end a sentence.
  private static let sentenceEnds: Set<String> = [".", "?", "!", "…", "??", "?!", "...", "!!"]

  /// Words before a trailing question word that make it part of an idiom, asking nothing:
  /// "no matter what", "depends on what".
  private static let afterIdioms: Set<String> = [
    "matter", "depends", "depending", "somehow", "anyhow", "and", "or",
  ]
}
