/// A line the critic took for a reflection that ends by asking yes or no: "minutes tho? is
/// that every time", "fair. did you check the fees or just assume". Its last clause opens with
/// an auxiliary and a subject, so the line asks; the drill coaches that clause as the question
/// it is, and the persona answers it, never "Yes, exactly" as if it had been given back. A
/// check on what was given back ("so it's the cost, is that right") stays a reflection.
extension DrillDialogue {
  /// The critic's verdict on a reflection's closing yes-or-no clause, closed or leading, and
  /// that clause as the persona hears it; nil for any other line.
  func yesNoVerdict(of read: String, critique: QuestionCritique)
    -> (verdict: QuestionCritique, heard: String)?
  {
    guard critique.form == .reflection, let clause = Self.yesNoClause(of: read),
      var verdict = try? setting.critic.critique(clause + "?"),
      [.closed, .leading].contains(verdict.form)
    else { return nil }
    verdict.question = critique.question
    return (verdict, clause + "?")
  }

  /// The last clause of a line, past a comma or a sentence's end, when it opens (after chat)
  /// with an auxiliary and then a subject ("is that every time", "did u actually check") and is
  /// no check tag ("is that right"); nil otherwise, or when it is the whole line.
  static func yesNoClause(of line: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(line))
    let breaks = tokens.indices.filter {
      !tokens[$0].isWord && clauseBreaks.contains(tokens[$0].text)
    }
    guard let lastBreak = breaks.last(where: { tokens[($0 + 1)...].contains(where: \.isWord) })
    else { return nil }
    let clause = Array(tokens[(lastBreak + 1)...]).filter { $0.text != "?" }
    let words = clause.filter(\.isWord).map(\.lowercased).drop(while: chat.contains)
    guard words.count >= 3, let first = words.first,
      FunctionWords.auxiliary(first) != nil,
      let subject = words.dropFirst().first, subjects.contains(subject),
      !words.dropFirst(2).allSatisfy(checkWords.contains)
    else { return nil }
    var asked = Array(clause.drop { !$0.isWord || chat.contains($0.lowercased) })
    guard !asked.isEmpty else { return nil }
    asked[0] = asked[0].replacingText(with: PersonaVoice.capitalized(asked[0].text))
    asked[0].hasSpaceBefore = false
    return asked.joinedText
  }

  /// What parts clauses.
  private static let clauseBreaks: Set<String> = [",", ".", "?", "!", ";"]

  /// Who a yes-or-no question asks about: "is that …", "did you …".
  private static let subjects: Set<String> = [
    "you", "that", "this", "it", "they", "there", "those", "these", "he", "she", "we",
  ]

  /// What a check on a reflection says after its auxiliary and subject: "is that right", "did
  /// i get that right", "does that sound fair".
  private static let checkWords: Set<String> = [
    "right", "fair", "true", "correct", "it", "so", "about", "sound", "get", "got", "that",
    "i", "me", "ok", "okay", "accurate",
  ]

  /// Words that say nothing of their own before a clause: "tho", "so", "but".
  private static let chat = ChatWords.lead
}
