// Whether a rewrite's verbs stand where English puts them: none left bare at the end of "How do
// you see", no "being" left as a subject, a copula after its adjective only at a clause's end.
extension WellFormedRewrite {
  /// Whether "How do you see" ends on a bare verb or a complement, the clause it took for a
  /// noun: "How do you see the hens next door wake?" of "do the hens next door wake you up?"
  /// (its last word took a person as object in the question: "wake | you"), "How do you see
  /// this ok?" of "is this ok with everyone?" (a pronoun and the adjective said of it).
  static func seesClause(_ words: [Token], in source: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    guard lowered.count > seeing.count + 1, lowered.starts(with: seeing), let last = lowered.last
    else { return false }
    let said = source.map(\.lowercased)
    let tookObject = said.indices.dropLast().contains { index in
      said[index] == last && personObjects.contains(said[index + 1])
        && !Lexicon.verbReadings(of: last).isEmpty
    }
    // "How do you see that warning?" names a thing: the tagger tells a noun from a complement.
    let isPredicate =
      lowered.count == seeing.count + 2 && bareSubjects.contains(lowered[seeing.count])
      && Tagger.tags(of: words).last == .adjective
    return tookObject || isPredicate
  }

  /// Whether a question word and a modal open on "being": "How would being up for swapping
  /// days?", the "you be" of "would you be up for …?" turned into a subject. No frame of the
  /// rewriter asks about a state as a subject, so what follows is never its verb.
  static func hasVerblessGerund(_ words: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    return lowered.count > 2 && FunctionWords.questionWords.contains(lowered[0])
      && FunctionWords.auxiliary(lowered[1]) != nil && lowered[2] == "being"
  }

  /// Whether a copula stands after a pronoun's adjective: "whether that ok is with you", the
  /// verb of "is that ok with you?" moved past its complement. "something good is coming"
  /// puts the adjective on a pronoun that takes one.
  static func splitsCopula(_ lowered: [String]) -> Bool {
    lowered.indices.dropFirst(2).contains { index in
      FunctionWords.auxiliary(lowered[index])?.kind == .be
        && bareSubjects.contains(lowered[index - 2])
        && Lexicon.classes(of: lowered[index - 1]).contains(.adjective)
    }
  }

  /// The pronouns a verb takes for a person as its object: "wake | you", "let | her".
  private static let personObjects = FunctionWords.objectPronouns.union(["you", "her"])

  /// Pronouns no adjective follows inside their phrase.
  private static let bareSubjects = FunctionWords.personalPronouns.union(["that", "this"])
}
