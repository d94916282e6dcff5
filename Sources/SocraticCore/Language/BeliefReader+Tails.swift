/// What follows a belief in its sentence without being part of what it claims: an emphatic tag
/// ("…, period"), a pointer to evidence ("…, look at Fukushima"), a reason without a verb
/// ("…, no point buying a new one"), what follows a laugh, a tag that asks for agreement
/// ("… innit") or the threat after a "must" ("…or you'll regret it").
extension BeliefReader {
  /// Where a laugh or an eye-roll ends what the belief claims, with more said after it that
  /// chats about it: "uni isn't worth it lol 9k a year for that" claims "uni isn't worth it".
  /// Nil unless a clause with a finite verb stands before it and words follow it.
  static func chatBreak(in tokens: [Token]) -> Int? {
    guard
      let mark = tokens.indices.dropFirst(2).first(where: {
        chatBreaks.contains(tokens[$0].lowercased)
      }),
      tokens[(mark + 1)...].contains(where: \.isWord),
      ClauseParser.finiteVerbIndex(in: Array(tokens[..<mark])) != nil
    else { return nil }
    return mark
  }

  /// Laughs and eye-rolls that close what is claimed when chat follows them.
  private static let chatBreaks: Set<String> = [
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "smh", "\u{1F644}", "\u{1F602}",
    "\u{1F923}",
  ]

  /// The sentence without a hedge that closes it, comma or not: "the weekends are the worst if
  /// im honest" claims "the weekends are the worst"; "if you're honest" pasted into the claim
  /// would put the hedge on the listener.
  static func withoutClosingHedge(_ sentence: [Token]) -> [Token] {
    var end = sentence.count
    while end > 0, sentence[end - 1].kind == .punctuation { end -= 1 }
    let words = sentence[..<end].map { String($0.lowercased.map { $0 == "\u{2019}" ? "'" : $0 }) }
    guard
      let hedge = closingHedges.first(where: {
        $0.count < words.count && words.suffix($0.count).elementsEqual($0)
      })
    else { return sentence }
    var cut = end - hedge.count
    while cut > 0, [",", "-", "\u{2013}", "\u{2014}"].contains(sentence[cut - 1].text) { cut -= 1 }
    guard ClauseParser.finiteVerbIndex(in: Array(sentence[..<cut])) != nil else { return sentence }
    return Array(sentence[..<cut]) + sentence[end...]
  }

  /// The sentence without the tags that close it and only ask for agreement ("…innit", "…,
  /// right", "…, isn't it"; `TypedForms.tailTagStart`): a tag inverted with the belief would
  /// read "… does not have to be funny innit".
  static func withoutClosingTags(_ sentence: [Token]) -> [Token] {
    var tokens = sentence
    while let start = TypedForms.tailTagStart(in: tokens) {
      tokens.removeSubrange(start..<TypedForms.closingStart(of: tokens))
    }
    return tokens
  }

  /// Where the consequence of not doing what a belief says must be done starts: "a speech has
  /// to be funny or it's a flop", "you need to book early or else you'll miss out". The
  /// belief is what must be; what follows "or" is why, said as a threat, and inverting it with
  /// the rest would read "does not have to be funny or it's a flop". Nil unless the words before
  /// "or" say what must be (`obligations`) with a verb of their own and a clause with its own
  /// subject follows.
  static func consequenceStart(in tokens: [Token]) -> Int? {
    let words = tokens.map(\.lowercased)
    guard
      let or = words.indices.dropFirst(3).first(where: { index in
        words[index] == "or" && isOwnClause(Array(tokens[(index + 1)...]))
      })
    else { return nil }
    let before = Array(tokens[..<or])
    let beforeWords = before.map(\.lowercased)
    let obliges = beforeWords.indices.contains { index in
      FunctionWords.obligationModals.contains(beforeWords[index])
        || obligations.contains(where: { phrase in
          beforeWords[index...].starts(with: phrase)
        })
    }
    guard obliges, ClauseParser.finiteVerbIndex(in: before) != nil else { return nil }
    return tokens[or - 1].text == "," ? or - 1 : or
  }

