/// Reads what people say and type as the sentence they mean, before anything else reads it:
/// shorthand (`Shorthand`), stutters and restarts (`Restart`), fillers, acknowledgements and chat hedges
/// (`SpeechNoise`), slips of typing (`TypoCorrector`) and title case (`TitleCase`).
///
/// Only the reading changes: callers keep the text as typed for what they log and show as the
/// person's words. A sentence that is nothing but noise ("Okay.", "Mm-hmm.") is dropped when
/// another sentence follows it.
public enum SpeechNormalizer {
  /// The tokens of a text, normalised sentence by sentence.
  public static func normalized(_ tokens: [Token]) -> [Token] {
    var sentences = SentenceSplitter.sentences(in: Shorthand.expanded(tokens))
      .map(normalizedSentence)
    while sentences.count > 1, SpeechNoise.isOnlyNoise(sentences[0]) {
      let dropped = sentences.removeFirst()
      if let first = dropped.first, !sentences[0].isEmpty {
        sentences[0][0].hasSpaceBefore = first.hasSpaceBefore
        sentences[0][0].hasLineBreakBefore = first.hasLineBreakBefore
      }
    }
    return sentences.flatMap { $0 }
  }

  /// The text normalised, written out: for tests and tools.
  public static func normalized(_ text: String) -> String {
    normalized(Tokenizer.tokenize(text)).joinedText
  }

  private static func normalizedSentence(_ sentence: [Token]) -> [Token] {
    var tokens = Restart.resolving(sentence)
    tokens = SpeechNoise.removing(from: tokens)
    tokens = TypoCorrector.correcting(tokens)
    tokens = DroppedThere.restoring(tokens)
    tokens = TitleCase.sentenceCased(tokens)
    if let first = tokens.first, let original = sentence.first, first.hasSpaceBefore,
      !original.hasSpaceBefore
    {
      tokens[0].hasSpaceBefore = false
    }
    return tokens
  }
}
