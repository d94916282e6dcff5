extension ReflectionWriter {
  /// The most words of theirs one item of a summary gives back.
  static let summaryItemWordLimit = 14

  /// The most parts a summary gives back: more reads as a run-on, and the closing map lists
  /// everything anyway.
  static let summaryPartLimit = 3

  /// A short summary of the map, in the person's words turned to the second person: "So far:
  /// you think so because …; you have a doubt: …; and you feel …." Only what the map holds,
  /// each item once, reasons as reasons and doubts as doubts, at most `summaryPartLimit` parts
  /// (a story told comes last in line); nil when fewer than two things on it read well given
  /// back.
  public static func summary(of map: BeliefMap) -> String? {
    var seen: [String] = []
    func fresh(_ text: String?) -> String? {
      guard let text, text.split(separator: " ").count <= summaryItemWordLimit else { return nil }
      let key = text.lowercased()
      guard !seen.contains(where: { $0.contains(key) || key.contains($0) }) else { return nil }
      seen.append(key)
      return text
    }
    var parts: [String] = []
    let reasons = map.reasons.prefix(3).compactMap(sureReason).compactMap(fresh).prefix(2)
    if !reasons.isEmpty {
      parts.append("you think so because " + reasons.joined(separator: ", and because "))
    }
    let told = map.reasons.flatMap { $0.examples + $0.evidence } + map.examples
    let story = told.compactMap(given).first(where: { fresh($0) != nil })
    let blockages = map.notes.filter { $0.category == .blockage }.map(\.text)
    // A doubt that says what they doubt comes before a bare "I'm not sure anymore".
    let latest = map.doubts.filter { !blockages.contains($0) }.reversed()
    let doubts = latest.filter { !isBareWavering($0) } + latest.filter(isBareWavering)
    if let doubt = doubts.compactMap({ givenDoubt($0) ?? fragment($0) })
      .first(where: { fresh($0) != nil })
    {
      parts.append("you have a doubt: " + doubt)
    }
    if let blockage = blockages.last.flatMap(given), fresh(blockage) != nil {
      parts.append("you wonder whether " + blockage)
    }
    if let change = map.wouldChangeMind.last.flatMap(givenChange), fresh(change) != nil {
      parts.append(change)
    }
    // "maybe you'll text her this week": a plan they voiced, with its own hedge.
    let plans = map.notes.filter { $0.category == .plan }.map(\.text)
    if let plan = plans.last.flatMap(givenDoubt), fresh(plan) != nil {
      parts.append(plan)
    }
    let said = parts.joined(separator: " ").lowercased()
    let feelings = map.feelings.filter { !said.contains($0.lowercased()) }
    if !feelings.isEmpty {
      parts.append("you feel " + listed(Array(feelings.prefix(2))))
    }
    if let story, parts.count < summaryPartLimit {
      parts.insert("you told me " + story, at: reasons.isEmpty ? 0 : 1)
    }
    if parts.count > summaryPartLimit { parts = Array(parts.prefix(summaryPartLimit)) }
    guard parts.count >= 2 else { return nil }
    let last = parts.removeLast()
    return "So far: " + parts.joined(separator: "; ") + "; and " + last + "."
  }

  /// A reason given back in a summary only when it says something of its own: a clause of at
  /// least `sureReasonWordMinimum` words with more in it than a verb of believing ("because
  /// you believe it", "because you're done" say nothing a summary can stand on).
  /// "of airbnb in our city" (a belief's "because of …") is given back as "of airbnb in your
  /// city".
  private static func sureReason(_ reason: BeliefMap.Reason) -> String? {
    if let thing = ofPhrase(reason.text) { return "of " + thing }
    guard let text = given(reason.text) else { return nil }
    let words = text.split(separator: " ")
    let saying = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased).filter {
      !FunctionWords.isFunctionWord($0) && !beliefVerbs.contains($0)
    }
    return words.count >= sureReasonWordMinimum && !saying.isEmpty ? text : nil
  }

  /// The fewest words a reason has to be given back in a summary.
  static let sureReasonWordMinimum = 4

  /// Verbs that only say a person holds a view.
  private static let beliefVerbs: Set<String> = [
    "believe", "think", "know", "feel", "say", "said", "guess", "mean", "done", "sure",
  ]

  /// Whether a doubt only says they are unsure, not what about.
  private static func isBareWavering(_ doubt: String) -> Bool {
    let words = Tokenizer.tokenize(doubt).filter(\.isWord).map(\.lowercased)
    return words.count <= 6 && !Set(words).isDisjoint(with: ["sure", "know", "anymore", "torn"])
  }
}
