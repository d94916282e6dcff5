/// The words of talk at either end of a clause, and clauses that speak of this talk or ask:
/// none of them a view to give back.
extension ReflectionCheck {
  /// The clause without the words of talk at either end (`TypedForms.openingMarkers`,
  /// `TypedForms.closingMarkers`): "anyway they should stop" → "they should stop", "they're
  /// overhyped mind" → "they're overhyped". A closing word after a determiner, a possessive, a
  /// pronoun or a verb's auxiliary is part of the clause ("change my mind", "the ones I like",
  /// "I don't mind") and stays.
  static func withoutDiscourseMarkers(_ tokens: [Token]) -> [Token] {
    var tokens = tokens
    var changed = true
    while changed {
      changed = false
      let words = tokens.map(\.lowercased)
      if let marker = TypedForms.openingMarkers.first(where: {
        words.count > $0.count && Array(words.prefix($0.count)) == $0
      }) {
        tokens.removeFirst(marker.count)
        while let first = tokens.first, first.kind == .punctuation, !isQuoteMark(first) {
          tokens.removeFirst()
        }
        changed = true
      }
      while let last = tokens.last, last.kind == .punctuation, !isQuoteMark(last) {
        tokens.removeLast()
      }
      if tokens.count > 2, let last = tokens.last,
        TypedForms.closingMarkers.contains(last.lowercased),
        closesOnMarker(after: tokens[tokens.count - 2]),
        last.lowercased != "like" || takesNoLike(Array(tokens.dropLast()))
      {
        tokens.removeLast()
        changed = true
      }
    }
    return tokens
  }

  /// Whether a closing word of talk after this word is only talk: after a word of the clause's
  /// content, not after a function word, a negation or an auxiliary that would take it.
  private static func closesOnMarker(after token: Token) -> Bool {
    let word = token.lowercased
    if token.text == "," { return true }
    return token.isWord && !FunctionWords.determiners.contains(word)
      && !FunctionWords.possessives.contains(word) && !isPersonalSubject(word)
      && !FunctionWords.objectPronouns.contains(word) && FunctionWords.auxiliary(word) == nil
      && !markerTakers.contains(word)
  }

  /// Whether a closing "like" is only talk: no "what" or "how" before it is its object
  /// ("what the rota looks like") and no verb of seeming takes it ("it sounds like").
  private static func takesNoLike(_ before: [Token]) -> Bool {
    let words = before.filter(\.isWord).map(\.lowercased)
    guard let last = words.last, !words.contains(where: { ["what", "how"].contains($0) })
    else { return false }
    let bases = Set([last] + Lexicon.verbReadings(of: last).map(\.base))
    return bases.isDisjoint(with: seemingVerbs)
  }

  /// Verbs of seeming, which take "like": "it looks like", "I feel like".
  private static let seemingVerbs: Set<String> = [
    "look", "sound", "feel", "seem", "taste", "smell",
  ]

  /// Words after which a closing word of talk is part of the clause: "never mind", "in
  /// mind", "to like".
  private static let markerTakers: Set<String> = [
    "never", "not", "n't", "in", "to", "of", "would", "'d", "it",
  ]

  /// Whether the clause is the speaker speaking of this talk, with a verb of saying whose
  /// subject is "I" ("I already said it doesn't work", "I'm not saying it was better", "I
  /// never said I trust them", "I told you"): a complaint or a correction about the talk, never
  /// their view to give back. "I told my boss I'd quit" and "I said to my sister …" tell
  /// someone else, and are what happened; "I'd say …" hedges a view.
  static func speaksOfTheTalk(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard words.first == "i" else { return false }
    // "I kinda already said", "I'm not saying", "I never said": past the adverbs, the
    // negation and the auxiliary to the verb. "I'd say …" hedges a view of theirs.
    guard
      let at = words.indices.dropFirst().first(where: { index in
        let word = words[index]
        return
          !(FunctionWords.isVerbAdverb(word) || ReflectionWriter.hedges.contains(word)
          || ReflectionWriter.stanceAdverbs.contains(word) || talkAdverbs.contains(word)
          || FunctionWords.auxiliary(word) != nil && !hedgingModals.contains(word))
      }),
      let base = Lexicon.verbReadings(of: words[at]).first(where: {
        talkVerbs.contains($0.base)
      })?.base ?? (talkVerbs.contains(words[at]) ? words[at] : nil)
    else { return false }
    // "told my boss", "said to my sister": someone else is told.
    let after = words[(at + 1)...]
    guard let first = after.first else { return true }
    if first == "to", let told = after.dropFirst().first { return told == "you" }
    return ["tell", "ask"].contains(base) ? first == "you" : true
  }

  /// Adverbs that may stand between "I" and a verb of saying: "I kinda already said".
  static let talkAdverbs: Set<String> = [
    "kinda", "sorta", "already", "never", "just", "not", "n't", "even", "literally", "also",
  ]

  /// Modals before "say" that hedge a view rather than speak of the talk: "I'd say".
  static let hedgingModals: Set<String> = ["'d", "would", "might", "could", "will", "'ll"]

  /// Verbs of saying that, with "I" as their subject, speak of the talk itself.
  static let talkVerbs: Set<String> = ["say", "mention", "tell", "ask", "claim", "suggest"]

  /// Whether a clause asks, with or without its question mark: "what if I fell and nobody
  /// came", "why would anyone pay that", "do you even use it". A line that asks is never given
  /// back as a view of theirs.
  static func asks(_ tokens: [Token]) -> Bool {
    askingCues.matchEnd(atStartOf: tokens.filter(\.isWord)) != nil
  }

  /// Openings that ask, as `TokenPattern`s matched at a clause's first word: a "what if", a
  /// question word before an auxiliary, an auxiliary before "you".
  static let askingCues = PartnerCueMatcher([
    "what if", "how come",
    "(what|why|how|who|where|when|which) (do|does|did|would|could|should|can|will|'d|must|has|have)",
    "(why|how|where|who) (is|'s|are|was|were)",
    "(do|does|did|would|could|should|can|will|are|must|have|has) (you|u|we|i)",
  ])
}
