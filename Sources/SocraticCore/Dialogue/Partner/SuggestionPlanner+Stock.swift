/// Questions that read as a form rather than as listening: stock frames that fit any talk, and
/// frames with their whole claim pasted in.
extension SuggestionPlanner {
  /// Frames a question of which fits any talk and follows from nothing they said: "What
  /// question about this would you most like answered?", "What follows if it is true that …?".
  /// Never offered: the moment, the thing they named or a plain question does better.
  static let stockFrames: [String] = [
    "what follows if it is true that", "what follows from it", "how does believing that",
    "why does the question of whether", "why does this question (about _{1,3})? matter",
    "what would a good answer to this question look like",
    "what question about this would you most like answered", "where do you think that leads",
    "what would the strongest argument be that", "where does the belief that",
    "what is the real question behind", "who gains and who loses if",
    "what have these questions shown you", "why is this belief worth examining",
  ]

  static let stockFrame = PartnerCueMatcher(stockFrames)

  /// Frames that speak of the one who disagrees, or of "people", as someone not there: "How
  /// might someone who disagrees with you explain their view?", "What would you most want
  /// people to understand?". In a live talk the listener is the one who disagrees and is right
  /// in front of them, so such a question reads as a form and is never offered.
  static let absentOtherFrames: [String] = [
    "someone (who|that) (disagrees|disagreed|sees it differently|thinks otherwise)",
    "someone with the opposite (experience|view|views)",
    "(want|wanted) people to (understand|know|see|get)",
  ]

  static let absentOther = PartnerCueMatcher(absentOtherFrames)

  /// Wordings that fit anything said and build on none of it ("What follows from that, for
  /// you?", "How do you know about that?"): said after a feeling or a story they jar, and said
  /// again and again they read as a form. One is offered only when a turn would otherwise have
  /// nothing to say, and once a conversation: they are only among the fallbacks
  /// (`addFallbacks`).
  static let stockWordings = Set(
    (PartnerWordings.anything + PartnerWordings.aboutAReason).map(\.text))

  /// Whether a question is one of the stock wordings (`stockWordings`).
  static func isStockWording(_ question: Question) -> Bool {
    stockWordings.contains(question.text)
  }

  /// Whether a wording is a stock frame (`stockFrames`) or speaks of the listener as someone
  /// absent (`absentOtherFrames`); `WordingVerdicts.isStock(_:)` remembers it.
  static func isStock(_ text: String) -> Bool {
    let words = Tokenizer.tokenize(text).filter(\.isWord)
    return stockFrame.matches(words) || absentOther.matches(words)
  }

  /// The claim and its inversion as a question would paste them in, when they are long enough
  /// to read as pasted (more than `pastedWordMinimum` words).
  static func pastedClaims(_ analysis: BeliefAnalysis?) -> [String] {
    guard let analysis else { return [] }
    return [analysis.claim, analysis.inverted].filter {
      Tokenizer.tokenize($0).count(where: \.isWord) > pastedWordMinimum
    }
  }

  /// The most words of a claim that read as their own words in a question, not a paste:
  /// "… that crypto is a scam?" reads as said; a longer claim framed reads as a form.
  static let pastedWordMinimum = 4

  /// Whether a question of a past turn pasted one of the claims in: a frame around their claim
  /// is a last resort, and never twice in a talk.
  static func hasPasted(_ claims: [String], in offered: Set<String>) -> Bool {
    offered.contains { text in
      text.hasSuffix("?") && claims.contains { text.includes($0) }
    }
  }
}
