/// A fair point owned: granting what was said of the speaker's own doing ("no. i didn't. fair
/// enough", "you're right, i never rang") or granting it with an apology ("fair, you did say.
/// sorry"). It concedes a fault of the speaker's, which lets the other go on; it declares no
/// view of theirs right, so asking what brought them to it would miss the point.
enum OwnedPoint {
  /// Whether a line that reads as agreement owns a point of the speaker's rather than agreeing
  /// with a view.
  /// - Parameters:
  ///   - words: the line's words in lowercase, as the tokenizer splits them.
  ///   - apologises: whether the line's cues apologise or show care (`StatementKind.warmth`).
  static func owns(_ words: [String], apologises: Bool) -> Bool {
    apologises || ownDoing.occurs(in: TokenPatternWords(words))
  }

  /// The speaker's own doing, told: "i wasn't", "i didn't", "i never rang", "i was wrong".
  private static let ownDoing = TokenPattern(
    "i (wasn't|wasnt|didn't|didnt|haven't|havent|hadn't|never|was|did|should|should've|"
      + "shouldn't|'ve|have|'m|am)")
}
