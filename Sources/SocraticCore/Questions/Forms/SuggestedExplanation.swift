/// An explanation of the asker's put as a question about whether the person has thought of it:
/// "have you considered that maybe she's just tired?", "have you ever thought he might be
/// scared?". It hands them one answer to agree with or refuse, as a guess after a comma does
/// (`OfferedAnswerRules`); what can be asked instead is what they think is going on for the
/// one the explanation is about. "Have you thought about moving?" puts a step, not an
/// explanation (`AdviceQuestionRules`).
enum SuggestedExplanation {
  /// Where the explanation stands, from its "maybe" or its subject; nil when the question
  /// offers none.
  static func explanation(in reading: QuestionReading) -> Range<Int>? {
    let words = reading.words
    guard
      let frame = frames.first(where: { words[reading.core.lowerBound...].starts(with: $0) })
    else { return nil }
    var start = reading.core.lowerBound + frame.count
    if start < reading.core.upperBound, words[start] == "that" { start += 1 }
    guard start + 2 < reading.core.upperBound else { return nil }
    let opensGuess =
      hedges.contains(words[start])
      || (FunctionWords.subjectPronouns[words[start]] != nil && words[start] != "you"
        && words[start] != "i")
    return opensGuess ? start..<reading.core.upperBound : nil
  }

  /// What to ask instead: what they think is going on for the one the explanation is about
  /// ("What do you think is going on for her?"), or what they make of it when it names no one.
  static func askingWhatIsGoingOn(_ reading: QuestionReading) -> String? {
    guard let guess = explanation(in: reading) else { return nil }
    let subject = reading.words[guess].first { objectPronouns[$0] != nil }
    return subject.flatMap { objectPronouns[$0] }.map { "What do you think is going on for \($0)?" }
      ?? "What do you make of it?"
  }

  /// How the question asks whether they have thought of it: "have you considered", "have you
  /// ever thought".
  private static let frames: [[String]] = [
    ["have", "you", "considered"], ["have", "you", "ever", "considered"],
    ["have", "you", "thought"], ["have", "you", "ever", "thought"],
    ["did", "you", "ever", "think"], ["did", "it", "occur", "to", "you"],
    ["has", "it", "occurred", "to", "you"], ["has", "it", "crossed", "your", "mind"],
  ]

  /// Words that open a guess: "maybe", "perhaps".
  private static let hedges: Set<String> = ["maybe", "perhaps", "possibly"]

  /// The one an explanation is about, as an object: "she" → "her".
  private static let objectPronouns: [String: String] = [
    "she": "her", "he": "him", "they": "them",
  ]
}
