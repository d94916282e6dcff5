extension BeliefMap {
  /// An answer's items filed by what each does to the claim (`AnswerStances`): a reason that
  /// cuts against it is a point granted; one that tells someone else's side, or speaks of the
  /// talk, is no reason of theirs; their doubts and conditions lose only what is someone
  /// else's or about the talk; the views the answer tells are kept as views.
  static func filedByStance(_ answer: ReadAnswer, stances: AnswerStances) -> ReadAnswer {
    var answer = answer
    var reasons: [String] = []
    for item in answer.reasons {
      switch stances.stance(of: item) {
      case .supports, .unread: reasons.append(item)
      case .cutsAgainst: answer.doubts.append(item)
      case .othersView, .aboutConversation: break
      }
    }
    answer.reasons = reasons
    answer.examples.removeAll { item in
      let stance = stances.stance(of: item)
      return stance != .supports && stance != .unread
    }
    let isTheirs = { (item: String) -> Bool in
      switch stances.ownStance(of: item) {
      case .othersView, .aboutConversation: false
      default: true
      }
    }
    answer.doubts.removeAll { !isTheirs($0) }
    answer.doubts += points(in: stances, on: .cutsAgainst, besides: answer.doubts)
    answer.wouldChangeMind.removeAll { !isTheirs($0) }
    for view in stances.views where !isEmptyView(view) {
      let said = plainWords(view.said).joined(separator: " ")
      let known = answer.views.contains { known in
        let words = plainWords(known.said).joined(separator: " ")
        return words.contains(said) || said.contains(words)
      }
      if !known { answer.views.append(view) }
    }
    return answer
  }

  /// The whole clauses of an answer that make a point on one side of the claim though no
  /// move was read in them ("small businesses might not afford it", given for the other side;
  /// "the waste stays dangerous for thousands of years", said for it): a subject that is
  /// neither the speaker, the listener nor a word pointing back, and a finite verb. What the
  /// person says of themselves or of the talk is no such point.
  static func points(
    in stances: AnswerStances, on side: ClauseStance, besides items: [String]
  ) -> [String] {
    let known = items.map { plainWords($0).joined(separator: " ") }
    return stances.parts.compactMap { part in
      // "who would even ride it at 4am?": a question asked back makes no point granted.
      guard part.stance == side, part.words.count >= pointWordMinimum, !part.text.contains("?"),
        !part.words.prefix(1).contains(where: questionWords.contains),
        part.words.count <= AnswerStances.longestClause
      else { return nil }
      let said = part.words.joined(separator: " ")
      // "people would still go, wouldnt they": a point put as a question argues their side.
      guard !known.contains(where: { $0.contains(said) || said.contains($0) }),
        part.words.allSatisfy({ !speechPartyWords.contains($0) }), !endsOnTag(part.words),
        let clause = ClauseParser.parse(Shorthand.expanded(Tokenizer.tokenize(part.text)))
      else { return nil }
      let subject = clause.subject.filter(\.isWord).map(\.lowercased)
      // Someone else's ("my dad calls it gambling") is their view, not a point granted.
      // "they said the old ones were safe": what others say is their view.
      if case .lexical(let lemma, _) = clause.verb, AnswerStances.viewVerbs.contains(lemma) {
        return nil
      }
      guard let head = subject.last, !pointlessSubjects.contains(head),
        subject.count <= pointSubjectWordLimit, !AnswerStances.isSomeoneElse(subject),
        clause.rest.contains(where: \.isWord)
      else { return nil }
      return part.text
    }
  }

  /// Whether words end on a question tag, a negated auxiliary and a pronoun: "wouldnt they",
  /// "isnt it".
  private static func endsOnTag(_ words: [String]) -> Bool {
    guard words.count >= 2, let pronoun = words.last,
      ["they", "it", "he", "she", "we", "you", "i"].contains(pronoun)
    else { return false }
    return FunctionWords.auxiliary(words[words.count - 2])?.isNegated == true
  }

  /// The most words the subject of a point has: more is a phrase the parser misread.
  private static let pointSubjectWordLimit = 4

  /// Words for the two people talking, which a point made about the claim leaves out.
  private static let speechPartyWords: Set<String> = [
    "you", "youre", "your", "u", "ur", "me", "my", "i", "im",
  ]

  /// Words that open a question.
  private static let questionWords: Set<String> = [
    "who", "what", "why", "how", "where", "when", "which",
  ]

  /// The fewest words a clause has to make a point of its own.
  private static let pointWordMinimum = 4

  /// Subjects of a clause that make no point against the claim: the speaker, the listener,
  /// words that point back at what was said.
  private static let pointlessSubjects: Set<String> = [
    "i", "me", "you", "u", "it", "that", "this", "there", "what", "which", "we",
  ]
}
