/// The persona's own condition pointed back at: it has just said what would change its mind,
/// and the next question supposes "that" and asks whether it would move ("so if that turned
/// out true youd drop it?"). It keeps its word, as when the case is put in full
/// (`conditionMet(_:said:)`): yes, that would shift it.
extension PersonaVoice {
  /// What it says when a question supposes, by pointing back, the case its last reply said
  /// would change its mind; nil when the last reply said no such case, or the question
  /// supposes something of its own or asks nothing of a change.
  func conditionPointedBack(_ question: PersonaQuestion, lastReply: String?) -> Reply? {
    guard let lastReply, [.open, .closed, .leading].contains(question.form),
      lines.contains(where: { $0.source == .changeOfMind && lastReply.contains($0.text) }),
      let supposed = Self.supposedCase(in: question.tokens)?.prefix(while: {
        !Self.askedOfIt.contains($0.lowercased)
      }),
      supposed.contains(where: { Self.pointingBack.contains($0.lowercased) }),
      supposed.allSatisfy({ !$0.isWord || Self.caseRetold.contains($0.lowercased) })
    else { return nil }
    let words = question.words.map(\.lowercased)
    let asksChange =
      question.kind == .inversion || words.contains(where: Self.givingUp.contains)
      || PersonaQuestion.kindCues.contains {
        $0.kind == .inversion && PersonaQuestion.says($0.cue, in: question.tokens)
      }
    return asksChange ? Reply(text: Self.ownConditionMet, isUnready: true) : nil
  }

  /// Words that turn from the case to what is asked of the persona, with no comma between:
  /// "youd" in "if that turned out true youd drop it".
  static let askedOfIt: Set<String> = ["you", "u", "youd", "ud", "youll", "then", "would"]

  /// Words that point back at a case just said: "that" in "if that turned out true".
  static let pointingBack: Set<String> = ["that", "this", "it", "so", "those", "these"]

  /// Words a case pointed back at may be put in, with no case of their own: "if that turned
  /// out true", "if it did happen", "if so".
  static let caseRetold: Set<String> = pointingBack.union([
    "turned", "turns", "turn", "out", "to", "be", "true", "right", "the", "case", "happened",
    "happens", "happen", "did", "does", "do", "came", "comes", "come", "pass", "was", "were",
    "is", "really", "actually", "ever", "showed", "proved", "held", "up", "went", "way",
  ])

  /// Verbs that ask whether it would let its view go: "youd drop it", "would you give it up".
  static let givingUp: Set<String> = [
    "drop", "abandon", "ditch", "rethink", "reconsider", "budge", "shift", "change", "move",
    "give", "let", "admit", "concede", "bin",
  ]
}
