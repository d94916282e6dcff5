// Negative questions and words of disbelief: "Don't you think …", "Do you really think …".
extension QuestionFormRules {
  /// A negated auxiliary first, or "not" after the subject and before any verb.
  static func isNegative(_ reading: QuestionReading, auxiliaryAt index: Int) -> Bool {
    if FunctionWords.auxiliary(reading.words[index])?.isNegated == true { return true }
    let window = (index + 1)..<min(index + 5, reading.core.upperBound)
    guard let not = window.first(where: { reading.words[$0] == "not" }) else { return false }
    // "Is not …?": "not" right after the auxiliary negates it, with no subject between.
    return not < index + 2 || !hasVerb(reading, in: (index + 2)..<not)
  }

  /// A word of disbelief among the first words after the subject: "Do you really think",
  /// "You seriously believe", "Can AI really think".
  static func disbeliefWord(_ reading: QuestionReading, from start: Int) -> String? {
    let window = (start + 1)..<min(start + 4, reading.core.upperBound)
    guard let index = window.first(where: { reading.isWord($0, .incredulity) }),
      !hasVerb(reading, in: (start + 1)..<index)
    else { return nil }
    return reading.tokens[index].text
  }

  /// Whether an auxiliary or a verb stands in a range of the reading's words ("be" included:
  /// "Can robots ever be truly creative" has "truly" after its verb).
  private static func hasVerb(_ reading: QuestionReading, in range: Range<Int>) -> Bool {
    range.contains {
      let word = reading.words[$0]
      return FunctionWords.auxiliary(word) != nil || ["be", "been", "being"].contains(word)
        || isVerbForm(word)
    }
  }

  /// "even" after the subject of a question-word question ("What does that even mean?", "Why do
  /// you even care?"), or "still" after a modal of what can be ("How can you still back
  /// him?"): the asker cannot believe it.
  static func disbeliefInQuestion(
    _ reading: QuestionReading, questionWordAt index: Int
  ) -> String? {
    if let actually = accusingActually(reading, questionWordAt: index) {
      return reading.tokens[actually].text
    }
    let end = min(index + 5, reading.core.upperBound)
    guard index + 2 < end, FunctionWords.auxiliary(reading.words[index + 1]) != nil else {
      return nil
    }
    let isDoubting = ["can", "could", "would"].contains(reading.words[index + 1])
    // "… even though …", "… even if …" concede, they do not doubt.
    for position in (index + 2)..<end
    where
      (reading.words[position] == "even"
      && !(position + 1 < reading.words.count
        && ["though", "if", "when"].contains(reading.words[position + 1])))
      || (isDoubting && reading.words[position] == "still")
    {
      return reading.tokens[position].text
    }
    return nil
  }

  /// "actually" after "you" in a question that asks the person to pick ("Which one do you
  /// actually care about?", "Private school or public school, which do you actually want?"):
  /// the asker doubts the choice they have already voiced.
  private static func accusingActually(_ reading: QuestionReading, questionWordAt index: Int)
    -> Int?
  {
    let words = reading.words
    let end = reading.core.upperBound
    guard words[index] == "which" || isChoiceBetween(reading, questionWordAt: index),
      let you = ((index + 1)..<end).first(where: { words[$0] == "you" }),
      you + 1 < end, words[you + 1] == "actually"
    else { return nil }
    return you + 1
  }
}
