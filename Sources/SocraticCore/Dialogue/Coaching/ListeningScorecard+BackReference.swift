/// Questions that ask about what was just said without naming it: "how sure are you about
/// that, out of ten?", "what makes you see it that way?". Right after their line, "that" is
/// their line, so such a question builds on it as much as one that takes up a word of it.
extension ListeningScorecard {
  /// Whether a line asks about what was just said, in a phrase that points back at it
  /// (`pointingBack`), read a stretch between punctuation at a time: "that" ends its phrase
  /// there ("how sure are you about that, out of ten?").
  static func asksAboutWhatWasSaid(_ text: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(text.prefix(readLimit))))
    return tokens.split { !$0.isWord }.contains { stretch in
      PartnerCueMatcher.pointingBack.matches(Array(stretch))
    }
  }
}

extension PartnerCueMatcher {
  /// Phrases that stand for what was just said inside a question: how sure they are of it,
  /// or how they see it ("that way"). "That" must end its phrase, or be followed only by a
  /// word of when or how far: "sure about this job?" asks about a job.
  static let pointingBack = PartnerCueMatcher([
    "(sure|certain|confident) (are you|you are|would you say you are)? (about|of) (that|this|it) !_",
    "(sure|certain|confident) (are you|you are|would you say you are)? (about|of) (that|this|it) (out|now|then|really|anyway|at all|in the end)",
    "(see|put|say|feel|think) (it|things)? (that|this) way",
  ])
}
