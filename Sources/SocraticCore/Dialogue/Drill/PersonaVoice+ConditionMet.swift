/// The persona met with its own condition: it said what would change its mind ("I'd change my
/// mind if the figures showed …"), and a question puts exactly that case to it ("if someone
/// showed you those figures, would you change your mind?"). It keeps its word: it would think
/// again, and it is less sure, however the question was put.
extension PersonaVoice {
  /// What it says when a question supposes the case it said would change its mind; nil when
  /// the question supposes no such case, or it has said no such thing yet.
  func conditionMet(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    guard [.open, .closed, .leading].contains(question.form), question.kind == .inversion,
      question.words.contains(where: { Self.caseOpeners.contains($0.lowercased) })
    else { return nil }
    let ignored = beliefWords.union(Self.changeOfMindWords)
    let stated = lines.filter { $0.source == .changeOfMind && said.contains($0.text) }
    let met = stated.contains { line in
      TopicWords(line.text, ignoring: ignored).lemmas.intersection(question.content).count
        >= Self.wordsOfTheCase
    }
    return met ? Reply(text: Self.ownConditionMet, isUnready: true) : nil
  }

  /// How many words of the case it said would move it a question must share to put that case.
  static let wordsOfTheCase = 2

  /// Words that open a case supposed: "if someone showed you …".
  static let caseOpeners: Set<String> = ["if", "suppose", "supposing", "say"]

  /// The words of saying what would change its mind, which every such line shares.
  static let changeOfMindWords = TopicWords("change mind think again rethink would").lemmas

  /// What it says when shown what it said would change its mind.
  static let ownConditionMet =
    "If it really came out that way, then yes: that's what I said would move me, so I'd have to "
    + "think again. I'm less sure than I was."
}
