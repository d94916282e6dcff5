/// A feeling the speaker says they have, or would have, in the other person's place: "i'd be
/// gutted too", "i think i'd be worried too", "i'm so sad for you". It sides with them and asks
/// no view of theirs, so no stock question about "it" is put in its place: there is no "it" to
/// see. "i think the new estate is awful" judges a thing, and is no feeling of the speaker's.
enum SharedFeeling {
  /// Whether the line's words have the speaker name a feeling of their own: a speaker word,
  /// and a feeling word right after a verb of being or feeling, or a "so".
  /// - Parameter words: the line's words in lowercase, as the tokenizer splits them.
  static func isShared(_ words: [String]) -> Bool {
    words.contains(where: FunctionWords.speakerWords.contains)
      && zip(words, words.dropFirst()).contains { verb, word in
        feelingLeads.contains(verb)
          && (EmpathicGuess.feltWords.contains(word)
            || ReflectionDepthRules.oneWordFeelings.contains(ReflectionDepthRules.stem(word)))
      }
  }

  /// The words a speaker's feeling follows: "i'd be", "i'm", "i feel", "i'm so".
  private static let feelingLeads: Set<String> = [
    "be", "'m", "i'm", "im", "am", "feel", "felt", "so",
  ]
}
