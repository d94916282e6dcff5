/// A question after a lead ("ok last one.", "right so"): the lead says nothing, so the
/// question is coached and answered as if it began with its question word.
extension DrillDialogue {
  /// The line from its question word on, when every word before that word is a lead; the line
  /// as it is otherwise.
  static func withoutLead(_ line: String) -> String {
    let tokens = Tokenizer.tokenize(line)
    guard
      let start = tokens.firstIndex(where: {
        $0.isWord && PersonaQuestion.questionWords.contains($0.lowercased)
      }),
      start > 0,
      // "oh god, what …", "blimey ok how …": an exclamation first leads in as well.
      tokens[..<start].filter(\.isWord).map(\.lowercased).dropFirst(
        LearnerReaction.exclamationLength(of: tokens[..<start].filter(\.isWord).map(\.lowercased))
      ).allSatisfy(isLead),
      // "and then what?", "so what?": a question word alone after them asks nothing by itself.
      tokens[(start + 1)...].contains(where: \.isWord)
    else { return line }
    var question = Array(tokens[start...])
    question[0] = question[0].replacingText(with: PersonaVoice.capitalized(question[0].text))
    question[0].hasSpaceBefore = false
    return question.joinedText
  }

  /// Whether a word before a question word leads into it and asks nothing: a word of
  /// `leadWords`, a greeting ("howdy") or chat, a name for the persona among it ("mate").
  private static func isLead(_ word: String) -> Bool {
    leadWords.contains(word) || AnswerCues.greetings.contains(word)
      || PersonaQuestion.slangWords.contains(word)
  }

  /// Words that lead into a question and ask nothing themselves.
  private static let leadWords: Set<String> = [
    "ok", "okay", "k", "right", "alright", "so", "and", "well", "then", "last", "one", "final",
    "question", "next", "another", "now", "hmm", "hm", "um", "erm", "oh", "ah", "cool", "fair",
    "enough", "sure", "got", "it", "thanks", "cheers", "anyway", "anyways", "lol",
    // "a bit of a tangent but", "random one but", "quick side note but": a change of subject
    // owned before the question.
    "a", "bit", "of", "but", "tangent", "random", "quick", "side", "note", "off", "topic",
    "unrelated", "different", "slightly",
  ]
}
