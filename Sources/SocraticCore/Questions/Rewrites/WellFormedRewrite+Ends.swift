// Whether a rewrite ends where an English phrase can end, and pastes no second question or
// stray filler into its object.
extension WellFormedRewrite {
  /// Whether the rewrite leaves a clause open at its end: it ends on a question word ("How do
  /// you see when you say lonely what?"), or a word that opens a clause is followed by a
  /// subject and no verb ("… if you?").
  static func leavesClauseOpen(_ lowered: [String]) -> Bool {
    guard let last = lowered.last else { return false }
    if FunctionWords.questionWords.contains(last), lowered.count > 2 { return true }
    guard let opener = lowered.lastIndex(where: clauseOpeners.contains) else { return false }
    let rest = Array(lowered[(opener + 1)...])
    guard let first = rest.first, FunctionWords.subjectPronouns[first] != nil,
      !subjectsThatNeedNoVerb.contains(first)
    else { return false }
    return !rest.dropFirst().contains {
      FunctionWords.auxiliary($0) != nil || !Lexicon.verbReadings(of: $0).isEmpty
    }
  }

  /// Whether the object a frame asks about opens on a filler or a word that links a clause
  /// ("How do you see though that …", "What would it take for like …"), or on "when" after
  /// "see" ("How do you see when you say …"): words pasted from around the question. "How do
  /// you see whose turn it is?" asks about a whole clause, and reads.
  static func opensOnStrayWord(_ lowered: [String]) -> Bool {
    lowered.indices.dropLast().contains { index in
      let next = lowered[index + 1]
      guard objectOpeners.contains(lowered[index]) else { return false }
      return strayOpeners.contains(next)
        || (lowered[index] == "see" && next == "when")
    }
  }

  /// Whether the rewrite holds a second question: after a filler, an auxiliary and "you" or
  /// "I" put in the order of a question ("What would change if you … so would you tell …?").
  /// "How much coffee do you think …" is the frame's own question.
  static func pastesQuestion(_ lowered: [String]) -> Bool {
    guard lowered.count > 4 else { return false }
    return (3..<(lowered.count - 1)).contains { index in
      let before = lowered[index - 1]
      return FunctionWords.auxiliary(lowered[index]) != nil
        && askedSubjects.contains(lowered[index + 1])
        && (Fillers.roles[before] != nil || CritiqueVocabulary.spokenOpeners.contains(before))
    }
  }

  /// Whether the rewrite ends on a noun that the question goes on to tie to what follows it by
  /// "of": "How do you see a matter?" of "a matter of time".
  static func cutsBeforeOf(_ words: [Token], in source: [Token]) -> Bool {
    guard let last = words.last?.lowercased else { return false }
    let said = source.map(\.lowercased)
    return said.indices.dropLast().contains { index in
      said[index] == last && said[index + 1] == "of" && !FunctionWords.isFunctionWord(last)
        && (words.count < 2 || index == 0 || said[index - 1] == words[words.count - 2].lowercased)
    }
  }

  /// Whether "its" stands where "it's" was meant, before a word no noun phrase opens on: "How
  /// do you see its only a matter of time?" pastes a clause in as its object.
  static func misreadsIts(_ lowered: [String]) -> Bool {
    zip(lowered, lowered.dropFirst()).contains { $0 == "its" && clauseWordsAfterIts.contains($1) }
  }

  /// Words that follow "it's", never the possessive "its": "its only", "its not", "its a".
  private static let clauseWordsAfterIts: Set<String> = [
    "only", "not", "just", "a", "an", "the", "so", "too", "gonna", "going", "been", "never",
    "always", "all", "because", "about", "like",
  ]

  /// Words after which a frame's object starts: "see", "for", "whether", "about", "of", "if".
  private static let objectOpeners: Set<String> = ["see", "for", "whether", "about", "of", "if"]

  /// Words that never open a frame's object: fillers and links carried over from the question.
  private static let strayOpeners: Set<String> = [
    "though", "tho", "like", "right", "anyway", "if", "because",
  ]

  /// Words after a clause opener that can stand without a verb after them ("… if that", "…
  /// that all"): a rewrite ending so is not faulted for leaving its clause open.
  private static let subjectsThatNeedNoVerb: Set<String> = [
    "that", "this", "all", "some", "what", "who",
  ]

  /// The subjects a second, pasted question puts after its auxiliary: "so would you …".
  private static let askedSubjects: Set<String> = ["you", "i", "we"]

  /// Words that open a clause whose subject and verb must follow.
  private static let clauseOpeners: Set<String> = [
    "if", "that", "when", "because", "though", "although", "unless", "whether", "whereas",
  ]
}
