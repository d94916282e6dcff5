/// Questions that settle how much something should matter before the person answers:
/// - a lead that makes light of it ("It's only a scratch, why …?", "It was just one night,
///   what …?"): it says the answer is "not much" and asks them to defend minding;
/// - a reason belittled inside the question ("… just because she's older?", "… only because
///   it rained?"): it calls their reason too small to count;
/// - a reproach of their reaction ("making such a fuss", "getting so worked up", "kicking off"):
///   it charges them with overreacting instead of asking what it means to them;
/// - a verdict of scorn on someone beside the question ("…, the ref must be blind?", "…, is
///   the linesman asleep?"): the question makes a point, not an inquiry.
enum MakingLightRules {
  /// The words of a lead before the question proper that makes light of the matter, or nil.
  static func minimisingLead(in reading: QuestionReading) -> Range<Int>? {
    guard !reading.lead.isEmpty else { return nil }
    let words = TokenPatternWords(reading.words, end: reading.lead.upperBound)
    return minimisers.lazy.compactMap { pattern in
      pattern.matchEnds(in: words, from: reading.lead.lowerBound).max().map {
        reading.lead.lowerBound..<$0
      }
    }.first
  }

  /// Where a belittled reason or a reproach of the person's reaction stands, or nil.
  static func belittling(in reading: QuestionReading) -> Range<Int>? {
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    for start in reading.core {
      for index in belittlingIndex.candidatesInOrder(startingWith: reading.words[start]) {
        if let end = belittlingIndex.patterns[index].matchEnds(in: words, from: start).max() {
          return start..<end
        }
      }
    }
    return nil
  }

  /// Where a verdict of scorn set off after the question stands, from its comma to the end, or
  /// nil: "…, the ref must be blind", "…, is the linesman asleep".
  static func scornfulVerdict(in reading: QuestionReading) -> Range<Int>? {
    let end = reading.tag?.upperBound ?? reading.core.upperBound
    let words = TokenPatternWords(reading.words, end: end)
    for comma in questionStart(of: reading)..<end where reading.words[comma] == "," {
      if ((comma + 1)..<end).contains(where: { verdict.matches(words, at: $0) }) {
        return comma..<end
      }
    }
    return nil
  }

  /// The problems of making light in a question: each kind once, in the order they are said.
  static func problems(in reading: QuestionReading) -> [QuestionProblem] {
    var problems: [QuestionProblem] = []
    if let lead = minimisingLead(in: reading) {
      problems.append(.makingLight(said(reading, lead)))
    }
    if let belittled = belittling(in: reading) {
      problems.append(.makingLight(said(reading, belittled)))
    }
    if let verdict = scornfulVerdict(in: reading) {
      problems.append(.scornfulVerdict(said(reading, verdict)))
    }
    return problems
  }

  /// The question without its minimising lead, its verdict of scorn or the reason it
  /// belittles, as tokens with no "?": "How is that a foul, the ref must be blind?" → "How is
  /// that a foul"; "Is it fair she pays just because she's older?" → "Is it fair she pays"; nil
  /// when it has none of them.
  static func withoutLightMaking(_ reading: QuestionReading) -> [Token]? {
    let verdict = scornfulVerdict(in: reading)
    let reason = belittling(in: reading).flatMap {
      reading.words[$0.lowerBound + 1] == "because" ? $0.lowerBound : nil
    }
    guard verdict != nil || reason != nil || minimisingLead(in: reading) != nil else {
      return nil
    }
    let start = verdict == nil ? reading.core.lowerBound : questionStart(of: reading)
    let end = [verdict?.lowerBound, reason].compactMap { $0 }.min() ?? reading.core.upperBound
    let kept = Array(reading.tokens[start..<max(start, end)])
    return kept.contains(where: \.isWord) ? kept : nil
  }

  /// Adverbs that belittle a reason: "just because".
  static let belittlingAdverbs: Set<String> = ["just", "only", "simply", "merely", "all"]

  /// Where the question starts, its lead included: a verdict may follow a lead that is itself
  /// the question ("How was that a goal, is the referee asleep?").
  private static func questionStart(of reading: QuestionReading) -> Int {
    reading.lead.isEmpty ? reading.core.lowerBound : reading.lead.lowerBound
  }

  /// The words of a range as written, without the commas at its edges.
  private static func said(_ reading: QuestionReading, _ range: Range<Int>) -> String {
    var tokens = reading.tokens[range]
    while tokens.first?.text == "," { tokens.removeFirst() }
    while tokens.last?.text == "," { tokens.removeLast() }
    return tokens.joinedText
  }

  /// Leads that say the matter is small: "it's only a …", "it was just one …", "only a …".
  private static let minimisers = [
    "(it|that|this|he|she|they) (is|'s|was|are|'re|were) (only|just|merely) _{1,6} ,",
    "(only|just|merely) (a|an|one|two|a few|a bit of|a little|some) _{0,4} ,",
  ].map(TokenPattern.init)

  /// The belittlings filed under the words they can start with, built once.
  private static let belittlingIndex = IndexedPatterns(belittlings)

  /// A reason called too small, and a reaction called too big.
  private static let belittlings = [
    "(" + belittlingAdverbs.sorted().joined(separator: "|") + ") because",
    "(make|makes|making|made) (such|so much of|a big|a huge|this much of)? (a)? "
      + "(fuss|drama|scene|song and dance|big deal|mountain)",
    "(kick|kicks|kicking|kicked) off",
    "(get|gets|getting|got) (so|this|that)? (worked up|wound up|het up|bent out of shape)",
    "(throw|throws|throwing|threw) (a|such a)? (tantrum|strop|fit|wobbly|hissy fit)",
    "overreact", "overreacting", "overreacted",
  ].map(TokenPattern.init)

  /// A verdict on someone's senses or sanity: "must be blind", "is he asleep", "needs
  /// glasses", "having a laugh".
  private static let verdict = TokenPattern(
    "((must|should) (be|have been)|(is|are|was|were|'s|'re) (he|she|they|you|the _ ?|_)?)"
      + " (blind|asleep|joking|kidding|dreaming|deaf|drunk|mad|bent|clueless|having a laugh"
      + "|off (his|her|their|your) (head|rocker|trolley))"
      + "|(need|needs|needed) (new)? (glasses|specs|his eyes testing|her eyes testing"
      + "|their eyes testing|his eyes tested|her eyes tested|their eyes tested|specsavers)")
}
