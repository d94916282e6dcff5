// Why-questions that take "never" or "always" for granted about others.
extension QuestionFormRules {
  /// The index of "never" or "always" in a why-question about what someone does: "Why do
  /// politicians never keep their promises?", "Why is it that banks always win?". The question
  /// asks for reasons for a sweeping claim the person has not made. Said of the person's
  /// habits ("Why do you always leave the dishes?") it is a complaint put as a question. Not
  /// with a modal nor of the person's past: "Why would you never vote?", "How come you never
  /// changed your mind?" ask about their own choices.
  static func sweepingWord(in reading: QuestionReading, questionWordAt index: Int) -> Int? {
    let words = reading.words
    let end = reading.core.upperBound
    let isWhy =
      words[index] == "why"
      || (words[index] == "how" && index + 1 < end && words[index + 1] == "come")
    let isHabitOfYou =
      words[index] == "why" && index + 2 < end && words[index + 1] == "do"
      && words[index + 2] == "you"
    // "Why would you never vote?" asks about a choice the person may well have stated.
    guard isWhy,
      !words[(index + 1)..<end].contains(where: {
        FunctionWords.auxiliary($0)?.kind == .modal || ($0 == "you" && !isHabitOfYou)
      })
    else { return nil }
    if let cleft = cleftSweepingWord(words, questionWordAt: index, end: end) { return cleft }
    return ((index + 1)..<min(end, index + 8)).first { position in
      ["never", "always"].contains(words[position]) && position + 1 < end
        && (QuestionReading.isBaseVerb(words[position + 1]) || isVerbForm(words[position + 1]))
    }
  }

  /// The index of "always" or "never" in "Why is it always the Greens who block housing?": a
  /// cleft that singles out who does it, every time.
  static func cleftSweepingWord(_ words: [String], questionWordAt index: Int, end: Int) -> Int? {
    cleft.matches(TokenPatternWords(words, end: end), at: index) ? index + 3 : nil
  }

  private static let cleft = TokenPattern("_ (is|was|'s) it (always|never) _ _{0,3} (who|that)")
}
