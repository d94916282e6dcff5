/// Rewrites of a question that judges how the person does something, asked about the act with
/// the judgement left out, by where the judgement stands in the clause about "you" or "we":
/// - an act done to excess ("overdoing it at the gym", "spending way too much on games",
///   "drinking too much coffee") asks how they decide the amount: "How do you decide how much
///   to spend on games?", "How do you decide how much coffee to drink?";
/// - an act likened to something ("drive like a maniac", "cook like you're feeding an army")
///   asks about the act alone: "How would you describe the way you drive?";
/// - a habit whose object is judged by a clause after it ("texting your ex who treated you
///   badly", "buying plants you always kill") asks what the act gives them, without the
///   clause: "What do you get from texting your ex?".
enum PersonalActRewrites {
  /// The rewrite's words without "?", or nil when no clause about the person has one of these
  /// judgements.
  static func body(for reading: QuestionReading) -> [Token]? {
    guard let act = PersonalAct(in: Array(reading.tokens[reading.core])) else { return nil }
    return excess(act) ?? likened(act) ?? judgedObject(act, reading: reading)
  }

  /// "How do you decide how much (N) to V …?" for an act whose verb or amount says "too much".
  private static func excess(_ act: PersonalAct) -> [Token]? {
    let words = act.rest.map(\.lowercased)
    if let plain = PersonalAct.excessVerb(act.base) {
      // "overdoing it at the gym": "it" stands for the act itself.
      let rest = words.first == "it" ? Array(act.rest.dropFirst()) : act.rest
      // "overthinking the speech": the plain verb may take no object ("think the speech").
      if let first = rest.first?.lowercased, !FunctionWords.prepositions.contains(first) {
        return nil
      }
      return decide("much", act.subject) + [Token("to"), Token(plain)] + rest
    }
    guard let too = words.firstIndex(of: "too"), too + 1 < words.count,
      ["much", "many"].contains(words[too + 1])
    else { return nil }
    let before = act.rest[..<too].filter { !intensifiers.contains($0.lowercased) }
    let after = Array(act.rest[(too + 2)...])
    let noun = after.prefix {
      !FunctionWords.isFunctionWord($0.lowercased) && !FunctionWords.isVerbAdverb($0.lowercased)
    }
    guard before.isEmpty || noun.isEmpty else { return nil }
    return decide(words[too + 1], act.subject) + noun + [Token("to"), Token(act.base)]
      + before + after.dropFirst(noun.count)
  }

  /// "How would you describe the way you V …?" for an act likened to something after it.
  private static func likened(_ act: PersonalAct) -> [Token]? {
    // "use Wise or something like that": a vague tag likens nothing.
    guard let like = act.rest.firstIndex(where: { $0.lowercased == "like" }),
      like + 1 < act.rest.count, act.rest[..<like].count <= 4,
      like == 0 || !vagueThings.contains(act.rest[like - 1].lowercased),
      !act.rest[..<like].contains(where: { FunctionWords.auxiliary($0.lowercased) != nil })
    else { return nil }
    return QuestionRewriter.phrase("How would you describe the way") + [
      Token(act.subject), Token(act.base),
    ] + act.rest[..<like]
  }

  /// "What do you get from V-ing O?" for a why-question about a habit of the person's whose
  /// object a clause after it judges: "people you'd never date", "your ex who lied to you".
  private static func judgedObject(_ act: PersonalAct, reading: QuestionReading) -> [Token]? {
    guard act.subject == "you", case .questionWord(let index) = reading.opener,
      reading.words[index] == "why",
      let clause = PersonalAct.relativeClauseStart(in: act.rest), clause > 0,
      let gerund = QuestionRewriter.gerund(of: act.base)
    else { return nil }
    return QuestionRewriter.phrase("What do you get from") + [Token(gerund)]
      + act.rest[..<clause]
  }

  private static func decide(_ amount: String, _ subject: String) -> [Token] {
    QuestionRewriter.phrase(subject == "we" ? "How do we decide how" : "How do you decide how")
      + [Token(amount)]
  }

