/// Rewrites of a view put in the person's mouth ("So you're saying …?", "So you think …?"):
/// the accusation is the asker's, so a rewrite never hands it back to be weighed ("What would
/// tell you whether eating meat makes me a bad person?"). It keeps the topic and asks what is
/// behind it:
/// - a charge against the asker ("… I'm a bad dad") names no topic but the asker: "What did
///   you mean by that?" (not advice to the asker or "we": "… we should let Russia win?");
/// - what something makes of the asker ("eating meat makes me a bad person"), or a verdict on
///   what is the asker's ("my mates are a bad influence"): "How do you see eating meat?",
///   "How do you see my mates?";
/// - what the person should get ("the house should go to you"), their own view, as theirs:
///   "What makes you feel the house should go to you?";
/// - one thing said to matter more than another ("your job matters more than this family"):
///   "What makes your job feel so important right now?".
enum PutWordsRewrites {
  static func body(for clause: Clause) -> [Token]? {
    // "buying a big car makes me a bad person": what makes the asker so is the topic, found
    // by its words, however the clause was parsed.
    let words = clause.declarative.filter(\.isWord)
    if let make = words.indices.first(where: {
      makeForms.contains(words[$0].lowercased) && $0 + 1 < words.count
        && askerPronouns.contains(words[$0 + 1].lowercased)
    }), make > 0 {
      let topic = Array(words[..<make])
      guard topic.contains(where: { !FunctionWords.isFunctionWord($0.lowercased) }) else {
        return nil
      }
      return QuestionRewriter.phrase("How do you see") + topic
    }
    let subject = clause.subject.map(\.lowercased)
    guard let head = subject.first else { return nil }
    if subject == ["i"], !isModal(clause.verb) {
      return QuestionRewriter.phrase("What did you mean by that")
    }
    guard QuestionRewriter.isNounPhrase(clause.subject),
      clause.subject.allSatisfy(\.isWord)
    else { return nil }
    // "Grandma's house should go to you": what the person is owed is their own view, asked
    // about as theirs.
    if case .modal(let modal) = clause.verb, FunctionWords.obligationModals.contains(modal),
      !personWords.contains(head),
      clause.rest.contains(where: { personWords.contains($0.lowercased) })
    {
      return QuestionRewriter.phrase("What makes you feel") + words
    }
    let rest = clause.rest.map(\.lowercased)
    if case .lexical(let base, _) = clause.verb {
      if weighingVerbs.contains(base), rest.starts(with: ["more", "than"]) {
        return QuestionRewriter.phrase("What makes") + clause.subject
          + QuestionRewriter.phrase("feel so important right now")
      }
    }
    if case .be = clause.verb {
      if rest.count > 2, rest[0] == "more", rest.contains("than") {
        return QuestionRewriter.phrase("What makes") + clause.subject
          + QuestionRewriter.phrase("feel so important right now")
      }
      if subject.count > 1, askerPossessives.contains(head) {
        return QuestionRewriter.phrase("How do you see") + clause.subject
      }
    }
    return nil
  }

  private static func isModal(_ verb: FiniteVerb) -> Bool {
    if case .modal = verb { true } else { false }
  }

  private static let makeForms: Set<String> = ["make", "makes", "made", "making"]

  /// Words by which the asker speaks of themselves.
  private static let askerPronouns: Set<String> = ["i", "me", "we", "us"]
  private static let askerPossessives: Set<String> = ["my", "our"]
  /// Words by which the asker speaks of the person.
  private static let personWords: Set<String> = ["you", "your", "yours", "yourself"]
  /// Verbs that weigh one thing against another: "matters more than", "counts more than".
  private static let weighingVerbs: Set<String> = ["matter", "count"]
}
