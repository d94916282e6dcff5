/// The belief and the ratings as the end of a session heads its summary: their words tidied in
/// case and without the hedge they opened with, the laugh they said it with and the name they
/// said it to, never changed otherwise; the inversion only of
/// a claim that line holds; and, for a closing rating never given, why.
extension SessionSummary {
  /// The headline belief as the end screen shows it: explore's last stated belief without the
  /// hedge it opened with, without laughter and in tidy case ("honestly i think gyms are a rip
  /// off lol" → "Gyms are a rip off"); partner's only when their first line stated a claim (a
  /// line of grief or news is no belief, and a talk that had none is not given one), and
  /// without the name they said it to (`listenerNames`).
  public var shownBelief: String? {
    switch mode {
    case .explore: belief.map(Self.tidied)
    case .partner:
      theySaid.first?.claim.map(BeliefMap.statesWhole) != true
        ? nil : belief.map { Self.tidied(Self.without(names: listenerNames, in: $0)) }
    case .drill: belief
    }
  }

  /// What the end screen calls the belief it shows: "Belief at the start:" in explore once they
  /// got somewhere else ("Where you got to" in the map), so the line they left is not read as
  /// where they ended; "Belief:" otherwise.
  public var shownBeliefLabel: String {
    mode == .explore && map?.landings.isEmpty == false ? "Belief at the start:" : "Belief:"
  }

  /// The inversion the end screen shows under the belief: only one of a claim that is a whole
  /// statement (`BeliefMap.statesWhole`) and that negates the whole of
  /// the claim (`negatesWhole(claim:inverted:)`); in partner, only after a talk that argued a
  /// view, and only of a claim whose words the belief shown holds ("dont laugh. im signing up
  /// for…" read as the claim "dont laugh" inverts an aside, not what they believe).
  public var shownInversion: String? {
    // "working holiday visa" is no sentence, and "working holiday do not visa" none either.
    guard let inverted, let claim, BeliefMap.statesWhole(claim),
      Self.negatesWhole(claim: claim, inverted: inverted)
    else {
      return nil
    }
    guard mode == .partner else { return inverted }
    guard arguedAView, let shown = shownBelief else { return nil }
    let shownWords = Set(Self.spokenWords(shown))
    return Set(Self.spokenWords(claim)).isSubset(of: shownWords) ? inverted : nil
  }

  /// Explore's confidence line: "Confidence: 60 → 45 (-15)", or with why the closing rating is
  /// missing; "Confidence at the start: 95" alone when they said goodbye before it was asked
  /// for, so they are never told they left without a rating nobody asked them for.
  public func confidenceLine(arrow: String = "→") -> String {
    if endReason == .left, confidenceAfter == nil, let before = confidenceBefore {
      return "Confidence at the start: \(before)"
    }
    return "Confidence: "
      + SummaryWording.shift(
        confidenceBefore, confidenceAfter, arrow: arrow, unratedBecause: whyNotRatedAtTheEnd)
  }

  /// Why explore's closing rating is missing from a session that has ended: said plainly and
  /// without blame ("you left before giving one"); nil when it was given, when there was no
  /// first rating to compare it with, or when the session goes on.
  public var whyNotRatedAtTheEnd: String? {
    guard mode == .explore, confidenceBefore != nil, confidenceAfter == nil, let endReason
    else { return nil }
    return Self.unratedReasons[endReason] ?? Self.unratedReasons[.finished]
  }

  /// Why a session ended without its closing rating, by how it ended.
  private static let unratedReasons: [SessionEvent.EndReason: String] = [
    .quit: "you left before giving one",
    .endOfInput: "the input ended before one was given",
    .finished: "you left it unrated",
  ]

  /// A line of theirs in tidy case, without the hedges it opened with
  /// (`FrameRemover.withoutLeadingHedges`) and without laughter ("lol", "haha": no word of what
  /// they hold): the first letter and a lone "i" upper case, every other character as typed.
  static func tidied(_ text: String) -> String {
    var tokens = Tokenizer.tokenize(FrameRemover.withoutLeadingHedges(text))
    tokens.removeAll { $0.isWord && PartnerCues.laughter.contains($0.lowercased) }
    while let last = tokens.last, last.kind == .punctuation, last.text == "," {
      tokens.removeLast()
    }
    for index in tokens.indices where tokens[index].isWord {
      if let i = Self.firstPersonI(tokens[index].text) { tokens[index].text = i }
    }
    return CaseStyle.capitalizingFirst(tokens.joinedText)
  }

  /// "i" and its contractions with the capital a sentence gives them: "i'm" → "I'm"; nil for
  /// any other word.
  private static func firstPersonI(_ word: String) -> String? {
    guard word.first == "i" else { return nil }
    let rest = word.dropFirst()
    guard rest.isEmpty || rest.first == "'" || rest.first == "\u{2019}" else { return nil }
    return "I" + rest
  }

  /// The words of a text, lowercased, without apostrophes.
  static func spokenWords(_ text: String) -> [String] {
    Tokenizer.tokenize(text).filter(\.isWord).map {
      $0.lowercased.filter { $0 != "'" && $0 != "\u{2019}" }
    }
  }
}
