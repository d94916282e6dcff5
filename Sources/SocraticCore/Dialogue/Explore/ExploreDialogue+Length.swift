/// "are we nearly done": a question about how long the session runs, answered in a line with
/// an offer to wrap up now.
extension ExploreDialogue {
  /// The answer to how long is left: there is no set length, and they can close now.
  static let nearlyDoneNotice =
    "We can wrap up whenever you like: say done and I'll ask how sure you are one last time."

  /// Questions about how long the session still runs.
  static let lengthQuestions = PartnerCueMatcher([
    "(are|r) (we|u|you) (nearly|almost|about|close to|nearly about) (done|finished|there|through)",
    "how (much|many) (longer|more) (is this|will this|are there|questions|of this|to go)?",
    "how long (is|will) (this|it) (take|go on|last|be)",
    "(is|will) (this|it) (nearly|almost|ever) (done|over|finished|end)",
  ])

  /// Whether a line asks how long the session still runs.
  static func asksHowLong(_ line: String) -> Bool {
    lengthQuestions.matches(
      Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(askedBackReadLimit))))
        .filter(\.isWord))
  }
}
