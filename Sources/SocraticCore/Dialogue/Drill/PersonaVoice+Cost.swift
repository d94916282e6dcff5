/// What the persona says when asked what something costs ("how much would it all cost?", "is
/// it worth the money?"): its own line on the cost, from the pack's reasons and replies, else
/// that it does not know the figures. Never a stock line about something else.
extension PersonaVoice {
  /// The lemmas by which a question asks about cost.
  static let costWords: Set<String> = [
    "cost", "price", "expense", "expensive", "cheap", "cheaper", "afford", "affordable",
    "money", "bill", "fee", "pricey", "budget",
  ]

  /// What it says asked about a cost it has no line on: it does not know, and is shaken.
  static let costUnknown = [
    "Honestly, I don't know what it costs; I haven't looked at the figures.",
    "I couldn't give you a figure for the cost, to be honest.",
  ]

  /// What it says asked about the cost again, its lines on it all said.
  static let costToldAlready =
    "That's all I know about the cost; past that I'd have to look at the figures."

  /// The answer to an open or closed question about cost, when its belief is about something
  /// else: its first line on the cost not said yet (after "Short answer:" to a yes or no), that
  /// it has told all it knows, or that it does not know; nil for any other question, or one
  /// with an aim of its own ("apart from the cost, what else?").
  func costAnswer(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    guard [.open, .closed].contains(question.form), question.aim == nil,
      question.termAsked == nil, !question.content.isDisjoint(with: Self.costWords),
      beliefWords.isDisjoint(with: Self.costWords)
    else { return nil }
    let onCost = lines.filter { line in
      [.reason, .reply].contains(line.source) && !line.text.hasSuffix("?")
        && !TopicWords(line.text).lemmas.isDisjoint(with: Self.costWords)
    }
    if let line = onCost.first(where: { !said.contains($0.text) }) {
      return Reply(
        text: question.form == .closed ? "Short answer: " + Self.runOn(line.text) : line.text)
    }
    guard onCost.isEmpty else { return Reply(text: Self.costToldAlready) }
    let unknown = Self.costUnknown.first { !said.contains($0) } ?? Self.costUnknown[0]
    return Reply(text: unknown, isUnready: true)
  }
}
