/// What would change a person's mind: its condition, said with "if" or without ("unless …",
/// "show me …", "it'd take …"), and what would follow.
extension ReflectionWriter {
  /// The words that open such a condition, and how it is given back; `{}` stands for the
  /// condition in their words, turned to the second person.
  static let changeFrames: [(lead: [String], frame: String)] = [
    (["unless"], "So if {}, you'd see it differently."),
    (["show", "me"], "So seeing {} would make you think again."),
    (["give", "me"], "So if you had {}, you'd think again."),
    (["find", "me"], "So if someone found {}, you'd think again."),
    (["it", "'d", "take"], "So it would take {} to change your mind."),
    (["it", "would", "take"], "So it would take {} to change your mind."),
    (["it", "'ll", "take"], "So it would take {} to change your mind."),
  ]

  /// Words after which a condition has ended: "show me one that worked and sure".
  static let conditionEnds: Set<String> = [",", ";", "then", "and", "but", "."]

  /// What would change their mind, given back from a condition said without "if"; nil when
  /// the words open no such condition or would not read well given back.
  static func unconditionalChange(_ text: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    let words = tokens.map(\.lowercased)
    for (lead, frame) in changeFrames {
      guard
        let start = words.indices.first(where: { words[$0...].starts(with: lead) })
      else { continue }
      let from = start + lead.count
      let end = words[from...].firstIndex(where: conditionEnds.contains) ?? words.count
      guard end > from, let condition = secondPerson(tokens[from..<end].joinedText, dropping: [])
      else { continue }
      return frame.replacing("{}", with: condition)
    }
    return nil
  }

  /// What would change their mind, said as its condition and what would follow: "So if both
  /// sides signed a ceasefire, you'd rethink it."
  static func wouldChangeMind(_ text: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    guard let start = tokens.firstIndex(where: { $0.lowercased == "if" }) else {
      return unconditionalChange(text)
    }
    var end = tokens.count
    for index in (start + 1)..<tokens.count {
      let word = tokens[index].lowercased
      let next = index + 1 < tokens.count ? tokens[index + 1].lowercased : ""
      // "id be fine": typed without its apostrophe, "id" is "I'd".
      // "if they did X then fair enough": the condition ends where its "then" opens the outcome.
      if word == "," || word == "then" || (word == "id" && Lexicon.isVerb(next))
        || (["i", "that", "it"].contains(word)
          && ["'d", "would", "should", "'ll"].contains(next))
      {
        end = index
        break
      }
    }
    // "… before I guess I would change my mind": the hedge belongs to the outcome, and stays a
    // hedge ("maybe you would …"), never "you guess" inside the condition.
    var isHedged = false
    if end < tokens.count, end - start > 3, tokens[end - 2].lowercased == "i",
      outcomeHedges.contains(tokens[end - 1].lowercased)
    {
      end -= 2
      isHedged = true
    }
    let condition = Array(tokens[(start + 1)..<end])
    // "… then fair enough id say keep it": the "then" only opens the outcome.
    let outcomeTokens = tokens[(isHedged ? end + 2 : end)...].drop { $0.lowercased == "then" }
    let result = (Array(tokens[..<start]) + Array(outcomeTokens)).filter { $0.text != "," }
    guard
      let condition = secondPerson(
        condition.joinedText, dropping: [], opensReflection: false)
    else { return nil }
    let outcome =
      result.isEmpty
      ? nil
      : given(
        result.map { $0.lowercased == "id" ? $0.replacingText(with: "I'd") : $0 }.joinedText)
    // "then fair enough maybe my lad is right": a hedge in the outcome is theirs, and stays.
    let outcomeHedged = outcomeTokens.contains { softeners.contains($0.lowercased) }
    let hedge = (isHedged || outcomeHedged) && outcome != nil ? "maybe " : ""
    return "So if \(condition), \(hedge)\(outcome ?? "that would change your mind")."
  }

  /// Words that soften an outcome they grant: "then maybe he's right".
  private static let softeners: Set<String> = ["maybe", "perhaps", "probably", "possibly"]

  /// Words after "I" that hedge what follows: "I guess I would change my mind".
  private static let outcomeHedges: Set<String> = ["guess", "think", "suppose", "reckon"]

  /// What would change their mind, as a clause of a summary: "you'd rethink it if …".
  static func givenChange(_ text: String) -> String? {
    wouldChangeMind(text).map { String($0.dropFirst(3).dropLast()) }
  }
}

/// A view of theirs found or narrowed ("maybe that's the real line for me, it's the feeds not
/// the games"): given back as theirs, never as a doubt or a grant.
extension ReflectionWriter {
  /// The finding given back: what they name, with what follows it when that reads whole, and
  /// their "maybe" kept as "may be"; nil when the line names no view of theirs so.
  static func finding(in line: String) -> Reflection? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(findingReadLimit))))
    guard
      let (start, end) = tokens.indices.lazy.compactMap({ start in
        findingPattern.matchEnds(in: tokens, from: start).first.map { (start, $0) }
      }).first,
      let opening = tokens[start..<end].firstIndex(where: { ["the", "my"].contains($0.lowercased) }
      ),
      let closing = tokens[opening..<end].firstIndex(where: { findingEnds.contains($0.lowercased) })
    else { return nil }
    var named = tokens[opening..<closing].map(\.lowercased)
    if named.first == "my" { named[0] = "your" }
    let isHedged = tokens[..<closing].contains { findingHedges.contains($0.lowercased) }
    let verb = isHedged ? "may be" : "'s"
    let lead = "So that\(isHedged ? " " : "")\(verb) \(named.joined(separator: " ")) for you"
    let after = tokens[end...].prefix { !sentenceEnds.contains($0.text) }
      .drop { !$0.isWord || ReflectionWriter.hedges.contains($0.lowercased) }
    if let rest = given(Array(after).joinedText), ReflectionCheck.isWholeClause(rest) {
      return Reflection(text: "\(lead): \(rest).", depth: .complex)
    }
    return Reflection(text: "\(lead).", depth: .simple)
  }

  private static let findingPattern = PhrasePattern(AnswerCues.ownFindingPointedAt)
  /// Words that close what a finding names: "the real line for me".
  private static let findingEnds: Set<String> = ["for", "to", "i"]
  /// Words that make a finding tentative, kept as "may be".
  private static let findingHedges: Set<String> = ["maybe", "perhaps", "might", "may", "could"]
  /// Marks that end the sentence a finding is said in.
  private static let sentenceEnds: Set<String> = [".", "?", "!", ";"]
  /// How many characters of an answer are read for a finding.
  private static let findingReadLimit = 300
}
