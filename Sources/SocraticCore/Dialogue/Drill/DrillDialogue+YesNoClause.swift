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

  /// The last clause of a line, past a comma or a sentence's end, when it asks yes or no
  /// (`yesNoOpenings(in:)`: "is that every time", "did u actually check") and is no check tag
  /// ("is that right"); nil otherwise, or when nothing but chat comes before it.
  static func yesNoClause(of line: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(line))
    guard let start = yesNoOpenings(in: tokens).last,
      tokens[..<start].contains(where: { $0.isWord && !chat.contains($0.lowercased) }),
      !tokens.indices.dropFirst(start).contains(where: { index in
        !tokens[index].isWord && clauseBreaks.contains(tokens[index].text)
          && tokens[(index + 1)...].contains(where: \.isWord)
      })
    else { return nil }
    let words = tokens[start...].filter(\.isWord).map(\.lowercased)
    guard words.count >= 3, !words.dropFirst(2).allSatisfy(checkWords.contains) else {
      return nil
    }
    return spokenClause(tokens[start...].filter { $0.text != "?" })
  }

  /// The one reader of where a clause that asks yes or no opens, by token index: an auxiliary
  /// opening the line or a clause (after a stop or a comma, chat passed over: "fair enough. is
  /// that every bank tho", "minutes tho? is that every time") with a subject after it, or "do
  /// you" anywhere ("hang on, by safe do you mean …").
  static func yesNoOpenings(in tokens: [Token]) -> [Int] {
    let words = tokens.indices.filter { tokens[$0].isWord }
    return zip(words, words.dropFirst()).compactMap { index, nextIndex in
      let word = tokens[index].lowercased
      let next = tokens[nextIndex].lowercased
      guard !word.hasPrefix("'"), FunctionWords.auxiliary(word) != nil else { return nil }
      let before = tokens[..<index].last { !$0.isWord || !chat.contains($0.lowercased) }
      let opensClause = before.map { !$0.isWord } ?? true
      let hasSubject =
        FunctionWords.subjectPronouns[next] != nil || FunctionWords.determiners.contains(next)
      return opensClause && hasSubject || doSupport.contains(word) && next == "you" ? index : nil
    }
  }

  /// A clause as the persona hears it asked: its first word with a capital, no space before it.
  static func spokenClause(_ tokens: some Collection<Token>) -> String? {
    var clause = Array(tokens)
    guard let first = clause.first else { return nil }
    clause[0] = first.replacingText(with: PersonaVoice.capitalized(first.text))
    clause[0].hasSpaceBefore = false
    return clause.joinedText
  }

  /// The "do" that asks wherever it stands before "you": "by stay out do you mean …".
  private static let doSupport: Set<String> = ["do", "does", "did"]

  /// What parts clauses.
  private static let clauseBreaks: Set<String> = [",", ".", "?", "!", ";"]

  /// What a check on a reflection says after its auxiliary and subject: "is that right", "did
  /// i get that right", "does that sound fair".
  private static let checkWords: Set<String> = [
    "right", "fair", "true", "correct", "it", "so", "about", "sound", "get", "got", "that",
    "i", "me", "ok", "okay", "accurate",
  ]

  /// Words that say nothing of their own before a clause: "tho", "so", "but".
  private static let chat = ChatWords.lead
}
