/// Rewrites of a question that judges how the person is behaving, said as "you're being
/// (a bit) ADJ": the verdict goes and the way they have been is asked about, with whom it was
/// ("Don't you think you're being a bit harsh on him?" → "How do you see the way you've been
/// with him?", "Aren't you being rude to her?" → "How do you see the way you've been with
/// her?"); without a person, about what it was ("… being stubborn about the car?" → "How do
/// you see the way you've been about the car?").
enum ConductRewrites {
  /// The rewrite's words without "?", or nil when no "you're being" verdict is in the question.
  static func body(for reading: QuestionReading) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard
      let being = words.indices.dropFirst().first(where: { index in
        words[index] == "being" && beingLeads.contains(words[index - 1])
          && (words[index - 1] != "'re" || ["you", "u"].contains(words[max(index - 2, 0)]))
      })
    else { return nil }
    var adjective = being + 1
    while adjective < words.count, degreeWords.contains(words[adjective]) { adjective += 1 }
    guard adjective < words.count,
      Lexicon.classes(of: words[adjective]).contains(.adjective)
    else { return nil }
    let after = adjective + 1
    guard after < words.count, let with = withWhom[words[after]] else {
      return after == words.count
        ? QuestionRewriter.phrase("How do you see the way you've been")
          + [Token("lately")] : nil
    }
    let object = tokens[(after + 1)...].prefix { $0.isWord }
    guard (1...objectWordLimit).contains(object.count), object.count == tokens.count - after - 1
    else { return nil }
    return QuestionRewriter.phrase("How do you see the way you've been") + [Token(with)] + object
  }

  /// The words before "being" that make the person its subject: "you're", "aren't you".
  private static let beingLeads: Set<String> = ["you're", "'re", "youre", "you", "u"]

  /// Words that soften or press the verdict: "a bit", "kind of", "way too".
  static let degreeWords: Set<String> = [
    "a", "bit", "little", "too", "so", "really", "very", "quite", "kind", "sort", "of", "pretty",
    "just", "overly", "tad", "way", "rather", "slightly", "super", "kinda", "sorta",
  ]

  /// The prepositions that name whom or what the behaviour was towards, and the one the rewrite
  /// says it with: "harsh on him" and "rude to her" are the way one has been *with* them.
  private static let withWhom: [String: String] = [
    "on": "with", "to": "with", "with": "with", "towards": "with", "toward": "with",
    "about": "about", "over": "about",
  ]

  /// The most words the person or thing named after the verdict may have.
  private static let objectWordLimit = 4
}
