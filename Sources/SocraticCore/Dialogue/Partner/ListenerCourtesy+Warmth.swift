/// Warmth in a line of the listener's (`/me`): affection, pride, missing someone, care, or an
/// offer to do something for them ("love you grandad", "proud of you", "I'll do the rotis").
/// Said to family or a friend, it is right as it is: never advice, an opinion, or a line to
/// rewrite as a question.
extension ListenerCourtesy {
  /// Whether a sentence is warm: it opens, after an interjection or a name before a comma,
  /// on a cue of `warmthCues`, and turns on no counterpoint ("love you, but …").
  static func isWarm(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord)
    guard !words.contains(where: { counterpoints.contains($0.lowercased) }) else { return false }
    if warmthCues.matchEnd(atStartOf: words) != nil { return true }
    if !words.isEmpty, warmSentences.matchEnd(atStartOf: words) == words.count { return true }
    // "go do your spreadsheet x": a kiss signs it off with affection.
    if words.count > 1, let last = words.last, kisses.contains(last.lowercased) { return true }
    // "grandad, love you": a name or an interjection said first.
    guard let comma = sentence.firstIndex(where: { $0.text == "," }) else { return false }
    let before = sentence[..<comma].filter(\.isWord)
    let after = sentence[(comma + 1)...].filter(\.isWord)
    return before.count <= openingWordLimit && warmthCues.matchEnd(atStartOf: after) != nil
  }

  /// The most words said before a comma that opens a warm sentence: "oh grandad, …".
  static let openingWordLimit = 2

  /// Warm sentences that are warm only whole: "i'd like to." is gladness to help, "i'd like to
  /// know why" is not.
  static let warmSentences = PartnerCueMatcher([
    "(and|honestly)* (i 'd|i would|id) (really)? (like|love) to (too|as well|honestly)?",
    "(honestly)* (it 's|its|it is|that 's|thats) (no|not a) (bother|trouble|problem)",
  ])

  /// Kisses that sign a line off: "x", "xx".
  private static let kisses: Set<String> = ["x", "xx", "xxx", "xo", "xoxo"]

  /// Words that turn a warm opening into a point argued: "love you, but you're wrong".
  private static let counterpoints: Set<String> = ["but", "though", "although", "however", "yet"]

  /// Warm openings of a sentence, as whole phrases: affection, pride, missing them, care,
  /// praise, gladness, and an offer of a hand (said or asked: "want me to bring …?").
  static let warmthCues = PartnerCueMatcher([
    "(aw|aww|oh|and|honestly|just|also|ps)* (i)? (really|still|just)? (love|luv|adore) (you|u|ya|yer)",
    "(aw|aww|oh|and|honestly|ps)* (lots of|all my|sending|much) love",
    "(aw|aww|oh|and|big)* (hug|hugs|xx|xxx)",
    "(aw|aww|oh|and|honestly)* (i|we)? ('m|am|'re|are)? (so|really|very|ever so|dead)? proud of (you|u|ya)",
    "(aw|aww|oh|and|honestly)* (i|we)? ('ve|have|'ll|will)? (already)? (miss|missed|missing) (you|u|ya)",
    "(aw|aww|oh|and|honestly)* (i)? (really)? (care about|appreciate|value) (you|u|ya)",
    "(aw|aww|oh|and|honestly)* (you|u) ('re|are|r) (the best|amazing|brilliant|a star|a legend|so kind|so good to me|a good man|a good woman)",
    "(aw|aww|oh|and|honestly)* (you|u) mean (a lot|the world|so much|everything) to (me|us)",
    "(aw|aww|oh|and|honestly)* (i|i 'm|i am|so|really)* (glad|happy) (you|u) ('re|are)? (here|ok|okay|safe|home|back|came|told me|rang|called)",
    "(well done|good on you|nice one)",
    "(aw|aww|oh|ha|honestly)* (any time|anytime|no worries|no problem|my pleasure|you 're welcome)",
    "(yeah|yes|aye|sure|course|of course)* (i 'll|i will|let me|i can|i could|happy to|i 'm happy to|i 'd love to|leave it to me to)"
      + " (do|make|cook|bake|bring|pick|fetch|grab|sort|help|drive|handle|ring|call|visit|pop|wash|carry|cover|look after|come round|come over|come with)",
    "(do you)? (want|need) me to (do|make|cook|bake|bring|pick|fetch|grab|sort|help|drive|handle|ring|call|visit|pop|wash|carry|cover|look after|come)",
    "(shall|should|can) i (do|make|cook|bake|bring|pick|fetch|grab|sort|help|drive|handle|ring|call|visit|pop|wash|carry|cover|look after|come)",
  ])
}
