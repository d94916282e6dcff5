/// What the persona says when asked what something costs ("how much would it all cost?", "is
/// it worth the money?"): its own line on the cost, from the pack's reasons and replies, else
/// that it does not know the figures. Never a stock line about something else.
extension PersonaVoice {
  /// The lemmas by which a question asks about cost.
  static let costWords: Set<String> = [
    "cost", "price", "expense", "expensive", "cheap", "cheaper", "afford", "affordable",
    "money", "bill", "fee", "pricey", "budget",
  ]

  /// Object pronouns a cost is borne by: "cost you", "cost u", "cost me".
  static let costBearers = FunctionWords.objectPronouns.union(["you", "u"])

  /// Words that grade what a cost is counted in: "cost you much sleep", "any friends".
  static let costGraders: Set<String> = [
    "much", "any", "a", "lot", "of", "your", "his", "her", "my",
  ]

  /// What a cost borne by someone is counted in when it is money: "cost you a fortune".
  static let moneyUnits: Set<String> = [
    "pound", "pounds", "quid", "grand", "fortune", "penny", "bomb",
  ]

  /// Whether a cost is counted in something other than money: "what would it cost you to
  /// change your mind?", "does it cost you much sleep?", "the price of being wrong". "how much
  /// did it cost you?", "it cost me a fortune", "how much does it cost to run a zoo?" (no one
  /// bears it) and "the price of petrol" are money.
  static func asksAFigurativeCost(_ words: [Token]) -> Bool {
    let lower = words.map(\.lowercased)
    return lower.indices.contains { index in
      guard ["cost", "costs", "price"].contains(lower[index]) else { return false }
      var rest = lower[(index + 1)...]
      let borne = rest.first.map(costBearers.contains) ?? false
      rest = rest.drop { costBearers.contains($0) || costGraders.contains($0) }
      guard let counted = rest.first else { return false }
      if counted == "to" { return borne }
      if counted.hasSuffix("ing") { return true }
      return borne && Lexicon.classes(of: counted).contains(.noun)
        && !moneyUnits.contains(counted) && !costWords.contains(TopicWords.lemma(of: counted))
    }
  }

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
      beliefWords.isDisjoint(with: Self.costWords), !Self.asksAFigurativeCost(question.words)
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
