/// The persona met with its own condition: it said what would change its mind ("I'd change my
/// mind if the figures showed …"), and a question puts exactly that case to it ("if someone
/// showed you those figures, would you change your mind?"). It keeps its word: it would think
/// again, and it is less sure, however the question was put.
extension PersonaVoice {
  /// What it says when a question supposes the case it said would change its mind; nil when
  /// the question supposes no such case, or it has said no such thing yet.
  /// The case must be the one it said, not its opposite: "if bitcoin lost its value" is not
  /// "if bitcoin kept its value", nor is "if it didn't" the case "if it did". The word that
  /// supposes the case ("say they banned it") is no word of the case.
  func conditionMet(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    let asksChange =
      question.kind == .inversion
      || PersonaQuestion.kindCues.contains {
        $0.kind == .inversion && PersonaQuestion.says($0.cue, in: question.tokens)
      }
    guard [.open, .closed, .leading].contains(question.form), asksChange,
      let supposed = Self.supposedCase(in: question.tokens)
    else { return nil }
    let ignored = beliefWords.union(Self.changeOfMindWords).union(Self.caseOpeners)
    let stated = lines.filter { $0.source == .changeOfMind && said.contains($0.text) }
    let cases = stated.filter { line in
      TopicWords(line.text, ignoring: ignored).lemmas.intersection(question.content).count
        >= Self.wordsOfTheCase
    }
    guard !cases.isEmpty else { return nil }
    let isOpposite = cases.allSatisfy { line in
      OppositeCase.isOpposite(
        Self.supposedCase(in: Tokenizer.tokenize(line.text)) ?? [], of: supposed)
    }
    return isOpposite
      ? Reply(text: Self.oppositeCasePut) : Reply(text: Self.ownConditionMet, isUnready: true)
  }

  /// What it says when a question puts the opposite of the case it said would move it.
  static let oppositeCasePut =
    "That's the other way round from what would move me: if it went that way, it would only "
    + "bear me out."

  /// The words of the case a line supposes: after its first case opener, up to whichever
  /// comes first of a mark and the modal that asks about it ("if it held its value, would you
  /// …", "if it crashed wouldn't you …"); nil when it supposes none.
  static func supposedCase(in tokens: [Token]) -> [Token]? {
    guard let opener = tokens.firstIndex(where: { caseOpeners.contains($0.lowercased) })
    else { return nil }
    let rest = tokens[(opener + 1)...]
    let end =
      rest.firstIndex { token in
        token.isWord
          ? caseClosingModals.contains(token.lowercased)
          : [",", "?", ".", "!"].contains(token.text)
      } ?? tokens.endIndex
    return Array(tokens[(opener + 1)..<end])
  }

  /// Modals that ask about a case supposed, and so end it: "would" in "if it crashed, would
  /// you …", "wouldn't" in "if it crashed wouldn't you …".
  static let caseClosingModals: Set<String> = [
    "would", "will", "could", "'d", "'ll", "wouldn't", "won't", "couldn't", "wouldnt",
    "couldnt",
  ]

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
