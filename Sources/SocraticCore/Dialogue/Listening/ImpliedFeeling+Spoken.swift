/// How a loss is typed when it is said as it is spoken: "dads been gone three year", "Jeans
/// been gone a while" — the "'s" of "has" run into whom it is of.
extension ImpliedFeeling {
  /// The sentence with a loved one or a name run into the "'s" of "has" before "been" read as
  /// the two words ("dads been" → "dad" "'s" "been"), so the phrases of a loss read it as they
  /// read "dad's been". A word that is a plural of another ("the shops been shut") is left
  /// as it is, and so is one after an auxiliary in its own clause ("have the lads been in";
  /// not "it's hard, dads been gone a year").
  static func withHasSeparated(_ sentence: [Token]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(sentence.count + 1)
    for (index, token) in sentence.enumerated() {
      let clauseStart = sentence[..<index].lastIndex(where: { $0.text == "," }).map { $0 + 1 } ?? 0
      guard index + 1 < sentence.count, sentence[index + 1].lowercased == "been",
        !sentence[clauseStart..<index].contains(where: {
          FunctionWords.auxiliary($0.lowercased) != nil
        }),
        let stem = ownerRunIntoHas(token)
      else {
        result.append(token)
        continue
      }
      var clitic = Token("'s", kind: .word, hasSpaceBefore: false)
      clitic.lowercased = "'s"
      result.append(token.replacingText(with: stem))
      result.append(clitic)
    }
    return result
  }

  /// The word a token spells before a run-in "s" ("Dads" → "Dad", "Jeans" → "Jean") when it
  /// is a loved one (`AnswerCues.lovedOneWords`) or, typed with a capital, a name: one the
  /// lexicon knows no other sense of, or one of `AnswerCues.namesThatAreWords`; nil otherwise.
  private static func ownerRunIntoHas(_ token: Token) -> String? {
    let word = token.lowercased
    guard token.isWord, word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"),
      token.text.count == word.count
    else { return nil }
    let stem = String(word.dropLast())
    if AnswerCues.lovedOneWords.contains(stem), !AnswerCues.lovedOneWords.contains(word) {
      return String(token.text.dropLast())
    }
    let classes = Lexicon.classes(of: stem)
    guard token.text.first?.isUppercase == true,
      classes.isEmpty || classes.contains(.properSense)
        || AnswerCues.namesThatAreWords.contains(stem),
      !FunctionWords.isFunctionWord(stem)
    else { return nil }
    return String(token.text.dropLast())
  }
}
