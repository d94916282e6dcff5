/// Words given back that lean on what is not given back with them: a demonstrative standing
/// for a thing said before ("you'll give him that one"), a verb of
/// thinking or saying whose words were cut off ("you sat there and thought"), or words they
/// only said to themselves, pasted in as if told ("you thought well that's it").
extension ReflectionCheck {
  /// Whether a clause, as given back, leans on words outside it and means nothing alone.
  static func leansOutside(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard let last = words.last else { return false }
    if pointingEnds.contains(where: { words.count > $0.count && words.suffix($0.count) == $0[...] })
    {
      return true
    }
    // "… and thought": what they thought was not given back.
    if words.count > 1, innerSpeechVerbs.contains(last),
      cutSpeechLeads.contains(words[words.count - 2])
    {
      return true
    }
    // "thought well that's it", "said right that's me": inner speech, pasted as narration.
    return zip(words, words.dropFirst()).contains { verb, next in
      innerSpeechVerbs.contains(verb) && innerSpeechOpeners.contains(next)
    }
  }

  /// Endings that stand for a thing said before and name nothing: "… that one", "… and
  /// that". A lone "that" often ends a whole thought ("nothing stops that") and may stay.
  static let pointingEnds: [[String]] = [
    ["that", "one"], ["this", "one"], ["and", "that"],
  ]

  /// Verbs that report what someone thought or said.
  static let innerSpeechVerbs: Set<String> = [
    "thought", "think", "said", "say", "asked", "ask", "told", "wondered",
  ]

  /// Words after which such a verb ending the clause had its words cut off: "and thought",
  /// "then said". "Worse than you thought" ends whole.
  static let cutSpeechLeads: Set<String> = ["and", "then", "just"]

  /// Words that open inner speech rather than a clause told: "well", "right", "oh".
  static let innerSpeechOpeners: Set<String> = [
    "well", "right", "oh", "god", "blimey", "ah",
  ]
}
