/// The words questions are made of, whatever they ask about ("evidence", "change", "mind",
/// "sure"), as lemmas (`TopicWords.lemma(of:)`): what is left of a question without them and
/// without the belief's own words names what it asks about.
enum QuestionFrameWords {
  /// The words questions are made of, whatever they ask about: every word of the engine's own
  /// question wordings, and a few more people ask with. A word of a question outside these and
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
    return words.union(extraFrameWords.map(TopicWords.lemma(of:)))
  }()

  /// Words people ask with that the engine's wordings do not use.
  private static let extraFrameWords = [
    "proof", "prove", "data", "support", "backs", "source", "sources", "reason", "reasons",
    "example", "examples", "evidence", "believe", "belief", "view", "opinion", "position",
    "point", "claim", "argument", "case", "sure", "certain", "certainty", "confident",
    "confidence", "convinced", "know",
    "feel", "felt", "wrong", "right", "true", "false", "opposite", "disagree", "agree", "side",
    "people", "someone", "anyone", "everyone", "others", "person", "happen", "happened",
    "consequence", "consequences", "result", "lead", "leads", "imply", "mean", "meaning",
    "define", "word", "term", "assume", "assuming", "assumption", "granted", "mind", "change",
    "changed", "idea", "matter", "matters", "important", "importance", "question", "questions",
    "ask", "answer", "first", "place", "come", "came", "start", "started", "learn", "learned",
    "hear", "heard", "read", "find", "found", "show", "shows", "look", "looks", "seen", "saw",
    "see", "why", "how", "makes", "made", "strongest", "best", "most", "least", "convince",
    "persuade", "doubt", "doubts", "hold", "held", "take", "taken", "give", "need", "want",
    "worry", "worried", "care", "personally", "yourself", "honestly", "exactly", "instance",
    "experience", "part", "whole", "picture", "sense", "stand", "reach", "conclusion", "fit",
    "step", "act", "stop", "keep", "turn", "end", "work", "go", "do", "deal", "handle", "cope",
  ]
}
