/// A plain fact of their own life given as a reason: "the old tent is still in my loft", "we
/// never get any veg off it". Theirs to tell, never to be checked: "How do you know that the
/// old tent is still in your loft?" doubts what they live with. It is given back, or asked how
/// it bears on the matter.
extension TheirWords {
  /// Whether what they just said tells a plain fact of their own life: nothing framed as a
  /// view ("I reckon", what should be), and told of themselves or their own things ("my",
  /// "we"). A price or a queue out there ("a ticket costs twelve quid now") may be asked how
  /// they know; the claim under discussion may still be asked about; what they tell of their
  /// own life is not doubted.
  var tellsAPlainFactOfTheirs: Bool {
    !Self.framesAView(typed: typed)
      && wordTokens.contains { Self.ownLifeWords.contains($0.lowercased) }
  }

  /// Words by which they tell of themselves or their own: "my boot", "we never get any".
  static let ownLifeWords: Set<String> = [
    "i", "im", "i'm", "ive", "i've", "me", "my", "mine", "myself", "we", "our", "ours", "us",
  ]
}

extension PartnerCues {
  /// Questions that put what they said in doubt: "How do you know that …?", "What makes you
  /// confident that …?". Never asked of a plain fact of their own (`tellsAPlainFactOfTheirs`).
  static let doubtingFrames: [String] = [
    "how do you know (that)?", "what makes you (so)? (confident|sure|certain) (that)?",
    "how could you check (that)?", "how can you be (so)? sure (that)?",
  ]
}

extension PartnerCueMatcher {
  static let doubtingFrame = PartnerCueMatcher(PartnerCues.doubtingFrames)
}

extension SuggestionPlanner {
  /// Whether a question puts what it asks about in doubt (`PartnerCues.doubtingFrames`): the
  /// same wordings are weighed at every step, so the readings are remembered.
  static func doubts(_ question: String) -> Bool {
    recentDoubting.reading(of: question)
  }

  private static let recentDoubting = RecentReadings(kept: 1_024, longest: 1_000) { text in
    PartnerCueMatcher.doubtingFrame.matches(Tokenizer.tokenize(text).filter(\.isWord))
  }
}
