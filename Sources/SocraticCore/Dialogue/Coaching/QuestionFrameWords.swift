/// The words questions are made of, whatever they ask about ("evidence", "change", "mind",
/// "sure"), as lemmas (`TopicWords.lemma(of:)`): what is left of a question without them and
/// without the belief's own words names what it asks about.
enum QuestionFrameWords {
  /// The words questions are made of, whatever they ask about: every word of the engine's own
  /// question wordings, and the frame words people ask with (`FrameWords`). A word of a question outside these and
  /// outside the belief names something the question is about.
  static let lemmas: Set<String> = {
    let slots =
      QuestionBank.inversion + QuestionBank.evidence + QuestionBank.viewpoints
      + QuestionBank.implications + QuestionBank.meta
      + [
        QuestionBank.loadedTermClarification, QuestionBank.absoluteTermClarification,
        QuestionBank.subjectClarification, QuestionBank.claimClarification,
        QuestionBank.assumptions, QuestionBank.reasonAssumptions,
        QuestionBank.explanationAssumptions, QuestionBank.explanationEvidence,
        QuestionBank.hiddenAssumptions, QuestionBank.reasonEvidence,
      ]
    var words: Set<String> = []
    for wording in slots.flatMap(\.wordings) {
      for case .text(let text) in wording.pieces { words.formUnion(TopicWords(text).lemmas) }
    }
    return words.union(FrameWords.words.map(TopicWords.lemma(of:)))
  }()
}
