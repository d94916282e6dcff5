// A statement that ends in the word it asks about: "Your gut is telling you what?", "ended
// badly how".
extension QuestionReading {
  /// Where a question word closes a statement and asks what it leaves open, or nil.
  ///
  /// "Acting out would be what?" asks what, as "What would acting out be?" would; "ended badly
  /// how" asks how, and a "tho" after it changes nothing ("not convinced by what tho"). A "how"
  /// after a verb that takes a question of its own ("I don't know how", "she never said how")
  /// ends that clause: it asks nothing.
  static func closingQuestionWord(_ words: [String], start: Int, end: Int) -> Int? {
    var last = end - 1
    while last > start, closingLinks.contains(words[last]) { last -= 1 }
    guard last - start >= 2, words[last - 1] != ",", FunctionWords.auxiliary(words[start]) == nil
    else { return nil }
    if words[last] == "what" { return last }
    guard words[last] == "how",
      !words[start..<last].contains(where: questionTakingWords.contains)
    else { return nil }
    return last
  }

  /// Words said after a closing question word that leave it the question's: "what tho".
  private static let closingLinks: Set<String> = ["tho", "though", "then", "exactly"]
  /// Words before which a "how" opens a clause of its own rather than asking: "know how".
  private static let questionTakingWords: Set<String> = [
    "know", "knew", "say", "said", "tell", "told", "explain", "explained", "see", "saw",
    "wonder", "wondered", "ask", "asked", "sure", "remember", "decide", "decided", "show",
    "showed", "learn", "learned", "learnt", "figure", "understand", "idea", "matter", "care",
    "how", "somehow", "anyhow",
  ]
}
