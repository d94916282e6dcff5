/// Answers offered after a question that close it to one word: "would you call that fair? yes
/// or no", "true or false lol".
enum ForcedChoice {
  /// Whether a sentence after the question is only a choice of one-word answers, laughter
  /// aside.
  static func forces(_ reading: QuestionReading) -> Bool {
    let said = reading.words.filter {
      $0.first?.isLetter == true && !UtteranceReader.laughs.contains($0)
    }
    return choices.contains(said)
  }

  /// The one-word answers offered.
  private static let choices: Set<[String]> = [
    ["yes", "or", "no"], ["true", "or", "false"], ["yes", "no"], ["yay", "or", "nay"],
    ["y", "or", "n"], ["agree", "or", "disagree"],
  ]
}
