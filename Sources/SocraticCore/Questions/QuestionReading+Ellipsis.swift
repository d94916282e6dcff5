/// An auxiliary whose subject was left out, as chat leaves it: "Might be easier", "Didn't
/// really listen": a statement, not a question opened by its auxiliary.
extension QuestionReading {
  /// Whether an auxiliary is followed by its verb with no subject between: "Might be easier",
  /// "Could get worse", "Didn't really listen", "Was told". A word that can be a noun may be
  /// the subject ("Would people mind", "Is smoking …") unless, after a modal or "do", no verb
  /// follows it ("Might land you in trouble").
  static func isElliptical(_ words: [String], auxiliaryAt index: Int) -> Bool {
    guard let auxiliary = FunctionWords.auxiliary(words[index]) else { return false }
    var next = index + 1
    while next < words.count, ellipsisAdverbs.contains(words[next]) { next += 1 }
    guard next < words.count else { return false }
    let word = words[next]
    let takesBase = auxiliary.kind == .modal || auxiliary.kind == .do
    if auxiliary.kind == .modal, word == "be" || word == "have" { return true }
    // After a modal or "do", any form of a verb is read as one: "will gets on" has lost its
    // subject, as "will get on" has.
    let isVerb =
      takesBase
      ? isBaseVerb(word) || !Lexicon.verbReadings(of: word).isEmpty
      : Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
    guard isVerb, FunctionWords.subjectPronouns[word] == nil else { return false }
    // "do sanctions ever work": a plural noun before a verb is the subject, not a verb in -s.
    guard Lexicon.classes(of: word).contains(.noun) || Lexicon.singular(of: word) != nil
    else { return true }
    guard takesBase else { return false }
    var after = next + 1
    while after < words.count, ellipsisAdverbs.contains(words[after]) { after += 1 }
    let following = after < words.count ? words[after] : ""
    return !following.isEmpty && !isBaseVerb(following)
      && FunctionWords.auxiliary(following) == nil
  }

  /// Adverbs between an auxiliary and its verb: "didn't really listen".
  private static let ellipsisAdverbs: Set<String> = [
    "n't", "really", "just", "even", "not", "ever", "actually", "still", "always", "usually",
  ]
}