  /// Words before "like" in a vague tag: "or something like that".
  private static let vagueThings: Set<String> = ["something", "anything", "summat", "stuff"]

  /// Words that push "too much" further: "way too much", "far too many".
  private static let intensifiers: Set<String> = ["way", "far", "much", "a", "bit", "little"]
}

/// What the person (or "we") is said to do, in the last clause about them: "Don't you think
/// you're overdoing it at the gym?" → you, "overdo", "it at the gym".
struct PersonalAct {
  /// "you" or "we".
  let subject: String
  /// The verb's base form: "overdo", "drive".
  let base: String
  /// The words after the verb, up to the clause's end.
  let rest: [Token]

  init?(in tokens: [Token]) {
    let words = tokens.map(\.lowercased)
    // "Don't you think | you're overdoing it": the act is the first that is no opinion.
    for subject in words.indices where ["you", "we"].contains(words[subject]) {
      var index = subject + 1
      while index < words.count, Self.isVerbGroupWord(words, at: index) { index += 1 }
      guard index < words.count, let base = QuestionRewriter.baseForm(words[index]),
        Lexicon.isVerb(base), words[index] == base || words[index].hasSuffix("ing")
      else { continue }
      if CritiqueWordClasses.of(base).contains(.opinionVerb) { continue }
      self.subject = words[subject]
      self.base = base
      rest = Array(tokens[(index + 1)...].prefix { $0.isWord })
      return
    }
    return nil
  }

  /// Whether a word is part of the verb group before the act: an auxiliary, "not", an adverb,
  /// "keep" before an -ing form, "going to" before a base form.
  private static func isVerbGroupWord(_ words: [String], at index: Int) -> Bool {
    let word = words[index]
    let next = index + 1 < words.count ? words[index + 1] : ""
    if FunctionWords.auxiliary(word) != nil || word == "not" || FunctionWords.isVerbAdverb(word) {
      return true
    }
    if ["keep", "keeps"].contains(word), next.hasSuffix("ing") { return true }
    return (word == "going" && next == "to")
      || (word == "to" && index > 0 && words[index - 1] == "going")
  }

  /// The plain verb of an "over-" verb that means doing it too much: "overdo" → "do",
  /// "overspend" → "spend"; nil for any other verb, and for one whose "over" means something
  /// else ("overcome", "overlook").
  static func excessVerb(_ base: String) -> String? {
    guard base.hasPrefix("over"), base.count > 6 || base == "overdo", !notExcess.contains(base)
    else { return nil }
    let plain = String(base.dropFirst(4))
    return QuestionRewriter.baseForm(plain) == plain ? plain : nil
  }

  /// Verbs made with "over" that do not mean too much.
  private static let notExcess: Set<String> = [
    "overcome", "oversee", "overlook", "overhear", "overtake", "overturn", "overrule",
    "overthrow", "overhaul", "overrun", "overlap", "overwrite", "overflow", "overhang",
    "overpower", "override", "overwhelm", "overtax",
  ]

  /// Where a clause that says something about the object starts: at "who", "that" or "which"
  /// after a noun,
  /// or at a pronoun with a verb of its own ("people | you'd never date", "plants | you always
  /// kill"); nil when there is none.
  static func relativeClauseStart(in rest: [Token]) -> Int? {
    let words = rest.map(\.lowercased)
    for index in words.indices.dropFirst() {
      let previous = words[index - 1]
      guard !FunctionWords.isFunctionWord(previous) else { continue }
      if ["who", "which", "whom", "that"].contains(words[index]) { return index }
      guard ["you", "i", "we", "they", "he", "she"].contains(words[index]), index + 1 < words.count
      else { continue }
      let next = words[index + 1]
      if FunctionWords.auxiliary(next) != nil || FunctionWords.isVerbAdverb(next)
        || QuestionRewriter.baseForm(next) != nil
      {
        return index
      }
    }
    return nil
  }
}
