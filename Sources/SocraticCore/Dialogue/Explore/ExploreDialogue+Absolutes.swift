/// An absolute of the belief ("always", "nobody") that the person has already taken back or
/// put another way is not asked about: "What would count as an exception to 'always'?" after
/// "it's more like nobody noticed" asks them to do again what they did.
extension ExploreDialogue {
  /// Whether a question asks about one of the belief's absolutes.
  static func asksAboutAnAbsolute(_ text: String) -> Bool {
    QuestionPlan.absoluteTerms.contains { text.contains("\u{201C}\($0)\u{201D}") }
  }

  /// Whether an answer of theirs so far takes back or rewords an absolute: "not always", "not
  /// everyone", or a rewording that opens "it's more like …".
  var hasTakenBackAnAbsolute: Bool {
    state.fold.answers.contains { answer in
      let words = Shorthand.expanded(
        Tokenizer.tokenize(String(answer.prefix(AnswerMoveReader.readLimit)))
      ).filter(\.isWord)
      let lowered = words.map(\.lowercased)
      return zip(lowered, lowered.dropFirst()).contains {
        $0 == "not" && Quantifiers.deniedByNot.contains($1)
      } || Self.rewordingCues.matches(words)
    }
  }

  /// `AnswerCues.rewordings`, compiled once.
  static let rewordingCues = PartnerCueMatcher(AnswerCues.rewordings)
}
