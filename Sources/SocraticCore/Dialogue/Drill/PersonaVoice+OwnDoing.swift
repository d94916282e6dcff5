/// What the persona says to a question about what it itself does or would do
/// (`PersonaQuestion.asksWhatItDoes`): a line of its own life on it, else a line on what it
/// names, not said yet; else, plainly and in the first person, that it hasn't thought about
/// that for itself. Never a stock line on its belief, and never shaken: its life is not its
/// belief.
extension PersonaVoice {
  /// Its answer to a question about what it does; nil for any other question, or one whose
  /// aim has an answer of its own (its story, its time, its things).
  func ownDoingAnswer(
    _ question: PersonaQuestion, said: Set<String>, saidSentences: Set<String>
  ) -> Reply? {
    // "how would you spot independence?" asks what a word of its belief means in practice.
    guard question.asksWhatItDoes, !question.asksOwnView, coreTerm(in: question) == nil else {
      return nil
    }
    let lived = ownLifeLine(on: question, about: [])
    let named = namedLine(question.topic)
    if let line = [lived, named].compactMap({ $0 }).first(where: { !said.contains($0.text) }) {
      return Reply(text: line.text)
    }
    return Reply(text: ownDoingGap(saidSentences: saidSentences))
  }

  /// That it hasn't thought about doing what it was asked, in words not said yet.
  func ownDoingGap(saidSentences: Set<String>) -> String {
    (Self.ownDoingGaps + Self.plainGaps).first {
      !Self.sentenceKeys(of: $0).isSubset(of: saidSentences)
    } ?? Self.ownDoingGaps[0]
  }

  /// How it says, in turn, that it hasn't thought about doing what it was asked.
  static let ownDoingGaps = [
    "Me? Honestly, I haven't thought about that for myself.",
    "That's not something I've worked out for myself, to be honest.",
    "I couldn't tell you; I haven't pictured myself doing that.",
  ]
}
