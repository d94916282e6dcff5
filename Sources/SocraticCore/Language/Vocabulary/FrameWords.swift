/// Words people ask questions with, whatever the question is about: "proof", "sure", "mind",
/// "opposite". With the words of the engine's own question wordings (`QuestionBank`) they make
/// `QuestionFrameWords`, which tells what a question is about from how it asks; a pattern
/// names them `@frame`. A new frame word is one entry here.
enum FrameWords {
  /// Frame words the engine's wordings do not use, as people type them.
  static let words: Set<String> = [
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
