/// What a concession concedes: only a view counts as the other side, never a number, a date or
/// a plan that a hedge ("maybe", "I guess") only softens.
extension AnswerMoveReader {
  /// Whether what a person concedes reads as a view of its own: a clause with a finite verb
  /// before any "when", "if", or words naming both sides ("maybe both"); not a number, a date
  /// or a "when …" clause behind a hedge ("maybe 55 now", "2022 maybe, when it crashed").
  static func readsAsView(_ doubt: [Token]) -> Bool {
    let kept = ReflectionWriter.withoutClosingHedges(text(of: doubt))
    var tokens = Shorthand.expanded(Tokenizer.tokenize(kept))
    while let first = tokens.first,
      (first.kind == .punctuation && !BeliefReader.isQuotationMark(first))
        || leadingHedges.contains(first.lowercased)
        || (first.lowercased == "i" && tokens.count > 1
          && ["guess", "suppose", "mean"].contains(tokens[1].lowercased))
    {
      tokens.removeFirst(first.lowercased == "i" ? 2 : 1)
    }
    // "if I moved to a cheaper town it could work": a condition with what would follow is a
    // view conceded.
    if tokens.first?.lowercased == "if",
      zip(tokens.dropFirst(2), tokens.dropFirst(3)).contains(where: { subject, modal in
        pronouns.contains(subject.lowercased) && conditionalModals.contains(modal.lowercased)
      })
    {
      return true
    }
    // What follows "when", "if" is a time or a condition, never the view conceded.
    tokens = Array(tokens.prefix { !AnswerCues.notViewOpeners.contains($0.lowercased) })
    // "maybe both", "maybe not for new grads": a side named, or the claim denied in part.
    if tokens.contains(where: { AnswerCues.twoSidedWords.contains($0.lowercased) })
      || tokens.first?.lowercased == "not"
    {
      return true
    }
    guard let first = tokens.first(where: \.isWord), first.kind == .word,
      tokens.count(where: \.isWord) >= 2
    else { return false }
    if ClauseParser.finiteVerbIndex(in: tokens) != nil { return true }
    // "some of them learn fine": a verb after a pronoun, where the parser finds no subject.
    return zip(tokens, tokens.dropFirst()).contains { pronoun, verb in
      pronouns.contains(pronoun.lowercased) && !Lexicon.verbReadings(of: verb.lowercased).isEmpty
    }
  }

  /// The modals of what would follow a condition: "… it could work".
  static let conditionalModals: Set<String> = [
    "could", "would", "might", "'d", "will", "'ll",
  ]

  fileprivate static let pronouns: Set<String> = [
    "i", "you", "he", "she", "it", "we", "they", "them",
  ]

  /// Words that only hedge the start of what a person concedes.
  fileprivate static let leadingHedges: Set<String> = [
    "maybe", "perhaps", "probably", "possibly", "like", "so", "well", "idk", "ok", "okay", "yeah",
  ]

  /// Whether the hedge ending before `index` only softens an amount: "goes maybe twice", "maybe
  /// like 3 times", "i guess 20 bucks" hedge how many, not the view.
  static func hedgesAnAmount(_ sentence: [Token], after index: Int) -> Bool {
    let next = sentence[index...].filter(\.isWord).prefix(2)
    guard let first = next.first else { return false }
    // "maybe 3 bikes", "maybe three bikes": a number written either way.
    func isNumber(_ token: Token) -> Bool {
      token.kind == .number || Quantifiers.numberWords.contains(token.lowercased)
    }
    if isNumber(first) { return true }
    if AnswerCues.amountWords.contains(first.lowercased) { return true }
    guard let second = next.dropFirst().first else { return false }
    // "maybe like 3 times", "maybe an hour", "maybe a couple of times".
    if AnswerCues.approximators.contains(first.lowercased) { return isNumber(second) }
    return ["a", "an"].contains(first.lowercased)
      && (AnswerCues.amountWords.contains(second.lowercased)
        || AnswerCues.unitsOfTime.contains(second.lowercased))
  }
}
