/// A sentence that drops its "there's" as speech does, "no point going to the reunion", "no
/// sense arguing with him": read with it put back, so that it states what it means ("there's
/// no point going to the reunion") rather than nothing.
enum DroppedThere {
  /// Nouns that open such a sentence after "no" and take an -ing verb, "in" or "to" after them.
  static let heads: Set<String> = ["point", "use", "sense", "need", "harm"]

  /// Words that may follow the noun and open what it is about: "no point in voting", "no need
  /// to tip".
  static let openers: Set<String> = ["in", "to"]

  /// The sentence with "there's" before it when it opens "no" and one of `heads` followed by
  /// an -ing verb, "in" or "to"; as it is otherwise.
  static func restoring(_ sentence: [Token]) -> [Token] {
    guard sentence.count >= 3, sentence[0].lowercased == "no",
      heads.contains(sentence[1].lowercased), opensWhatItIsAbout(sentence[2])
    else { return sentence }
    var no = sentence[0]
    // Tokenised as typed text is ("there", "'s"), so the clitic reads as the verb.
    var there = Tokenizer.tokenize(no.isCapitalized ? "There's" : "there's")
    there[0].hasSpaceBefore = no.hasSpaceBefore
    there[0].hasLineBreakBefore = no.hasLineBreakBefore
    no = no.replacingText(with: "no")
    no.hasSpaceBefore = true
    no.hasLineBreakBefore = false
    return there + [no] + sentence.dropFirst()
  }

  private static func opensWhatItIsAbout(_ token: Token) -> Bool {
    openers.contains(token.lowercased)
      || Lexicon.verbReadings(of: token.lowercased).contains { $0.form == .presentParticiple }
  }
}
