/// How a yes or no about the persona's own life is read, and what a reflection gives back
/// beside the belief.
extension PersonaQuestion {
  /// What in a reflection gives back a second side beside the belief.
  static let otherSideCues = [
    PhrasePattern("(even|although|though|but|yet|while)"),
    PhrasePattern("(not sure|unsure|don't know|do not know)"),
  ]

  /// How a closed question about the persona's own life is answered, yes or no, by the
  /// auxiliary that asks it: "Did you vote …?" → "Yes, I did" or "No, I didn't".
  static let ownAnswers: [String: OwnAnswer] = [
    "have": OwnAnswer(yes: "Yes, I have", no: "No, I haven't"),
    "has": OwnAnswer(yes: "Yes, I have", no: "No, I haven't"),
    "did": OwnAnswer(yes: "Yes, I did", no: "No, I didn't"),
    "do": OwnAnswer(yes: "Yes, I do", no: "No, I don't"),
  ]

  /// How a closed question about the people of its life is answered ("Is anyone in your family
  /// …?").
  static let familyAnswer = OwnAnswer(yes: "Yes, some of them", no: "Not that I know of")

  /// Verbs that ask for a view, not about the persona's life: "Do you think …?", "Did you
  /// agree …?" ask what it believes.
  static let viewVerbs: Set<String> = [
    "think", "thought", "believe", "believed", "feel", "felt", "agree", "agreed", "mean",
    "meant", "say", "said", "expect", "expected", "suppose", "reckon", "accept", "admit",
    "consider", "realise", "realize", "understand", "trust", "want", "like", "care", "worry",
    "see", "know", "doubt", "wonder", "imagine", "find",
  ]

  /// Words between "you" and the verb that change nothing: "Have you ever …?".
  private static let ownAnswerFillers: Set<String> = [
    "ever", "also", "really", "actually", "yourself", "personally", "still",
  ]

  /// The yes to a closed question about the persona's own life ("Did you ever vote for …?",
  /// "Have you lived near …?", "Is anyone in your family …?"), nil for one that asks its view.
  /// Only a question put as one, opened by an auxiliary, asks about its family: "your
  /// neighbours count them??" says back what it heard, in surprise.
  /// Chat before the auxiliary says nothing: "ok so do you have one yourself?".
  static func ownAnswer(in tokens: [Token]) -> OwnAnswer? {
    let words = Array(
      tokens.filter(\.isWord).map(\.lowercased).drop(while: ChatWords.lead.contains))
    if let opening = words.first, FunctionWords.auxiliary(opening) != nil,
      let your = words.firstIndex(of: "your"), your + 1 < words.count,
      KinWords.groups.contains(words[your + 1])
    {
      return familyAnswer
    }
    guard let asked = words.first.flatMap({ ownAnswers[$0] }), words.count > 2,
      words[1] == "you"
    else { return nil }
    let verb = words.dropFirst(2).first { !ownAnswerFillers.contains($0) }
    return verb.map { viewVerbs.contains($0) ? nil : asked } ?? nil
  }

  /// The tokens of a question after its last comma, where it turns to ask: "do you have kids?"
  /// in "and what about you, do you have kids?"; the whole question when it has no comma.
  static func lastClause(of tokens: [Token]) -> [Token] {
    guard let comma = tokens.lastIndex(where: { $0.text == "," }) else { return tokens }
    return Array(tokens[(comma + 1)...])
  }

  /// The tokens of the last sentence of a question, without the chat before it: "have you ever
  /// bought any?" in "ok lol. have you ever bought any?".
  static func lastSentence(of tokens: [Token]) -> [Token] {
    let ends = tokens.dropLast().lastIndex { [".", "!", "?"].contains($0.text) }
    guard let ends, tokens[(ends + 1)...].contains(where: \.isWord) else { return tokens }
    return Array(tokens[(ends + 1)...])
  }
}

extension PersonaQuestion {
  /// Whether a line says back the persona's last reply as a question in surprise, then says
  /// what the asker makes of it: "your neighbours count them?? that's nice, so it feels more
  /// trustworthy" gives back what it heard, like a reflection. Its first sentence ends in a
  /// question mark, opens with neither a question word nor an auxiliary, and gives back words
  /// of the last reply; what follows ends without one.
  static func echoesBack(_ tokens: [Token], lastReply: String?) -> Bool {
    guard let lastReply, let mark = tokens.firstIndex(where: { $0.text == "?" }),
      let opening = tokens[..<mark].first(where: \.isWord)?.lowercased,
      !questionWords.contains(opening), FunctionWords.auxiliary(opening) == nil,
      tokens[mark...].contains(where: \.isWord), tokens.last?.text != "?"
    else { return false }
    return DrillDialogue.givesBack(
      tokens[..<mark].map(\.text).joined(separator: " "), of: lastReply)
  }
}