  /// Where a supposition after a comma carries its own outcome ("…, if i stopped they'd be
  /// rolling about all week"): a second sentence, what would happen, said as the reason for the
  /// first. A bare condition ("…, if it saves lives") stays with the claim.
  static func suppositionStart(in tokens: [Token]) -> Int? {
    guard
      let comma = tokens.indices.dropFirst(2).first(where: { index in
        tokens[index].text == "," && index + 1 < tokens.count
          && FunctionWords.suppositionOpeners.contains(tokens[index + 1].lowercased)
      }),
      ClauseParser.finiteVerbIndex(in: Array(tokens[..<comma])) != nil
    else { return nil }
    // The outcome's modal follows the condition's own verb: "if i stopped | they'd be …";
    // in "…, if it would save lives" the modal is the condition's, and it stays.
    let supposed = Shorthand.expanded(Array(tokens[(comma + 2)...]))
    guard let verb = ClauseParser.finiteVerbIndex(in: supposed) else { return nil }
    let outcome = supposed[(verb + 1)...].map(\.lowercased)
    return outcome.contains(where: outcomeModals.contains) ? comma : nil
  }

  /// The modals that say what would follow a supposition: "they'd be", "it'll be".
  private static let outcomeModals: Set<String> = ["would", "'d", "will", "'ll"]

  /// Whether the words after "or" are a clause with its own subject: "it's a flop", "else
  /// people switch off"; never a second thing to do ("or drink more").
  private static func isOwnClause(_ tokens: [Token]) -> Bool {
    var rest = tokens[...]
    if rest.first?.lowercased == "else" { rest = rest.dropFirst() }
    guard let clause = ClauseParser.parse(Array(rest)) else { return false }
    return !clause.isCommand && clause.lead.isEmpty
  }

  /// Words that say something must be done, besides the modals of obligation: "has to",
  /// "need to", "got to".
  private static let obligations: [[String]] = [
    ["have", "to"], ["has", "to"], ["had", "to"], ["got", "to"], ["gotta"], ["need", "to"],
    ["needs", "to"], ["need"], ["needs"],
  ]

  /// Hedges that close a belief and only say how it is said, as tokenized.
  private static let closingHedges: [[String]] = [
    ["if", "i", "'m", "honest"], ["if", "i", "am", "honest"], ["if", "im", "honest"],
    ["if", "i", "'m", "being", "honest"], ["if", "i", "am", "being", "honest"],
    ["if", "im", "being", "honest"], ["to", "be", "honest"], ["tbh"], ["ngl"],
    ["if", "i", "'m", "being", "real"], ["if", "im", "being", "real"],
  ]

  /// Where a tail after the belief's last comma (or dash) starts that is no part of what it
  /// claims, and whether it is context: an emphatic tail only insists ("…, ever", "…,
  /// period"); evidence pointed at ("…, look at Fukushima", "…, just see the data") and a
  /// reason without a verb ("…, no need to redecorate") are context. Nil when the belief has neither.
  static func trailingTag(in tokens: [Token]) -> (mark: Int, isEvidence: Bool)? {
    guard let mark = tokens.lastIndex(where: { tailMarks.contains($0.text) }), mark >= 2,
      mark + 1 < tokens.count
    else { return nil }
    let tail = tokens[(mark + 1)...].map(\.lowercased)
    if emphaticTails.contains(tail.joined(separator: " ")) { return (mark, false) }
    // "…, no point buying a new one": a reason said without a verb of its own is context.
    if tail.count > 2, reasonTailOpenings.contains(tail.prefix(2).joined(separator: " ")),
      ClauseParser.finiteVerbIndex(in: Array(tokens[(mark + 1)...])) == nil
    {
      return (mark, true)
    }
    let pointer = tail.drop(while: evidenceSofteners.contains)
    guard let verb = pointer.first, evidencePointers.contains(verb), pointer.count >= 2 else {
      return nil
    }
    return (mark, true)
  }

  /// The marks a tail follows.
  private static let tailMarks: Set<String> = [",", ";", "-", "\u{2013}", "\u{2014}"]

  /// Tails that only insist on the belief: nothing to invert.
  private static let emphaticTails: Set<String> = [
    "ever", "never ever", "not ever", "period", "full stop", "end of story", "no matter what",
    "at all", "no exceptions", "whatever happens", "simple as that", "plain and simple",
    "for sure", "100 %", "100%", "no question", "no doubt", "no doubt about it",
  ]

  /// How a reason said without a verb opens: "no point buying a new one", "no need to".
  private static let reasonTailOpenings: Set<String> = [
    "no point", "no need", "no sense", "no use", "not worth", "no reason",
  ]

  /// Words that soften a pointer to evidence: "just look at", "go and see".
  private static let evidenceSofteners: Set<String> = [
    "just", "simply", "only", "go", "and", "i", "mean", "seriously", "like", "you",
  ]

  /// Verbs that point at evidence rather than claim anything: "look at X", "see X".
  private static let evidencePointers: Set<String> = [
    "look", "see", "ask", "remember", "check", "google", "read", "watch",
  ]
}
