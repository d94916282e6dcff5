/// What someone makes of a view they report: turned against it ("he's wrong") or sided with
/// it ("she's probably right about that bit"). Either says what they make of it, so they are
/// never asked.
extension ExploreArc {
  /// Whether an answer turns against someone it quotes: "he's wrong", "i don't agree".
  static func turnsAgainstSomeone(_ answer: String?) -> Bool {
    says(disagreeingCues, in: answer)
  }

  /// Phrases by which someone turns against a view they report.
  static let disagreeingCues = PartnerCueMatcher([
    "i (do not|don't|dont|never) (agree|buy it|buy that|believe (him|her|them))",
    "i disagree", "(he|she|they) (is|are|was|were|'s|'re) (wrong|mistaken|full of it)",
    "(he|she|they) (does not|do not|doesn't|don't) know what",
  ])

  /// Whether an answer sides with someone it quotes: "she's probably right", "he has a point".
  static func sidesWithSomeone(_ answer: String?) -> Bool {
    says(sidingCues, in: answer)
  }

  /// Whether the words of an answer, its shorthand spelled out, hold one of the cues.
  static func says(_ cues: PartnerCueMatcher, in answer: String?) -> Bool {
    guard let answer else { return false }
    return cues.matches(
      Shorthand.expanded(Tokenizer.tokenize(String(answer.prefix(AnswerFollowUp.readLimit))))
        .filter(\.isWord))
  }

  /// Phrases by which someone sides, wholly or in part, with a view they report.
  static let sidingCues = PartnerCueMatcher([
    "(he|she|they|hes|shes|theyre) (is|are|was|were|'s|'re)? (probably|prob|maybe|kinda|partly|half|prolly)? (right|correct|onto something)",
    "(he|she|they) (has|have|had|'s got|'ve got|got) a (point|fair point)",
    "i (agree|see (his|her|their) point)",
  ])
}
