// Closed forms other than a single fact: repeat requests, either-or questions, choices.
extension QuestionFormRules {
  /// "What?", "Huh?", "Sorry?", "Come again?" alone.
  static func isRepeatRequest(_ reading: QuestionReading) -> Bool {
    let words = reading.words
    return !words.isEmpty && words.count <= 3
      && reading.classes.allSatisfy { $0.contains(.repeatRequest) }
      && words.contains { ["what", "huh", "eh", "pardon", "sorry", "again"].contains($0) }
  }

  /// "or" between alternatives, not "or not" at the end.
  static func isEitherOr(_ reading: QuestionReading) -> Bool {
    let words = reading.coreWords
    guard let or = words.firstIndex(of: "or") else { return false }
    // "are you coming or what?": a second option that names none is a push, not a choice.
    let option = words[(or + 1)...].filter { $0 != "?" }
    return !option.isEmpty && option.first != "not"
      && !option.allSatisfy(PlainChoiceRules.nonOptions.contains)
  }

  /// "Who would you trust more, a scientist or a politician?": "who" or "which" with the
  /// choices listed after a comma.
  static func isChoiceBetween(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    guard ["who", "which", "whom"].contains(reading.words[index]) else { return false }
    // "Private school or public school, which one …?": the options named first.
    if reading.words[..<index].contains("or"), reading.words[..<index].contains(",") {
      return true
    }
    guard let comma = reading.core.last(where: { reading.tokens[$0].text == "," }), comma > index
    else { return false }
    return reading.words[(comma + 1)..<reading.core.upperBound].contains("or")
  }
}
